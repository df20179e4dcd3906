import type { ValidationIssue, ValidationIssueCode } from '../../errors.js';
import type { InputLimits } from '../../internal/input-limits.js';
import { issue } from '../../internal/issue.js';
import { jsonType } from '../../internal/json-type.js';
import { prescan } from '../../internal/prescan.js';
import { isDateTime, isUri } from '../../model/generated/is-micro-credential.js';
import { MicrocredJwtError } from '../jwt-error.js';
import { isPlainObject } from '../keys/key-families.js';
import { type JwtProfile, OB_CONTEXT_PREFIX, OB_CREDENTIAL_TYPES, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../profiles.js';

/**
 * Step 8 (first half): the pre-scan of the decoded payload (depth, size, counts, prototype keys, lone
 * surrogates, non-finite numbers), iterative so deep nesting cannot overflow the stack. Throws
 * `ERR_INPUT_TOO_LARGE` or `ERR_VALIDATION` with the path.
 */
export function prescanPayload(payload: unknown, limits: InputLimits): void {
  const scan = prescan(payload, limits);
  if (scan.tooLarge !== undefined) throw invalid('ERR_INPUT_TOO_LARGE', [scan.tooLarge]);
  if (scan.issues.length > 0) throw invalid('ERR_VALIDATION', scan.issues);
}

type Path = (string | number)[];

/**
 * Step 8 (second half): the credential document against the envelope of its profile's data model (VC 1.1,
 * VC 2.0, or Open Badges 3.0 for `ob30-jwt` and for any credential that declares an Open Badges type): the
 * base context first, `type`, `issuer`, `credentialSubject`, the date properties, `credentialStatus` and
 * `credentialSchema`. Members outside the envelope are left to the model. Throws `ERR_VALIDATION` with
 * every issue and its path.
 */
export function checkEnvelope(
  profile: JwtProfile,
  document: Readonly<Record<string, unknown>>,
  isBadge: boolean,
): void {
  const v1 = profile === 'vc11-jwt';
  const badge = !v1 && (profile === 'ob30-jwt' || isBadge);
  const issues: ValidationIssue[] = [];
  const report = (code: ValidationIssueCode, path: Path, params: Record<string, unknown> = {}): void => {
    issues.push(issue(code, ['credential', ...path], params));
  };
  const context = document['@context'];
  if (!Array.isArray(context) || context.length === 0)
    report(context === undefined ? 'required' : 'invalid_type', ['@context'], {
      expected: 'array',
      received: jsonType(context),
    });
  else {
    const first = v1 ? VC_V1_CONTEXT : VC_V2_CONTEXT;
    if (context[0] !== first) report('invalid_value', ['@context', 0], { values: [JSON.stringify(first)] });
    context.forEach((c, i) => {
      if (!(typeof c === 'string' && c.length > 0) && !isPlainObject(c))
        report('invalid_type', ['@context', i], { expected: 'string', received: jsonType(c) });
    });
    if (badge && !context.some((c) => typeof c === 'string' && c.startsWith(OB_CONTEXT_PREFIX))) {
      report('invalid_value', ['@context'], { values: [`${OB_CONTEXT_PREFIX}-3.0.3.json`] });
    }
  }
  optional(document, 'id', badge, isUri, report);
  checkTypes(document['type'], badge ? OB_CREDENTIAL_TYPES : ['VerifiableCredential'], report);
  const issuer = document['issuer'];
  if (!(isUri(issuer) || (isPlainObject(issuer) && isUri(issuer['id'])))) {
    report(issuer === undefined ? 'required' : 'invalid_value', isPlainObject(issuer) ? ['issuer', 'id'] : ['issuer'], {
      values: ['a URI'],
    });
  }
  eachObject(document['credentialSubject'], ['credentialSubject'], !badge, true, report, (subject, path) => {
    optional(subject, 'id', false, isUri, report, path);
  });
  const [from, until] = v1 ? ['issuanceDate', 'expirationDate'] : ['validFrom', 'validUntil'];
  optional(document, from, v1 || badge, isDateTime, report);
  optional(document, until, false, isDateTime, report);
  eachObject(document['credentialStatus'], ['credentialStatus'], true, false, report, (status, path) => {
    optional(status, 'id', false, isUri, report, path);
    const type = status['type'];
    if (
      !(typeof type === 'string' && type.length > 0) &&
      !(Array.isArray(type) && type.length > 0 && type.every((t) => typeof t === 'string'))
    ) {
      report(type === undefined ? 'required' : 'invalid_type', [...path, 'type'], {
        expected: 'string',
        received: jsonType(type),
      });
    }
  });
  eachObject(document['credentialSchema'], ['credentialSchema'], true, false, report, (schema, path) => {
    optional(schema, 'id', true, isUri, report, path);
    optional(schema, 'type', true, (t) => typeof t === 'string' && t.length > 0, report, path);
  });
  if (issues.length > 0) throw invalid('ERR_VALIDATION', issues);
}

function optional(
  object: Readonly<Record<string, unknown>>,
  key: string,
  required: boolean,
  valid: (v: unknown) => boolean,
  report: (code: ValidationIssueCode, path: Path, params?: Record<string, unknown>) => void,
  at: Path = [],
): void {
  const value = object[key];
  if (value === undefined) {
    if (required) report('required', [...at, key]);
  } else if (!valid(value)) {
    report(typeof value === 'string' ? 'invalid_format' : 'invalid_type', [...at, key], {
      format: key,
      expected: 'string',
      received: jsonType(value),
    });
  }
}

function checkTypes(
  type: unknown,
  required: readonly string[],
  report: (code: ValidationIssueCode, path: Path, params?: Record<string, unknown>) => void,
): void {
  const list = typeof type === 'string' ? [type] : type;
  if (!Array.isArray(list) || list.length === 0 || list.some((t) => typeof t !== 'string' || t.length === 0)) {
    report(type === undefined ? 'required' : 'invalid_type', ['type'], { expected: 'array', received: jsonType(type) });
  } else if (!list.some((t) => required.includes(t as string))) {
    report('invalid_value', ['type'], { values: required });
  }
}

/** Checks a member that is one object or (when `many`) a non-empty array of objects, and visits each. */
function eachObject(
  value: unknown,
  path: Path,
  many: boolean,
  required: boolean,
  report: (code: ValidationIssueCode, path: Path, params?: Record<string, unknown>) => void,
  visit: (object: Readonly<Record<string, unknown>>, path: Path) => void,
): void {
  if (value === undefined) {
    if (required) report('required', path);
    return;
  }
  if (isPlainObject(value)) {
    visit(value, path);
    return;
  }
  if (!many || !Array.isArray(value)) {
    report('invalid_type', path, { expected: 'object', received: jsonType(value) });
    return;
  }
  if (value.length === 0) report('too_small', path, { minimum: '1', origin: 'array', inclusive: true });
  value.forEach((item, i) => {
    if (isPlainObject(item)) visit(item, [...path, i]);
    else report('invalid_type', [...path, i], { expected: 'object', received: jsonType(item) });
  });
}

function invalid(
  code: 'ERR_VALIDATION' | 'ERR_INPUT_TOO_LARGE',
  issues: readonly ValidationIssue[],
  cause?: unknown,
): MicrocredJwtError {
  const first = issues[0];
  const where = first === undefined ? '' : ` at ${first.path.join('.') || '(root)'}: ${first.message}`;
  return new MicrocredJwtError(code, `The credential is invalid${where}`, {
    path: first?.path ?? [],
    issues,
    ...(cause === undefined ? {} : { cause }),
  });
}
