import { compactVerify } from 'jose';
import type { SigningAlgorithm } from '../../jwt/algorithms.js';
import { encodeBase64url } from '../../jwt/encoding/base64url.js';
import { parseJsonObject } from '../../jwt/encoding/json-object.js';
import { fail } from '../../jwt/jwt-error.js';
import { isPlainObject } from '../../jwt/keys/key-families.js';
import { toVerificationKey } from '../../jwt/keys/verification-key.js';
import { checkJoseHeader } from '../../jwt/verify/header-rules.js';
import type { GatedToken } from '../../jwt/verify/token-gate.js';
import { sha256 } from '../sd-crypto.js';

/**
 * What a verifier asks of the key-binding JWT: its own audience, the nonce it sent, and how old the proof
 * may be.
 *
 * @example
 * ```ts
 * import type { KeyBindingRequest } from 'microcred/eudi';
 * const kb: KeyBindingRequest = { audience: 'https://verifier.example', nonce: 'n-0S6_WzA2Mj', maxAgeSeconds: 300 };
 * ```
 * @category EUDI
 */
export interface KeyBindingRequest {
  readonly audience: string;
  readonly nonce: string;
  /** How old the proof's `iat` may be, in seconds (default 300). */
  readonly maxAgeSeconds?: number;
}

const KB = (message: string, path: readonly (string | number)[] = ['kb']): never =>
  fail('ERR_KEY_BINDING', message, path);

/** Checks the key-binding JWT (RFC 9901 §7.3): `kb+jwt`, signed by the `cnf` key, audience, nonce, age, `sd_hash`. */
export async function checkKeyBinding(
  kb: GatedToken | undefined,
  request: KeyBindingRequest,
  payload: Readonly<Record<string, unknown>>,
  withoutKb: string,
  algorithms: readonly SigningAlgorithm[],
  nowSeconds: number,
  tolerance: number,
): Promise<{ aud: string; nonce: string; iat: number }> {
  if (kb === undefined) return KB('The presentation has no key-binding JWT');
  const alg = checkJoseHeader(kb.header, algorithms);
  if (kb.header['typ'] !== 'kb+jwt') KB('The key-binding JWT must have typ "kb+jwt"', ['kb', 'typ']);
  const cnf = payload['cnf'];
  const jwk = isPlainObject(cnf) ? cnf['jwk'] : undefined;
  if (!isPlainObject(jwk)) return KB('The credential has no holder key ("cnf.jwk")', ['payload', 'cnf']);
  const key = await toVerificationKey(jwk, alg);
  let bytes: Uint8Array;
  try {
    bytes = (await compactVerify(kb.token, key, { algorithms: [alg] })).payload;
  } catch (cause) {
    return fail('ERR_KEY_BINDING', 'The key-binding JWT is not signed by the holder key', ['kb'], cause);
  }
  const parsed = parseJsonObject(bytes);
  if (!parsed.ok) return KB('The key-binding payload is not a JSON object');
  const { aud, nonce, iat, sd_hash: sdHash } = parsed.value;
  if (aud !== request.audience) KB('The key-binding JWT is for another audience', ['kb', 'aud']);
  if (nonce !== request.nonce) KB('The key-binding JWT has another nonce', ['kb', 'nonce']);
  if (typeof iat !== 'number' || !Number.isInteger(iat))
    return KB('The key-binding JWT needs an integer iat', ['kb', 'iat']);
  if (iat > nowSeconds + tolerance) KB('The key-binding JWT is issued in the future', ['kb', 'iat']);
  if (iat < nowSeconds - (request.maxAgeSeconds ?? 300) - tolerance)
    KB('The key-binding JWT is too old', ['kb', 'iat']);
  const expected = encodeBase64url(await sha256(withoutKb, 'sha-256'));
  if (sdHash !== expected) KB('The key-binding JWT does not cover these disclosures ("sd_hash")', ['kb', 'sd_hash']);
  return { aud: request.audience, nonce: request.nonce, iat };
}
