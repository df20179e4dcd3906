import { fail } from '../../jwt/jwt-error.js';
import { RSA_MAX_BITS, RSA_MIN_BITS } from '../../jwt/keys/key-families.js';

const PEM = /^-----BEGIN PUBLIC KEY-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END PUBLIC KEY-----\s*$/;

function decodeBase64(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text.replace(/\s+/g, ''));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)) as Uint8Array<ArrayBuffer>;
  } catch {
    return undefined;
  }
}

/**
 * Imports an OB 2.0 `CryptographicKey`'s `publicKeyPem` (SPKI, `BEGIN PUBLIC KEY`) as an RS256 verification key
 * with WebCrypto, and checks it: an RSA modulus of 2,048 to 8,192 bits and an odd public exponent of at least 3.
 * Anything else is `ERR_KEY_INVALID`.
 */
export async function importRsaPem(pem: unknown, path: readonly (string | number)[]): Promise<CryptoKey> {
  const match = typeof pem === 'string' ? PEM.exec(pem) : null;
  const der = match === null ? undefined : decodeBase64(match[1] as string);
  if (der === undefined)
    fail('ERR_KEY_INVALID', 'publicKeyPem is not a PEM SubjectPublicKeyInfo (BEGIN PUBLIC KEY)', path);
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey(
      'spki',
      der as Uint8Array<ArrayBuffer>,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['verify'],
    );
  } catch (cause) {
    return fail('ERR_KEY_INVALID', 'publicKeyPem is not an RSA public key', path, cause);
  }
  const algorithm = key.algorithm as RsaHashedKeyAlgorithm;
  if (algorithm.modulusLength < RSA_MIN_BITS || algorithm.modulusLength > RSA_MAX_BITS) {
    fail(
      'ERR_KEY_INVALID',
      `RSA modulus of ${algorithm.modulusLength} bits (${RSA_MIN_BITS} to ${RSA_MAX_BITS} accepted)`,
      path,
    );
  }
  const e = algorithm.publicExponent;
  const exponent = e.reduce((n, b) => n * 256 + b, 0);
  if ((e.at(-1) ?? 0) % 2 === 0 || exponent < 3)
    fail('ERR_KEY_INVALID', 'RSA public exponent must be odd and at least 3', path);
  return key;
}

/** Verifies an RS256 (RSASSA-PKCS1-v1_5 with SHA-256) signature. */
export async function verifyRs256(key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  return crypto.subtle.verify(
    'RSASSA-PKCS1-v1_5',
    key,
    signature as Uint8Array<ArrayBuffer>,
    data as Uint8Array<ArrayBuffer>,
  );
}
