import { MicrocredOptionsError } from '../../errors.js';
import { fail } from '../jwt-error.js';
import { combinedTraits, type KeyResolver, withHandles } from './types.js';

/**
 * Combines resolvers into one that dispatches on the issuer: the first resolver, in the order given, whose
 * `handles` accepts the issuer (a resolver without `handles` accepts every issuer, so put it last). The chosen
 * resolver's answer is final: after a failure no other resolver is tried, so an attacker cannot steer a token
 * to a weaker source.
 *
 * @param resolvers - resolvers in priority order
 * @returns a resolver responsible for every issuer one of them handles
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when a resolver is not a function; resolution of an issuer no
 *   resolver handles fails with `ERR_KEY_RESOLUTION`
 * @example
 * ```ts
 * import { combineResolvers, didKeyResolver, didWebResolver, generateIssuerKey, staticKeyResolver } from 'microcred/jwt';
 * const partner = await generateIssuerKey('EdDSA');
 * const resolver = combineResolvers([
 *   staticKeyResolver({ 'https://partner.example': partner.publicJwk }),
 *   didKeyResolver(),
 *   didWebResolver(),
 * ]);
 * ```
 * @category Resolvers
 */
export function combineResolvers(resolvers: readonly KeyResolver[]): KeyResolver {
  if (!Array.isArray(resolvers) || resolvers.length === 0) {
    throw new MicrocredOptionsError('resolvers', 'must be a non-empty list of resolvers');
  }
  for (const [i, r] of resolvers.entries()) {
    if (typeof r !== 'function') throw new MicrocredOptionsError(`resolvers[${i}]`, 'must be a resolver function');
  }
  const pick = (issuer: string): KeyResolver | undefined =>
    resolvers.find((r) => r.handles === undefined || r.handles(issuer));
  const combined = async (request: Parameters<KeyResolver>[0]) => {
    const resolver = pick(request.issuer);
    if (resolver === undefined)
      fail('ERR_KEY_RESOLUTION', `No resolver is configured for ${request.issuer}`, ['payload', 'iss']);
    return resolver(request);
  };
  return withHandles(combined, (issuer: string) => pick(issuer) !== undefined, combinedTraits(resolvers));
}
