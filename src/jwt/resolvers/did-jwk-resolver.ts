import { fail } from '../jwt-error.js';
import { decodeDidJwk } from '../keys/did-jwk.js';
import { type KeyResolver, withHandles } from './types.js';

/**
 * A resolver for `did:jwk` issuers, the method many wallets and test issuers sign with: purely local, no
 * network. The DID's method-specific id is decoded strictly (canonical base64url, UTF-8, a JSON object with
 * no duplicate names) and must be a public signature key of a supported family (Ed25519, P-256, P-384, RSA
 * 2048–8192 bits). A DID holding a private or symmetric key (`d`, `k`, …) is refused, as is a key marked
 * `use: enc`. The only verification method is `#0`: a token `kid` must be `<did>#0`.
 *
 * @returns a resolver responsible for every `did:jwk:` issuer
 * @throws nothing at construction; resolution fails with `ERR_KEY_RESOLUTION` (malformed DID, private key,
 *   wrong `kid`) or `ERR_KEY_ALG_MISMATCH` (the key cannot verify the token's algorithm)
 * @example
 * ```ts
 * import { combineResolvers, didJwkResolver, didKeyResolver } from 'microcred/jwt';
 * const resolver = combineResolvers([didJwkResolver(), didKeyResolver()]);
 * resolver.handles?.('did:jwk:eyJrdHkiOiJPS1AifQ'); // true
 * ```
 * @category Resolvers
 */
export function didJwkResolver(): KeyResolver {
  return withHandles(
    async (request) => {
      const decoded = decodeDidJwk(request.issuer);
      if (decoded === undefined) {
        fail('ERR_KEY_RESOLUTION', 'The issuer is not a did:jwk holding a public signature key', ['payload', 'iss']);
      }
      const kid = `${decoded.did}#0`;
      if (request.kid !== undefined && request.kid !== kid) {
        fail('ERR_KEY_RESOLUTION', 'A did:jwk kid must be the DID followed by #0', ['header', 'kid']);
      }
      if (!decoded.algorithms.includes(request.alg)) {
        fail('ERR_KEY_ALG_MISMATCH', `The did:jwk key cannot verify ${request.alg}`, ['header', 'alg']);
      }
      return { issuer: decoded.did, kid, key: decoded.jwk, source: 'did:jwk' };
    },
    (issuer) => typeof issuer === 'string' && issuer.startsWith('did:jwk:'),
    { reach: 'memory' },
  );
}
