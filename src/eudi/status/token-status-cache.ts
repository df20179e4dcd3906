import type { MicrocredErrorCode } from '../../errors.js';
import type { LoaderCache } from '../../jwt/net/cache.js';
import { listCacheParts } from '../../jwt/status/list-cache.js';
import type { StatusListCacheOptions } from '../../jwt/status/status-list-cache.js';
import type { StatusReason } from '../../jwt/status/status-result.js';
import type { TokenStatusList } from './token-status-list.js';

/** A fetched, verified and decoded Status List Token, or why it could not be had. */
export type LoadedTokenStatusList =
  | {
      readonly ok: true;
      /** The issuer whose key verified the token. */
      readonly issuer: string;
      readonly list: TokenStatusList;
      /** The token's `exp`, re-checked against `now` each time a cached list is used. */
      readonly exp?: number;
    }
  | { readonly ok: false; readonly reason: StatusReason; readonly code: MicrocredErrorCode; readonly detail: string };

/**
 * A cache of verified Status List Tokens, shared by verifications (pass it as `status.cache`). A list is kept
 * per credential issuer and URI until its `ttl` (at most a day), never past its `exp`; without `ttl`, the HTTP
 * `max-age` or the default lifetime applies (the token's claims come first, as the draft asks). Failures are
 * kept briefly, so one unreachable list does not cause a request per presentation. Use one cache per trust
 * configuration (the keys and trusted issuers the lists were verified with).
 *
 * @example
 * ```ts
 * import { createTokenStatusListCache } from 'microcred/eudi';
 * const cache = createTokenStatusListCache({ maxEntries: 100 });
 * cache.clear();
 * ```
 * @category EUDI status
 */
export interface TokenStatusListCache {
  /** @internal The lists, by issuer and URI. */
  readonly lists: LoaderCache<LoadedTokenStatusList>;
  /** @internal The clock, in ms. */
  readonly clock: () => number;
  /** @internal How long a list without `ttl` or `max-age` is kept, in ms. */
  readonly defaultTtlMs: number;
  /** @internal How long a failure is kept, in ms. */
  readonly failureTtlMs: number;
  /** Forgets every list. */
  readonly clear: () => void;
}

/**
 * Creates a {@link TokenStatusListCache}. Without one, each verification fetches afresh.
 *
 * @param options - size, lifetimes and clock (the same options as `createStatusListCache` of `microcred/jwt`)
 * @returns an empty cache
 * @throws nothing
 * @example
 * ```ts
 * import { createTokenStatusListCache, verifyEudiPresentation } from 'microcred/eudi';
 * const cache = createTokenStatusListCache();
 * // reuse it across calls: verifyEudiPresentation(presentation, resolver, { status: { cache } })
 * ```
 * @category EUDI status
 */
export function createTokenStatusListCache(options: StatusListCacheOptions = {}): TokenStatusListCache {
  const parts = listCacheParts<LoadedTokenStatusList>(options);
  return { ...parts, clear: parts.lists.clear };
}
