import { fail } from '../jwt-error.js';
import { createLoaderCache } from '../net/cache.js';
import { fetchLimited, parseFetchedObject } from '../net/fetch-limited.js';
import { type NetworkOptions, resolveNetworkOptions } from '../net/network-options.js';
import { type AssertionKey, assertionKeys, selectAssertionKey } from './did-document.js';
import { didWebToUrl } from './did-web-url.js';
import { type KeyResolver, withHandles } from './types.js';

/**
 * A resolver for `did:web` issuers: maps the DID to its HTTPS URL by the did:web rules, fetches the DID document
 * through the network rules (HTTPS only, no IP-literal or local hosts, no redirects, 5 s timeout, 256 KiB cap,
 * status 200 and a JSON object only), and reads the keys under `assertionMethod`. Documents are cached by DID
 * (10 minutes, bounded, single-flight); failures are remembered for 30 s.
 *
 * Host-name rules cannot stop a public name that resolves to an internal address: on a server, inject a
 * `fetch` that refuses private, loopback and link-local targets, or pass `allowedHosts`.
 *
 * @param options - network and cache options (`maxBytes` defaults to 256 KiB)
 * @returns a resolver responsible for every `did:web:` issuer
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for bad options; resolution fails with `ERR_KEY_RESOLUTION`,
 *   `ERR_KEY_AMBIGUOUS` or `ERR_KEY_ALG_MISMATCH`
 * @example
 * ```ts
 * import { didWebResolver } from 'microcred/jwt';
 * const resolver = didWebResolver({ timeoutMs: 3000, allowedHosts: ['uni.example'] });
 * resolver.handles?.('did:web:uni.example'); // true
 * ```
 * @category Resolvers
 */
export function didWebResolver(options: NetworkOptions = {}): KeyResolver {
  const net = resolveNetworkOptions(options, 256 * 1024, 'options');
  const cache = createLoaderCache<readonly AssertionKey[]>({
    maxEntries: net.maxCacheEntries,
    failureTtlMs: net.failureTtlMs,
    clock: net.clock,
  });
  return withHandles(
    async (request) => {
      const did = request.issuer;
      const mapped = didWebToUrl(did);
      if (!mapped.ok) fail('ERR_KEY_RESOLUTION', `${did} is refused: it ${mapped.reason}`, ['payload', 'iss']);
      const keys = await cache.load(did, async () => {
        const { text } = await fetchLimited(
          mapped.url,
          { ...net, signal: request.signal },
          'application/did+json, application/json',
          'ERR_KEY_RESOLUTION',
        );
        const document = parseFetchedObject(text, mapped.url, 'ERR_KEY_RESOLUTION');
        return { value: assertionKeys(document, did), expiresAt: net.clock() + net.cacheTtlMs };
      });
      return selectAssertionKey(keys, request, 'did:web');
    },
    (issuer) => issuer.startsWith('did:web:'),
    { reach: 'network' },
  );
}
