import { MicrocredOptionsError } from '../../errors.js';
import { fail } from '../jwt-error.js';
import { isPlainObject } from '../keys/key-families.js';
import { type Candidate, normaliseTrustedKeys, selectKey } from './select-key.js';
import { type KeyResolver, type TrustedKey, withHandles } from './types.js';

/**
 * The keys trusted for each issuer id: one key, a list, or a JWKS object (`{ keys: [...] }`).
 *
 * @example
 * ```ts
 * import { generateIssuerKey, type TrustedKeys } from 'microcred/jwt';
 * const key = await generateIssuerKey('EdDSA');
 * const trusted: TrustedKeys = { 'https://uni.example': key.publicJwk };
 * ```
 * @category Resolvers
 */
export type TrustedKeys = Readonly<
  Record<string, TrustedKey | readonly TrustedKey[] | { readonly keys: readonly TrustedKey[] }>
>;

/**
 * A resolver over keys the caller configured per issuer: the usual choice for a verifier that knows its issuers
 * (a recognition office's list of partner universities). A key of issuer B never verifies a token of issuer A.
 *
 * Selection: with a token `kid`, the key with that id (or the issuer's one key configured without an id);
 * without one, the issuer's one key that fits the algorithm. Several candidates fail as `ERR_KEY_AMBIGUOUS`.
 *
 * @param trusted - issuer id → public key(s); the ids are compared exactly
 * @returns a resolver responsible for exactly these issuers
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` at construction for a private, secret or malformed key
 * @example
 * ```ts
 * import { generateIssuerKey, staticKeyResolver } from 'microcred/jwt';
 * const uni = await generateIssuerKey('ES256');
 * const resolver = staticKeyResolver({ 'https://uni.example': uni.publicJwk });
 * resolver.handles?.('https://uni.example'); // true
 * ```
 * @category Resolvers
 */
export function staticKeyResolver(trusted: TrustedKeys): KeyResolver {
  if (!isPlainObject(trusted)) throw new MicrocredOptionsError('trusted', 'must map issuer ids to keys');
  const byIssuer = new Map<string, readonly Candidate[]>();
  for (const [issuer, keys] of Object.entries(trusted)) {
    if (issuer.length === 0) throw new MicrocredOptionsError('trusted', 'has an empty issuer id');
    byIssuer.set(issuer, normaliseTrustedKeys(keys, `trusted[${JSON.stringify(issuer)}]`));
  }
  return withHandles(
    async (request) => {
      const candidates = byIssuer.get(request.issuer);
      if (candidates === undefined)
        fail('ERR_KEY_RESOLUTION', `No key is configured for ${request.issuer}`, ['payload', 'iss']);
      return selectKey(candidates, request, 'static');
    },
    (issuer) => byIssuer.has(issuer),
    { reach: 'memory', issuers: [...byIssuer.keys()] },
  );
}
