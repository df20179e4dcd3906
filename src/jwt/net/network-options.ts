import { MicrocredOptionsError } from '../../errors.js';
import { isPlainObject } from '../keys/key-families.js';
import type { FetchLike } from './fetch-limited.js';

/**
 * Network options shared by the resolvers that fetch (did:web, remote JWKS) and by status-list checks.
 *
 * @example
 * ```ts
 * import type { NetworkOptions } from 'microcred/jwt';
 * const options: NetworkOptions = { timeoutMs: 3000, allowedHosts: ['uni.example'] };
 * ```
 * @category Resolvers
 */
export interface NetworkOptions {
  /** The fetch to call (default `globalThis.fetch`). Server-side callers should inject one that refuses private addresses. */
  readonly fetch?: FetchLike;
  /** Per-request timeout in milliseconds (default 5,000). */
  readonly timeoutMs?: number;
  /** Largest response body accepted, in bytes, enforced while streaming. */
  readonly maxBytes?: number;
  /** When given, only these host names are ever contacted. */
  readonly allowedHosts?: readonly string[];
  /** How long a fetched document is reused, in milliseconds (default 10 minutes). */
  readonly cacheTtlMs?: number;
  /** How long a failed fetch is remembered before it is retried, in milliseconds (default 30 s). */
  readonly failureTtlMs?: number;
  /** Most documents kept in the cache (default 1,000). */
  readonly maxCacheEntries?: number;
  /** The clock used for cache expiry, in milliseconds since the epoch (default `Date.now`). */
  readonly clock?: () => number;
}

/** {@link NetworkOptions} with every default applied. */
export interface ResolvedNetworkOptions {
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly allowedHosts: readonly string[] | undefined;
  readonly cacheTtlMs: number;
  readonly failureTtlMs: number;
  readonly maxCacheEntries: number;
  readonly clock: () => number;
}

const KEYS: ReadonlySet<string> = new Set([
  'fetch',
  'timeoutMs',
  'maxBytes',
  'allowedHosts',
  'cacheTtlMs',
  'failureTtlMs',
  'maxCacheEntries',
  'clock',
]);

/** The platform's fetch, looked up at call time (so a test or polyfill installed later is used). */
const globalFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

/** Validates network options (every number a non-negative safe integer) and applies defaults. */
export function resolveNetworkOptions(
  options: unknown,
  defaultMaxBytes: number,
  prefix: string,
  extraKeys: ReadonlySet<string> = new Set(),
): ResolvedNetworkOptions {
  const o = options ?? {};
  if (!isPlainObject(o)) throw new MicrocredOptionsError(prefix, 'must be an object');
  for (const key of Object.keys(o)) {
    if (!KEYS.has(key) && !extraKeys.has(key)) throw new MicrocredOptionsError(`${prefix}.${key}`, 'is not an option');
  }
  const fetchFn =
    o['fetch'] ?? (typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined);
  if (typeof fetchFn !== 'function') throw new MicrocredOptionsError(`${prefix}.fetch`, 'must be a function');
  const clock = o['clock'] ?? Date.now;
  if (typeof clock !== 'function') throw new MicrocredOptionsError(`${prefix}.clock`, 'must be a function');
  const hosts = o['allowedHosts'];
  if (hosts !== undefined && (!Array.isArray(hosts) || hosts.some((h) => typeof h !== 'string'))) {
    throw new MicrocredOptionsError(`${prefix}.allowedHosts`, 'must be a list of host names');
  }
  return {
    fetch: fetchFn as FetchLike,
    clock: clock as () => number,
    allowedHosts: hosts === undefined ? undefined : (hosts as string[]).map((h) => h.toLowerCase()),
    timeoutMs: count(o, 'timeoutMs', 5000, prefix, 1),
    maxBytes: count(o, 'maxBytes', defaultMaxBytes, prefix, 1),
    cacheTtlMs: count(o, 'cacheTtlMs', 600_000, prefix, 0),
    failureTtlMs: count(o, 'failureTtlMs', 30_000, prefix, 0),
    maxCacheEntries: count(o, 'maxCacheEntries', 1000, prefix, 1),
  };
}

/** Reads an integer option within [minimum, 2^53) or returns its default. */
export function count(
  o: Readonly<Record<string, unknown>>,
  key: string,
  fallback: number,
  prefix: string,
  minimum: number,
): number {
  const value = o[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < minimum) {
    throw new MicrocredOptionsError(`${prefix}.${key}`, `must be an integer ≥ ${minimum}`);
  }
  return value;
}
