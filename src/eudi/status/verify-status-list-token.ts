import { compactVerify } from 'jose';
import type { SigningAlgorithm } from '../../jwt/algorithms.js';
import { parseJsonObject } from '../../jwt/encoding/json-object.js';
import { fail, type VerificationCheck } from '../../jwt/jwt-error.js';
import type { Deadline } from '../../jwt/net/deadline.js';
import { normaliseMediaType } from '../../jwt/profiles.js';
import { checkJoseHeader } from '../../jwt/verify/header-rules.js';
import { mapVerifyError } from '../../jwt/verify/map-error.js';
import { type KeyInput, keyRequest, resolveKey } from '../../jwt/verify/resolve-key.js';
import { checkTimeClaims } from '../../jwt/verify/time-claims.js';
import { gateToken } from '../../jwt/verify/token-gate.js';

/** What a Status List Token is checked against: the referencing credential and the verifier's trust. */
export interface StatusListTokenCheck {
  /** The `uri` of the credential's `status.status_list`: the token's `sub` must equal it. */
  readonly uri: string;
  /** The credential's issuer: the token must be its, unless its `iss` is one of `trustedIssuers`. */
  readonly issuer: string;
  readonly trustedIssuers: readonly string[];
  readonly keys: KeyInput;
  readonly algorithms: readonly SigningAlgorithm[];
  readonly nowSeconds: number;
  readonly clockTolerance: number;
  readonly maxTokenBytes: number;
  readonly deadline: Deadline;
}

/** A Status List Token whose signature and claims passed: the issuer that signed it and its claims. */
export interface VerifiedStatusListToken {
  readonly issuer: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly exp?: number;
  /** The `ttl` claim, in seconds. */
  readonly ttl?: number;
}

/**
 * Verifies a Status List Token (draft-ietf-oauth-status-list §5.1, §8.3 step 3–4) with the verifier's own
 * rules: compact JWS shape, `alg` on the allow-list, no `crit`, `typ: statuslist+jwt`, the key from the
 * caller's resolver for the credential's issuer (a token never names its own trust anchor), the signature,
 * integer time claims with `iat` required and `exp` checked against `now`, `sub` equal to the referenced `uri`
 * and a positive `ttl`. The `status_list` claim is decoded by the caller. Throws a MicrocredJwtError.
 */
export async function verifyStatusListToken(
  token: string,
  check: StatusListTokenCheck,
): Promise<VerifiedStatusListToken> {
  const checks: VerificationCheck[] = [];
  const { header, unverifiedPayload } = gateToken(token, check.maxTokenBytes, checks);
  const alg = checkJoseHeader(header, check.algorithms);
  const typ = header['typ'];
  if (typeof typ !== 'string' || normaliseMediaType(typ) !== 'statuslist+jwt') {
    fail('ERR_JWT_TYPE', `A Status List Token has "typ: statuslist+jwt", not ${JSON.stringify(typ)}`, [
      'header',
      'typ',
    ]);
  }
  if (header['cty'] !== undefined) fail('ERR_JWT_TYPE', 'Nested content ("cty") is not accepted', ['header', 'cty']);
  const kid = header['kid'];
  if (kid !== undefined && (typeof kid !== 'string' || kid.length === 0)) {
    fail('ERR_JWT_INVALID', 'The "kid" header must be a non-empty string', ['header', 'kid']);
  }
  const iss = unverifiedPayload['iss'];
  if (iss !== undefined && typeof iss !== 'string') fail('ERR_JWT_CLAIM_INVALID', 'Bad "iss"', ['payload', 'iss']);
  const issuer = iss ?? check.issuer;
  if (issuer !== check.issuer && !check.trustedIssuers.includes(issuer)) {
    fail('ERR_JWT_CLAIM_MISMATCH', 'The Status List Token is not the credential issuer’s or a trusted one’s', [
      'payload',
      'iss',
    ]);
  }
  const request = keyRequest(issuer, alg, 'sd-jwt-vc', typeof kid === 'string' ? kid : undefined, check.deadline);
  const { cryptoKey } = await resolveKey(check.keys, request, undefined, check.deadline);
  let payloadBytes: Uint8Array;
  try {
    payloadBytes = (await compactVerify(token, cryptoKey, { algorithms: [alg] })).payload;
  } catch (error) {
    throw mapVerifyError(error, 'signature');
  }
  const parsed = parseJsonObject(payloadBytes);
  if (!parsed.ok) return fail('ERR_JWT_INVALID', 'The payload is not a JSON object', ['payload']);
  const payload = parsed.value;
  const times = checkTimeClaims(payload, check.nowSeconds, check.clockTolerance);
  if (times.iat === undefined) fail('ERR_JWT_CLAIM_INVALID', 'A Status List Token needs "iat"', ['payload', 'iat']);
  if (payload['sub'] !== check.uri) {
    fail('ERR_JWT_CLAIM_MISMATCH', '"sub" is not the URI the credential references', ['payload', 'sub']);
  }
  const ttl = payload['ttl'];
  if (ttl !== undefined && (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl <= 0)) {
    fail('ERR_JWT_CLAIM_INVALID', '"ttl" must be a positive number of seconds', ['payload', 'ttl']);
  }
  return {
    issuer,
    payload,
    ...(times.exp === undefined ? {} : { exp: times.exp }),
    ...(ttl === undefined ? {} : { ttl }),
  };
}
