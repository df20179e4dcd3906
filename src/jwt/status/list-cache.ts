import { createLoaderCache, type LoaderCache } from '../net/cache.js';
import type { LoadedStatusList, StatusListCache, StatusListCacheOptions } from './status-list-cache.js';
import type { ResolvedStatusOptions } from './status-options.js';

/** A new, empty {@link StatusListCache} (what `createStatusListCache` returns). */
export function newStatusListCache(options: StatusListCacheOptions): StatusListCache {
  const { lists, clock, defaultTtlMs, failureTtlMs } = listCacheParts<LoadedStatusList>(options);
  const revoked = new Set<string>();
  return {
    lists,
    revoked,
    clock,
    defaultTtlMs,
    failureTtlMs,
    clear: () => {
      lists.clear();
      revoked.clear();
    },
  };
}

/**
 * The parts every cache of fetched lists shares, with the defaults applied: the loader cache, the clock, how
 * long a list is kept when its source says nothing, and how long a failure is remembered.
 */
export function listCacheParts<T>(options: StatusListCacheOptions): {
  lists: LoaderCache<T>;
  clock: () => number;
  defaultTtlMs: number;
  failureTtlMs: number;
} {
  const clock = options.clock ?? Date.now;
  const failureTtlMs = Math.max(0, options.failureTtlMs ?? 10_000);
  const lists = createLoaderCache<T>({ maxEntries: Math.max(1, options.maxEntries ?? 1000), failureTtlMs, clock });
  return { lists, clock, defaultTtlMs: Math.max(0, options.defaultTtlMs ?? 300_000), failureTtlMs };
}

/** The caller's cache, or a cache for one call when the caller gave none. */
export function cacheFor(options: ResolvedStatusOptions): StatusListCache {
  return options.cache ?? newStatusListCache({});
}
