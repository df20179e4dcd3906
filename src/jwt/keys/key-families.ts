import { KEY_SHAPES, type SigningAlgorithm } from '../algorithms.js';
import { decodeBase64url } from '../encoding/base64url.js';
import type { JWK } from './jwk.js';

/** JWK members that only a private or symmetric key has. */
export const PRIVATE_JWK_MEMBERS: readonly string[] = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k', 'priv'];

/** Smallest and largest RSA modulus accepted, in bits (the upper bound keeps verification cost bounded). */
export const RSA_MIN_BITS = 2048;
export const RSA_MAX_BITS = 8192;

/** Whether a value is a WebCrypto `CryptoKey` (by class where the global exists, else by its tag). */
export function isCryptoKey(value: unknown): value is CryptoKey {
  if (typeof value !== 'object' || value === null) return false;
  const ctor = (globalThis as { CryptoKey?: abstract new (...args: never[]) => unknown }).CryptoKey;
  if (typeof ctor === 'function') return value instanceof ctor;
  return (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'CryptoKey';
}

/** Whether a value is a plain object (a JWK candidate): not an array, typed array, class instance or key. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether a JWK carries private or symmetric key material. */
export function hasPrivateMembers(jwk: Readonly<Record<string, unknown>>): boolean {
  return PRIVATE_JWK_MEMBERS.some((m) => Object.hasOwn(jwk, m));
}

/** Whether a CryptoKey's algorithm is the one a JWS algorithm needs. */
export function cryptoKeyFits(key: CryptoKey, alg: SigningAlgorithm): boolean {
  const algorithm = key.algorithm as { name: string; namedCurve?: string; hash?: { name?: string } };
  switch (alg) {
    case 'EdDSA':
      return algorithm.name === 'Ed25519';
    case 'ES256':
      return algorithm.name === 'ECDSA' && algorithm.namedCurve === 'P-256';
    case 'ES384':
      return algorithm.name === 'ECDSA' && algorithm.namedCurve === 'P-384';
    case 'PS256':
      return algorithm.name === 'RSA-PSS' && algorithm.hash?.name === 'SHA-256';
    case 'RS256':
      return algorithm.name === 'RSASSA-PKCS1-v1_5' && algorithm.hash?.name === 'SHA-256';
  }
}

/** Whether a JWK's type and curve are those a JWS algorithm needs (its `alg`/`use` are checked elsewhere). */
export function jwkFits(jwk: Readonly<JWK>, alg: SigningAlgorithm): boolean {
  const shape = KEY_SHAPES[alg];
  return jwk.kty === shape.kty && (shape.crv === undefined || jwk.crv === shape.crv);
}

/** The bit length of an RSA modulus given as base64url, or 0 when it is not canonical base64url. */
export function rsaModulusBits(n: unknown): number {
  if (typeof n !== 'string') return 0;
  const bytes = decodeBase64url(n);
  if (bytes === undefined) return 0;
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i += 1;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i] as number));
}
