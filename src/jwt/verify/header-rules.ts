import { isSigningAlgorithm, type SigningAlgorithm } from '../algorithms.js';
import { fail } from '../jwt-error.js';
import type { JWK } from '../keys/jwk.js';
import { hasPrivateMembers, isPlainObject } from '../keys/key-families.js';
import { isOpenBadgeDocument, type JwtProfile, normaliseMediaType } from '../profiles.js';

/** What the header checks established. */
export interface HeaderFacts {
  readonly alg: SigningAlgorithm;
  readonly profile: JwtProfile;
  readonly kid?: string;
  readonly jwk?: JWK;
}

/** Parameters that signal encryption or unencoded payloads: a JWS must never carry them. */
const FORBIDDEN = ['crit', 'b64', 'zip', 'enc', 'p2c', 'p2s', 'epk', 'apu', 'apv', 'iv', 'tag'] as const;
const OB_HEADER: ReadonlySet<string> = new Set(['alg', 'typ', 'kid', 'jwk']);

/**
 * The JWS-level header rules: `alg` on the caller's list (never `none` or HMAC: they are not signing
 * algorithms here), no `crit` (we understand no extension) and no JWE or unencoded-payload parameters.
 */
export function checkJoseHeader(
  header: Readonly<Record<string, unknown>>,
  algorithms: readonly SigningAlgorithm[],
): SigningAlgorithm {
  const alg = header['alg'];
  if (!isSigningAlgorithm(alg) || !algorithms.includes(alg)) {
    fail('ERR_JWT_ALG_NOT_ALLOWED', `The algorithm ${JSON.stringify(alg) ?? 'undefined'} is not allowed`, [
      'header',
      'alg',
    ]);
  }
  for (const name of FORBIDDEN) {
    if (Object.hasOwn(header, name))
      fail('ERR_JWT_INVALID', `The header parameter "${name}" is not accepted`, ['header', name]);
  }
  return alg;
}

/**
 * Step 3 (the rules) and profile detection. `alg` must be on the caller's list (RS256 only for `ob30-jwt`);
 * `crit` (we understand no extension) and JWE or unencoded-payload parameters are refused. `typ` decides the
 * family: `vc+jwt` is `vc-jose-cose`; absent or `JWT` is `vc11-jwt` when the payload has a `vc` member, else
 * `ob30-jwt` when it declares an Open Badges type, else refused. The payload is read here only to name the
 * profile; the same bytes are covered by the signature checked later, so the choice cannot change.
 * `jku`, `x5u`, `x5c`, `x5t` are never used; `kid` is an opaque string.
 */
export function checkHeader(
  header: Readonly<Record<string, unknown>>,
  payload: Readonly<Record<string, unknown>>,
  algorithms: readonly SigningAlgorithm[],
  profiles: readonly JwtProfile[],
): HeaderFacts {
  const alg = checkJoseHeader(header, algorithms);
  const typ = header['typ'];
  const cty = header['cty'];
  if (typ !== undefined && typeof typ !== 'string')
    fail('ERR_JWT_TYPE', 'The "typ" header must be a string', ['header', 'typ']);
  if (cty !== undefined && typeof cty !== 'string')
    fail('ERR_JWT_TYPE', 'The "cty" header must be a string', ['header', 'cty']);
  const kind = typ === undefined ? 'jwt' : normaliseMediaType(typ);
  let profile: JwtProfile;
  if (kind === 'vc+jwt') {
    profile = 'vc-jose-cose';
    if (cty !== undefined && normaliseMediaType(cty) !== 'vc')
      fail('ERR_JWT_TYPE', 'A vc+jwt token may only have "cty: vc"', ['header', 'cty']);
  } else if (kind === 'jwt') {
    if (cty !== undefined)
      fail('ERR_JWT_TYPE', 'Nested or typed content ("cty") is not accepted here', ['header', 'cty']);
    if (Object.hasOwn(payload, 'vc')) profile = 'vc11-jwt';
    else if (isOpenBadgeDocument(payload)) profile = 'ob30-jwt';
    else
      fail('ERR_JWT_TYPE', 'A JWT without "vc+jwt" must carry a "vc" claim or be an Open Badges credential', [
        'header',
        'typ',
      ]);
  } else {
    fail('ERR_JWT_TYPE', `The token type ${JSON.stringify(typ)} is not a credential type`, ['header', 'typ']);
  }
  if (!profiles.includes(profile))
    fail('ERR_JWT_TYPE', `The ${profile} profile is not accepted here`, ['header', 'typ']);
  if (alg === 'RS256' && profile !== 'ob30-jwt') {
    fail('ERR_JWT_ALG_NOT_ALLOWED', 'RS256 is accepted only for Open Badges 3.0 JWTs', ['header', 'alg']);
  }
  const kid = header['kid'];
  if (kid !== undefined && (typeof kid !== 'string' || kid.length === 0))
    fail('ERR_JWT_INVALID', 'The "kid" header must be a non-empty string', ['header', 'kid']);
  const jwk = header['jwk'];
  if (jwk !== undefined && (!isPlainObject(jwk) || typeof jwk['kty'] !== 'string' || hasPrivateMembers(jwk))) {
    fail('ERR_JWT_INVALID', 'The "jwk" header must be a public JWK', ['header', 'jwk']);
  }
  if (profile === 'ob30-jwt') {
    for (const name of Object.keys(header)) {
      if (!OB_HEADER.has(name))
        fail('ERR_JWT_CLAIM_MISMATCH', `An Open Badges JWT allows no "${name}" header`, ['header', name]);
    }
    if (kid === undefined && jwk === undefined)
      fail('ERR_JWT_CLAIM_MISMATCH', 'An Open Badges JWT needs "kid" or "jwk"', ['header']);
  }
  const facts: { alg: SigningAlgorithm; profile: JwtProfile; kid?: string; jwk?: JWK } = { alg, profile };
  if (typeof kid === 'string') facts.kid = kid;
  if (jwk !== undefined) facts.jwk = jwk as JWK;
  return facts;
}
