import { isDateTime } from '../../model/generated/is-micro-credential.js';
import type { fromVc11Document } from '../credential/vc11-envelope.js';
import { fail } from '../jwt-error.js';
import { isPlainObject } from '../keys/key-families.js';
import { type JwtProfile, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../profiles.js';
import { loadOnDemand } from './load-on-demand.js';
import { REGISTERED } from './registered-claims.js';
import { type TimeClaims, toNumericDate } from './time-claims.js';
import type { fromVcClaim } from './vc11-claims.js';
import type { checkVc11Dates } from './vc11-dates.js';

/** The readers of the VC 1.1 layout: the `vc` claim, its dates, and the credential as the model reads it. */
export interface Vc11Readers {
  readonly fromVcClaim: typeof fromVcClaim;
  readonly checkVc11Dates: typeof checkVc11Dates;
  readonly fromVc11Document: typeof fromVc11Document;
}

/** The VC 1.1 readers when `profile` is `vc11-jwt` (loaded on first use), else `undefined`. */
export function vc11ReadersFor(profile: JwtProfile): Vc11Readers | Promise<Vc11Readers> | undefined {
  return profile === 'vc11-jwt' ? loadOnDemand() : undefined;
}

/** The credential read out of a verified payload, and its issuer id. */
export interface MappedCredential {
  readonly document: Record<string, unknown>;
  /** Undefined only when the credential names no issuer, which the schema step then reports. */
  readonly issuer: string | undefined;
}

/** The issuer id of a credential: `issuer` when a string, else `issuer.id`; undefined otherwise. */
export function issuerIdOf(document: Readonly<Record<string, unknown>>): string | undefined {
  const issuer = document['issuer'];
  if (typeof issuer === 'string') return issuer;
  return isPlainObject(issuer) && typeof issuer['id'] === 'string' ? issuer['id'] : undefined;
}

/**
 * Step 7, profile rules: reads the credential out of the verified payload and rejects every claim that
 * contradicts its property (`ERR_JWT_CLAIM_MISMATCH`), comparing strings exactly and dates as whole seconds.
 * `vc11-jwt` copies `iss`, `jti`, `sub`, `nbf`, `exp` into absent properties, as VC 1.1 decoding does; a claim
 * never overrides a property that says otherwise (did-jwt-vc lets it, so a token of issuer A could name B),
 * and its payload holds nothing but the registered JWT claims and `vc`: a credential member beside `vc` (which
 * did-jwt-vc would merge) is refused.
 */
export function mapClaims(
  profile: JwtProfile,
  payload: Readonly<Record<string, unknown>>,
  time: TimeClaims,
  vc11: Vc11Readers | undefined,
): MappedCredential {
  for (const name of ['iss', 'sub', 'jti'] as const) {
    const value = payload[name];
    if (value !== undefined && (typeof value !== 'string' || value.length === 0)) {
      fail('ERR_JWT_CLAIM_INVALID', `"${name}" must be a non-empty string`, ['payload', name]);
    }
  }
  if (Object.hasOwn(payload, 'vp'))
    fail('ERR_JWT_CLAIM_MISMATCH', 'A presentation ("vp") is not a credential', ['payload', 'vp']);
  const v1 = profile === 'vc11-jwt';
  const readers = v1
    ? (vc11 ?? fail('ERR_JWT_INVALID', 'The VC 1.1 readers were not loaded for a vc11-jwt token'))
    : undefined;
  const document = readers === undefined ? withoutClaims(payload) : readers.fromVcClaim(payload, time);
  const context = document['@context'];
  if (!Array.isArray(context) || context[0] !== (v1 ? VC_V1_CONTEXT : VC_V2_CONTEXT)) {
    fail(
      'ERR_JWT_CLAIM_MISMATCH',
      `A ${profile} credential must start its @context with the VC ${v1 ? '1.1' : '2.0'} context`,
      ['credential', '@context'],
    );
  }
  // A VC 1.1 credential may repeat its dates as `issued` / `validFrom` / `validUntil` (checkVc11Dates).
  for (const [member, allowed] of [
    ['issuanceDate', v1],
    ['expirationDate', v1],
  ] as const) {
    if (!allowed && Object.hasOwn(document, member)) {
      fail('ERR_JWT_CLAIM_MISMATCH', `"${member}" does not belong to a VC ${v1 ? '1.1' : '2.0'} credential`, [
        'credential',
        member,
      ]);
    }
  }
  readers?.checkVc11Dates(document);
  const issuer = issuerIdOf(document);
  same(payload['iss'], issuer, 'iss', 'issuer');
  same(payload['jti'], document['id'], 'jti', 'id');
  checkSubject(payload['sub'], document['credentialSubject']);
  if (profile === 'vc11-jwt') {
    sameDate(time.nbf, document['issuanceDate'], 'nbf', 'issuanceDate');
    sameDate(time.exp, document['expirationDate'], 'exp', 'expirationDate');
  }
  if (profile === 'ob30-jwt') checkOpenBadgeClaims(payload, document, time);
  return { document, issuer };
}

function withoutClaims(payload: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (Object.hasOwn(payload, 'vc'))
    fail('ERR_JWT_CLAIM_MISMATCH', 'A "vc" claim is not allowed in this profile', ['payload', 'vc']);
  const document: Record<string, unknown> = {};
  for (const key of Object.keys(payload)) if (!REGISTERED.has(key)) document[key] = payload[key];
  return document;
}

function checkOpenBadgeClaims(
  payload: Readonly<Record<string, unknown>>,
  document: Readonly<Record<string, unknown>>,
  time: TimeClaims,
): void {
  for (const claim of ['iss', 'sub', 'jti', 'nbf'] as const) {
    if (payload[claim] === undefined)
      fail('ERR_JWT_CLAIM_INVALID', `An Open Badges JWT requires "${claim}"`, ['payload', claim]);
  }
  if (payload['jti'] !== document['id'])
    fail('ERR_JWT_CLAIM_MISMATCH', '"jti" must equal the credential "id"', ['credential', 'id']);
  sameDate(time.nbf, document['validFrom'], 'nbf', 'validFrom', true);
  if (document['validUntil'] !== undefined || time.exp !== undefined) {
    sameDate(time.exp, document['validUntil'], 'exp', 'validUntil', true);
  }
}

function same(claim: unknown, property: unknown, claimName: string, propertyName: string): void {
  if (claim !== undefined && property !== undefined && claim !== property) {
    fail('ERR_JWT_CLAIM_MISMATCH', `"${claimName}" (${String(claim)}) contradicts the credential's "${propertyName}"`, [
      'credential',
      propertyName,
    ]);
  }
}

function checkSubject(sub: unknown, subject: unknown): void {
  if (sub === undefined) return;
  if (Array.isArray(subject) && subject.length !== 1) {
    fail('ERR_JWT_CLAIM_MISMATCH', '"sub" names one subject but the credential has several', [
      'credential',
      'credentialSubject',
    ]);
  }
  const single: unknown = Array.isArray(subject) ? subject[0] : subject;
  const id = isPlainObject(single) ? single['id'] : undefined;
  if (id !== sub) {
    fail('ERR_JWT_CLAIM_MISMATCH', '"sub" contradicts the credential\'s "credentialSubject.id"', [
      'credential',
      'credentialSubject',
      'id',
    ]);
  }
}

/**
 * Compares a NumericDate claim with a date-time property as whole seconds. A property that is not a valid
 * date-time is left to the schema step. With `both`, one without the other is a mismatch too.
 */
function sameDate(
  claim: number | undefined,
  property: unknown,
  claimName: string,
  propertyName: string,
  both = false,
): void {
  if (property === undefined || claim === undefined) {
    if (both && (property !== undefined || claim !== undefined)) {
      fail('ERR_JWT_CLAIM_MISMATCH', `"${claimName}" and "${propertyName}" must both be present`, [
        'credential',
        propertyName,
      ]);
    }
    return;
  }
  if (typeof property !== 'string' || !isDateTime(property)) return;
  if (toNumericDate(property) !== claim) {
    fail('ERR_JWT_CLAIM_MISMATCH', `"${claimName}" contradicts the credential's "${propertyName}"`, [
      'credential',
      propertyName,
    ]);
  }
}
