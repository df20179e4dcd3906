import { fail } from '../jwt-error.js';
import { type DecodedDidKey, decodeDidKey } from '../keys/did-key.js';
import { type KeyResolver, withHandles } from './types.js';

/**
 * A resolver for `did:key` issuers (Ed25519 and P-256): purely local, no network. The DID is decoded (multibase
 * base58btc, multicodec `0xed` or `0x1200`, key length, P-256 point on the curve); other codecs (secp256k1,
 * X25519, …) are refused. A token `kid` must be `did:key:<id>#<id>`; the key's algorithm must be the token's.
 *
 * @returns a resolver responsible for every `did:key:` issuer
 * @throws nothing at construction; resolution fails with `ERR_KEY_RESOLUTION` or `ERR_KEY_ALG_MISMATCH`
 * @example
 * ```ts
 * import { didKeyResolver } from 'microcred/jwt';
 * const resolver = didKeyResolver();
 * resolver.handles?.('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'); // true
 * ```
 * @category Resolvers
 */
export function didKeyResolver(): KeyResolver {
  // Decoded keys are kept so each DID maps to one JWK object, which lets the imported CryptoKey be reused.
  const decoded = new Map<string, DecodedDidKey>();
  return withHandles(
    async (request) => {
      let key = decoded.get(request.issuer);
      if (key === undefined) {
        key = decodeDidKey(request.issuer);
        if (key === undefined)
          fail('ERR_KEY_RESOLUTION', `${request.issuer} is not a supported did:key`, ['payload', 'iss']);
        if (decoded.size >= 10_000) decoded.clear();
        decoded.set(request.issuer, key);
      }
      const kid = `${key.did}#${key.id}`;
      if (request.kid !== undefined && request.kid !== kid) {
        fail('ERR_KEY_RESOLUTION', `A did:key kid must be ${kid}`, ['header', 'kid']);
      }
      if (key.alg !== request.alg)
        fail('ERR_KEY_ALG_MISMATCH', `${request.issuer} is a ${key.alg} key, not ${request.alg}`);
      return { issuer: key.did, kid, key: key.jwk, source: 'did:key' };
    },
    (issuer) => issuer.startsWith('did:key:'),
    { reach: 'memory' },
  );
}
