import { MicrocredOptionsError } from '../../errors.js';
import type { FetchLimits } from '../../jwt/net/fetch-limited.js';
import { resolveNetworkOptions } from '../../jwt/net/network-options.js';
import { importMode } from '../shared/options.js';
import type { ImportOptions } from '../types.js';

/**
 * Options of `fromOpenBadge2`: how to import (as for the other importers), when to judge expiry, and the
 * network rules for fetching the hosted assertion, the BadgeClass, the issuer Profile, its key and its
 * revocation list (HTTPS only, no redirects, no local or IP-literal hosts, a timeout and a size cap per request).
 *
 * @example
 * ```ts
 * import type { OpenBadge2Options } from 'microcred/interop';
 * const options: OpenBadge2Options = { now: new Date('2026-01-01T00:00:00Z'), allowedHosts: ['badges.uni.example'] };
 * ```
 * @category Open Badges 2.0
 */
export interface OpenBadge2Options extends ImportOptions {
  /** The time `expires` is judged at (default: the current time, read once per call). */
  readonly now?: Date;
  /** The fetch to call (default `globalThis.fetch`); server-side callers should inject one that refuses private addresses. */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Per-request timeout in milliseconds (default 5,000). */
  readonly timeoutMs?: number;
  /** Largest document (or signed assertion) accepted, in bytes (default 1 MiB). */
  readonly maxBytes?: number;
  /** When given, only these host names are ever contacted. */
  readonly allowedHosts?: readonly string[];
  /** Aborts the fetches. */
  readonly signal?: AbortSignal;
}

/** {@link OpenBadge2Options} checked, with defaults. */
export interface ResolvedOpenBadge2Options {
  readonly now: Date;
  readonly limits: FetchLimits;
  readonly maxBytes: number;
  readonly import: ImportOptions;
}

const EXTRA: ReadonlySet<string> = new Set(['now', 'signal', 'unmappable', 'requireComplete']);

/** Validates the options (`ERR_OPTIONS_INVALID`) and applies defaults. */
export function resolveOpenBadge2Options(options: OpenBadge2Options | undefined): ResolvedOpenBadge2Options {
  const o = options ?? {};
  const network = resolveNetworkOptions(o, 1024 * 1024, 'options', EXTRA);
  importMode({
    ...(o.unmappable === undefined ? {} : { unmappable: o.unmappable }),
    ...(o.requireComplete === undefined ? {} : { requireComplete: o.requireComplete }),
  });
  const now = o.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new MicrocredOptionsError('options.now', 'must be a valid Date');
  if (o.signal !== undefined && !(o.signal instanceof AbortSignal)) {
    throw new MicrocredOptionsError('options.signal', 'must be an AbortSignal');
  }
  return {
    now,
    maxBytes: network.maxBytes,
    limits: {
      fetch: network.fetch,
      timeoutMs: network.timeoutMs,
      maxBytes: network.maxBytes,
      allowedHosts: network.allowedHosts,
      signal: o.signal,
    },
    import: {
      ...(o.unmappable === undefined ? {} : { unmappable: o.unmappable }),
      ...(o.requireComplete === undefined ? {} : { requireComplete: o.requireComplete }),
    },
  };
}
