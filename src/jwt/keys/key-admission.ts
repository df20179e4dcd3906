import { decodeBase64url } from '../encoding/base64url.js';
import { fail } from '../jwt-error.js';
import { ed25519KeyProblem } from './ed25519-point.js';
import type { JWK } from './jwk.js';

/** The smallest public exponent admitted is 2^16 + 1 (65537); the largest is below 2^256 (FIPS 186-5 §A.1.1). */
const MIN_EXPONENT = 2n ** 16n;
const EXPONENT_BOUND = 2n ** 256n;

/**
 * Why an RSA public exponent (big-endian bytes) must not be admitted, or undefined. FIPS 186-5 (§5.4, §A.1.1)
 * and SP 800-56B Rev. 2 (§6.2.1) require an odd e with 2^16 < e < 2^256; 65537 is what every mainstream key
 * generator uses. Below that range lie e = 1 (where a "signature" is the padded message itself, so anyone can
 * sign for a key that has no private half) and the small exponents of the Bleichenbacher-2006 forgeries.
 */
export function rsaExponentProblem(bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined || bytes.length === 0) return 'the RSA public exponent is missing or not base64url';
  if (bytes.length > 32 && bytes.subarray(0, bytes.length - 32).some((b) => b !== 0)) {
    return 'the RSA public exponent must be below 2^256';
  }
  let e = 0n;
  for (const b of bytes) e = (e << 8n) | BigInt(b);
  if ((e & 1n) === 0n) return 'the RSA public exponent must be odd';
  if (e <= MIN_EXPONENT || e >= EXPONENT_BOUND) return 'the RSA public exponent must be above 2^16 (65537 expected)';
  return undefined;
}

/**
 * The key-material rules every verification key passes, whatever produced it: RSA exponent (see
 * {@link rsaExponentProblem}) and Ed25519 point (canonical, on the curve, not of small order). Throws
 * `ERR_KEY_INVALID`; the family and size checks come before, in the caller.
 */
export function admitJwkMaterial(jwk: Readonly<JWK>): void {
  if (jwk.kty === 'RSA') {
    const problem = rsaExponentProblem(typeof jwk.e === 'string' ? decodeBase64url(jwk.e) : undefined);
    if (problem !== undefined) fail('ERR_KEY_INVALID', `Refused key: ${problem}`, ['key', 'e']);
  }
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') {
    // A missing or mis-sized "x" is no key at all: the import refuses it (ERR_KEY_RESOLUTION).
    const problem = typeof jwk.x === 'string' ? ed25519JwkProblem(jwk.x) : undefined;
    if (problem !== undefined) fail('ERR_KEY_INVALID', `Refused key: ${problem}`, ['key', 'x']);
  }
}

/** {@link admitJwkMaterial} for a public CryptoKey: the RSA exponent from its algorithm, the Ed25519 point exported. */
export async function admitCryptoKeyMaterial(key: CryptoKey): Promise<void> {
  const algorithm = key.algorithm as { name: string; publicExponent?: Uint8Array };
  if (algorithm.name === 'RSA-PSS' || algorithm.name === 'RSASSA-PKCS1-v1_5') {
    const problem = rsaExponentProblem(algorithm.publicExponent);
    if (problem !== undefined) fail('ERR_KEY_INVALID', `Refused key: ${problem}`, ['key']);
  }
  if (algorithm.name === 'Ed25519') {
    if (!key.extractable) {
      fail('ERR_KEY_INVALID', 'Refused key: a non-extractable Ed25519 key cannot be checked for small order', ['key']);
    }
    let verdict = cryptoKeyVerdicts.get(key);
    if (verdict === undefined) {
      verdict = { problem: ed25519KeyProblem(new Uint8Array(await crypto.subtle.exportKey('raw', key))) };
      cryptoKeyVerdicts.set(key, verdict);
    }
    const { problem } = verdict;
    if (problem !== undefined) fail('ERR_KEY_INVALID', `Refused key: ${problem}`, ['key']);
  }
}

/**
 * The point check costs two modular exponentiations over 255-bit numbers, far more than the signature check
 * itself, and a verifier sees the same few issuer keys again and again: verdicts are kept per encoded key (a
 * pure function of the text) and per CryptoKey (immutable), so each key is checked once.
 */
const jwkVerdicts = new Map<string, string | undefined>();
const cryptoKeyVerdicts = new WeakMap<CryptoKey, { readonly problem: string | undefined }>();
const MAX_KEPT_VERDICTS = 10_000;

/** {@link ed25519KeyProblem} for the base64url `x` of a JWK; undefined also when `x` is not 32 bytes. */
function ed25519JwkProblem(x: string): string | undefined {
  if (jwkVerdicts.has(x)) return jwkVerdicts.get(x);
  const bytes = decodeBase64url(x);
  const problem = bytes?.length === 32 ? ed25519KeyProblem(bytes) : undefined;
  if (jwkVerdicts.size >= MAX_KEPT_VERDICTS) jwkVerdicts.clear();
  jwkVerdicts.set(x, problem);
  return problem;
}
