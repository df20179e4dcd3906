import type { JWK } from './jwk.js';

/** The members RFC 7638 §3.2 hashes for each key type (besides `kty`): the whole public key, nothing else. */
const KEY_MEMBERS: Readonly<Record<string, readonly (keyof JWK)[]>> = {
  OKP: ['crv', 'x'],
  EC: ['crv', 'x', 'y'],
  RSA: ['e', 'n'],
};

/**
 * Whether two JWKs hold the same public key: the same `kty` and, as strings, the same members RFC 7638 computes
 * the thumbprint over. This is the equality of their SHA-256 thumbprints without hashing (so without waiting on
 * WebCrypto); a JWK whose thumbprint could not be computed (unknown `kty`, a member missing, empty or not a string)
 * holds no key that can be the same.
 */
export function samePublicKey(a: JWK, b: JWK): boolean {
  const members = typeof a.kty === 'string' && a.kty === b.kty ? KEY_MEMBERS[a.kty] : undefined;
  if (members === undefined) return false;
  return members.every((m) => typeof a[m] === 'string' && a[m] !== '' && a[m] === b[m]);
}
