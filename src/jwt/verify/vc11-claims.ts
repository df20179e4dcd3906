import { fail } from '../jwt-error.js';
import { isPlainObject } from '../keys/key-families.js';
import { REGISTERED } from './registered-claims.js';
import type { TimeClaims } from './time-claims.js';

const CREDENTIAL_MEMBERS = ['@context', 'type', 'credentialSubject'] as const;
/**
 * The only members a `vc11-jwt` payload may have: the registered claims of RFC 7519 §4.1 (VC DM 1.1 §6.3.1
 * maps `iss`, `sub`, `jti`, `nbf`, `exp`, and uses `aud`; `iat` is read as issuance time of the signature)
 * and the `vc` claim. Any other member — a credential property such as `issuer`, `credentialStatus` or
 * `expirationDate`, or a claim such as `cnf` or `nonce` that VC DM 1.1 does not define — would be ignored by
 * one reader and honoured by another, so it is refused. The one exception is did-jwt-vc's layout of an
 * issuer profile (see {@link isProfileBesideVc}).
 */
const VC11_PAYLOAD_MEMBERS: ReadonlySet<string> = new Set([...REGISTERED, 'vc']);

/**
 * The credential of a `vc11-jwt` payload: the `vc` object, with `iss`, `jti`, `sub`, `nbf`, `exp` copied into
 * the properties it lacks (VC DM 1.1 §6.3.1 decoding). Refuses (`ERR_JWT_CLAIM_MISMATCH`, with the path) any
 * payload member other than the registered JWT claims and `vc`.
 */
export function fromVcClaim(payload: Readonly<Record<string, unknown>>, time: TimeClaims): Record<string, unknown> {
  const vc = payload['vc'];
  if (!isPlainObject(vc)) fail('ERR_JWT_CLAIM_INVALID', 'The "vc" claim must be an object', ['payload', 'vc']);
  for (const member of CREDENTIAL_MEMBERS) {
    if (Object.hasOwn(payload, member)) {
      fail('ERR_JWT_CLAIM_MISMATCH', `"${member}" appears both in the payload and in the "vc" claim`, [
        'payload',
        member,
      ]);
    }
  }
  for (const member of Object.keys(payload)) {
    if (!VC11_PAYLOAD_MEMBERS.has(member) && !(member === 'issuer' && isProfileBesideVc(payload, vc))) {
      fail(
        'ERR_JWT_CLAIM_MISMATCH',
        `"${member}" stands beside the "vc" claim: a VC 1.1 token carries only registered JWT claims and "vc"`,
        ['payload', member],
      );
    }
  }
  const document: Record<string, unknown> = { ...vc };
  if (Object.hasOwn(payload, 'issuer')) document['issuer'] = payload['issuer'];
  const fill = (property: string, value: unknown): void => {
    if (value !== undefined && !Object.hasOwn(document, property)) document[property] = value;
  };
  fill('issuer', payload['iss']);
  fill('id', payload['jti']);
  fill('issuanceDate', time.nbf === undefined ? undefined : isoSeconds(time.nbf));
  fill('expirationDate', time.exp === undefined ? undefined : isoSeconds(time.exp));
  const sub = payload['sub'];
  const subject = document['credentialSubject'];
  if (typeof sub === 'string' && isPlainObject(subject) && !Object.hasOwn(subject, 'id')) {
    document['credentialSubject'] = { ...subject, id: sub };
  }
  return document;
}

/**
 * did-jwt-vc may write the issuer beside `vc` (an issuer profile object, or the id again), with its id also in
 * `iss`, and reads it back from there. That layout is accepted, and read the same way, only when it cannot say
 * anything else: `issuer` (a string, or an object's `id`) is exactly `iss`, and `vc` has no `issuer`.
 */
function isProfileBesideVc(payload: Readonly<Record<string, unknown>>, vc: Readonly<Record<string, unknown>>): boolean {
  const issuer = payload['issuer'];
  const id = isPlainObject(issuer) ? issuer['id'] : issuer;
  return typeof id === 'string' && id === payload['iss'] && !Object.hasOwn(vc, 'issuer');
}

/** A NumericDate as an ISO 8601 date-time without fractional seconds. */
export function isoSeconds(numericDate: number): string {
  return new Date(numericDate * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
