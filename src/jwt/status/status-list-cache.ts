import type { LoaderCache } from '../net/cache.js';
import { newStatusListCache } from './list-cache.js';
import type { StatusReason } from './status-result.js';

/** A fetched, verified and decoded status list, or why it could not be had. */
export type LoadedStatusList =
  | {
      readonly ok: true;
      readonly issuer: string;
      readonly purposes: readonly string[];
      readonly bits: Uint8Array;
    }
  | { readonly ok: false; readonly reason: StatusReason; readonly detail: string };

/**
 * A cache of verified status lists, shared by the verifications of a batch (or of a service). Lists are
 * kept by URL until their `ttl`, the HTTP `max-age`, the list credential's `validUntil` or its `exp`, whichever
 * comes first; failures are kept briefly so one unreachable list does not cause a request per credential; a
 * `revoked` outcome is kept for good, since revocation cannot be undone. Use one cache per trust
 * configuration (the keys and trusted issuers the lists were verified with).
 *
 * @example
 * ```ts
 * import { createStatusListCache } from 'microcred/jwt';
 * const cache = createStatusListCache({ maxEntries: 500 });
 * cache.clear();
 * ```
 * @category Status lists
 */
export interface StatusListCache {
  /** @internal The lists, by URL. */
  readonly lists: LoaderCache<LoadedStatusList>;
  /** @internal `url` + index of entries found revoked. */
  readonly revoked: Set<string>;
  /** @internal The clock, in ms. */
  readonly clock: () => number;
  /** @internal How long a list without `ttl` or `max-age` is kept, in ms. */
  readonly defaultTtlMs: number;
  /** @internal How long a failure is kept, in ms. */
  readonly failureTtlMs: number;
  /** Forgets every list and outcome. */
  readonly clear: () => void;
}

/**
 * Options of {@link createStatusListCache}.
 *
 * @example
 * ```ts
 * import type { StatusListCacheOptions } from 'microcred/jwt';
 * const options: StatusListCacheOptions = { defaultTtlMs: 60_000 };
 * ```
 * @category Status lists
 */
export interface StatusListCacheOptions {
  /** Most lists kept (default 1,000). */
  readonly maxEntries?: number;
  /** How long a list without `ttl` or `max-age` is reused, in ms (default 5 minutes). */
  readonly defaultTtlMs?: number;
  /** How long a failed fetch or verification is remembered, in ms (default 10 s). */
  readonly failureTtlMs?: number;
  /** The clock, in ms since the epoch (default `Date.now`). */
  readonly clock?: () => number;
}

/**
 * Creates a {@link StatusListCache}. {@link verifyCredentials} creates one per batch when none is given.
 *
 * @param options - size, lifetimes and clock
 * @returns an empty cache
 * @throws nothing
 * @example
 * ```ts
 * import { createStatusListCache, verifyCredential } from 'microcred/jwt';
 * const cache = createStatusListCache();
 * // reuse it across calls: verifyCredential(token, resolver, { status: { cache } })
 * ```
 * @category Status lists
 */
export function createStatusListCache(options: StatusListCacheOptions = {}): StatusListCache {
  // The cache is built in a module of its own, which the verifier's on-demand status check uses: this module
  // is named by the entry point, so whatever it defines would load with every verifier.
  return newStatusListCache(options);
}
