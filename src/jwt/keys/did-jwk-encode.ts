import { MicrocredError } from '../../errors.js';
import { encodeBase64url } from '../encoding/base64url.js';
import { decodeDidJwk } from './did-jwk.js';
import type { JWK } from './jwk.js';
import { hasPrivateMembers, isPlainObject } from './key-families.js';
import { publicMembers } from './verification-key.js';

/**
 * Derives the did:jwk DID of a public key: the base64url of its JWK's public members as JSON.
 *
 * @param jwk - a public JWK (Ed25519, P-256, P-384 or RSA)
 * @returns the DID, e.g. `did:jwk:eyJjcnYiOi…`; its one verification method is `<did>#0`
 * @throws MicrocredError `ERR_KEY_INVALID` for a private, symmetric or unsupported key
 * @example
 * ```ts
 * import { didJwkFromJwk, generateIssuerKey } from 'microcred/jwt';
 * const key = await generateIssuerKey('ES256');
 * const did = didJwkFromJwk(key.publicJwk); // 'did:jwk:eyJ…'
 * ```
 * @category Keys
 */
export function didJwkFromJwk(jwk: JWK): string {
  if (!isPlainObject(jwk) || hasPrivateMembers(jwk)) {
    throw new MicrocredError('ERR_KEY_INVALID', 'did:jwk needs a public JWK');
  }
  const did = `did:jwk:${encodeBase64url(new TextEncoder().encode(JSON.stringify(publicMembers(jwk))))}`;
  if (decodeDidJwk(did) === undefined) {
    throw new MicrocredError('ERR_KEY_INVALID', 'did:jwk supports Ed25519, P-256, P-384 and RSA signature keys');
  }
  return did;
}
