import { fail } from '../../jwt/jwt-error.js';
import { LEARNING_SD_ALWAYS, LEARNING_SD_NEVER } from '../learning/claims.js';
import type { EudiCredentialType } from '../types.js';

type Json = Readonly<Record<string, unknown>>;
/** Mandatory claims a presentation always shows: they are `sd: never`, so a holder cannot withhold them. */
const LEARNING_PLAIN_MANDATORY: readonly string[] = [
  'iss',
  'iat',
  'cnf',
  'issuing_authority',
  'issuing_country',
  'date_of_issuance',
  'achievement_title',
  'language_of_classes',
];
const DC4EU_PLAIN_MANDATORY: readonly string[] = ['iss', 'credentialSubject', 'issuer'];
const DC4EU_SD_NEVER: readonly string[] = ['issuer', 'validFrom', 'validUntil', 'name'];

/**
 * The Type Metadata rules the SD-JWT library does not check (sd-jwt-js#360): claims marked `sd: never` must be
 * in the signed payload in the clear, claims marked `sd: always` must never be, and mandatory non-disclosable
 * claims must be present. Checked on the issuer-signed payload, before disclosures are applied.
 */
export function checkTypeRules(type: EudiCredentialType, signed: Json, disclosed: ReadonlySet<string>): void {
  const plain = (name: string): boolean => Object.hasOwn(signed, name);
  const never = type === 'learning-credential' ? LEARNING_SD_NEVER : DC4EU_SD_NEVER;
  for (const name of never) {
    if (disclosed.has(name)) fail('ERR_SD_JWT_DISCLOSURE', `"${name}" must not be selectively disclosable`, [name]);
  }
  if (type === 'learning-credential') {
    for (const name of LEARNING_SD_ALWAYS) {
      if (plain(name)) fail('ERR_SD_JWT_DISCLOSURE', `"${name}" must be selectively disclosable`, ['payload', name]);
    }
  }
  for (const name of type === 'learning-credential' ? LEARNING_PLAIN_MANDATORY : DC4EU_PLAIN_MANDATORY) {
    if (!plain(name)) fail('ERR_JWT_CLAIM_INVALID', `The type requires "${name}"`, ['payload', name]);
  }
}
