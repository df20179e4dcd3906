import { MicrocredValidationError, type ValidationIssue } from '../../errors.js';
import { issue } from '../../internal/issue.js';
import { asArray, type JsonObject, type JsonPath } from '../shared/json.js';

/** The properties OB 2.0 requires of each class (S-OB2 §Assertion, §BadgeClass, §Profile). */
const REQUIRED: Readonly<Record<'Assertion' | 'BadgeClass' | 'Profile', readonly string[]>> = {
  Assertion: ['id', 'type', 'recipient', 'badge', 'verification', 'issuedOn'],
  BadgeClass: ['id', 'type', 'name', 'description', 'image', 'criteria', 'issuer'],
  Profile: ['id', 'type', 'name', 'url', 'email'],
};

/** The `type` values each class accepts (`Issuer` is the usual type of an issuer Profile). */
const TYPES: Readonly<Record<keyof typeof REQUIRED, readonly string[]>> = {
  Assertion: ['Assertion'],
  BadgeClass: ['BadgeClass'],
  Profile: ['Profile', 'Issuer'],
};

/**
 * Checks that an OB 2.0 object has its class's required properties and type; every gap is an issue, thrown
 * together as `ERR_VALIDATION`. The legacy `verify` is accepted for `verification`.
 */
export function checkRequired(doc: JsonObject, kind: keyof typeof REQUIRED, path: JsonPath): void {
  const issues: ValidationIssue[] = [];
  for (const key of REQUIRED[kind]) {
    const present = doc[key] !== undefined || (key === 'verification' && doc['verify'] !== undefined);
    if (!present) issues.push(issue('required', [...path, key], {}));
  }
  if (doc['type'] !== undefined && !asArray(doc['type']).some((t) => TYPES[kind].includes(String(t)))) {
    issues.push(issue('invalid_value', [...path, 'type'], { values: TYPES[kind].join(', ') }));
  }
  if (issues.length > 0) throw new MicrocredValidationError(issues);
}
