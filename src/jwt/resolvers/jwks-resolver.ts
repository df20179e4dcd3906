import { MicrocredOptionsError } from '../../errors.js';
import { fail } from '../jwt-error.js';
import { hasPrivateMembers, isPlainObject } from '../keys/key-families.js';
import { createLoaderCache } from '../net/cache.js';
import { fetchLimited, parseFetchedObject } from '../net/fetch-limited.js';
import { type NetworkOptions, type ResolvedNetworkOptions, resolveNetworkOptions } from '../net/network-options.js';
import { checkFetchUrl } from '../net/url-rules.js';
import { type Candidate, normaliseTrustedKeys, selectKey } from './select-key.js';
import { type KeyRequest, type KeyResolver, withHandles } from './types.js';

/**
 * Where an issuer's JWKS is: a JWKS object held locally, or an HTTPS URL (as a string or `URL`).
 *
 * @example
 * ```ts
 * import type { JwksSource } from 'microcred/jwt';
 * const source: JwksSource = 'https://uni.example/.well-known/jwks.json';
 * ```
 * @category Resolvers
 */
export type JwksSource = string | URL | { readonly keys: readonly object[] };

/**
 * A resolver over JSON Web Key Sets, configured per issuer: a local `{ keys }` object or a URL from the
 * caller's configuration (never from a token). Remote sets are fetched through the network rules (HTTPS, no
 * redirects, timeout, 64 KiB cap by default), cached (10 minutes) with single-flight, and a failure is
 * remembered for 30 s. A remote set that publishes private or symmetric keys is refused as a whole.
 *
 * @param issuers - issuer id → JWKS source
 * @param options - network and cache options
 * @returns a resolver responsible for exactly these issuers
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` at construction for bad options, a non-HTTPS URL or a
 *   local set with private keys; resolution fails with `ERR_KEY_RESOLUTION` or `ERR_KEY_AMBIGUOUS`
 * @example
 * ```ts
 * import { generateIssuerKey, jwksResolver } from 'microcred/jwt';
 * const key = await generateIssuerKey('EdDSA');
 * const resolver = jwksResolver({
 *   'https://uni.example': { keys: [key.publicJwk] },
 *   'https://college.example': 'https://college.example/.well-known/jwks.json',
 * });
 * ```
 * @category Resolvers
 */
export function jwksResolver(issuers: Readonly<Record<string, JwksSource>>, options: NetworkOptions = {}): KeyResolver {
  const net = resolveNetworkOptions(options, 64 * 1024, 'options');
  if (!isPlainObject(issuers)) throw new MicrocredOptionsError('issuers', 'must map issuer ids to JWKS sources');
  const local = new Map<string, readonly Candidate[]>();
  const remote = new Map<string, string>();
  for (const [issuer, source] of Object.entries(issuers)) {
    const option = `issuers[${JSON.stringify(issuer)}]`;
    if (typeof source === 'string' || source instanceof URL) {
      const checked = checkFetchUrl(String(source));
      if (!checked.ok) throw new MicrocredOptionsError(option, `is refused: it ${checked.reason}`);
      remote.set(issuer, checked.url.href);
    } else {
      if (!isPlainObject(source) || !Array.isArray(source['keys'])) {
        throw new MicrocredOptionsError(option, 'must be a JWKS object or a URL');
      }
      local.set(issuer, normaliseTrustedKeys(source, option));
    }
  }
  const cache = createLoaderCache<readonly Candidate[]>({
    maxEntries: net.maxCacheEntries,
    failureTtlMs: net.failureTtlMs,
    clock: net.clock,
  });
  return withHandles(
    async (request: KeyRequest) => {
      const held = local.get(request.issuer);
      if (held !== undefined) return selectKey(held, request, 'jwks');
      const url = remote.get(request.issuer);
      if (url === undefined)
        fail('ERR_KEY_RESOLUTION', `No JWKS is configured for ${request.issuer}`, ['payload', 'iss']);
      const candidates = await cache.load(url, async () => ({
        value: await fetchJwks(url, net, request.signal),
        expiresAt: net.clock() + net.cacheTtlMs,
      }));
      return selectKey(candidates, request, 'jwks');
    },
    (issuer) => local.has(issuer) || remote.has(issuer),
    { reach: remote.size === 0 ? 'memory' : 'network', issuers: [...local.keys(), ...remote.keys()] },
  );
}

async function fetchJwks(url: string, net: ResolvedNetworkOptions, signal: AbortSignal): Promise<readonly Candidate[]> {
  const { text } = await fetchLimited(
    url,
    { ...net, signal },
    'application/jwk-set+json, application/json',
    'ERR_KEY_RESOLUTION',
  );
  const jwks = parseFetchedObject(text, url, 'ERR_KEY_RESOLUTION');
  const keys = jwks['keys'];
  if (!Array.isArray(keys) || keys.length === 0) fail('ERR_KEY_RESOLUTION', `${url} is not a JWKS with keys`);
  if (keys.some((k) => !isPlainObject(k) || k['kty'] === 'oct' || hasPrivateMembers(k))) {
    fail('ERR_KEY_RESOLUTION', `${url} publishes secret or private key material; the whole set is refused`);
  }
  try {
    return normaliseTrustedKeys({ keys }, url);
  } catch (cause) {
    return fail('ERR_KEY_RESOLUTION', `${url} holds a malformed key`, [], cause);
  }
}
