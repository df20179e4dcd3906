import { MicrocredOptionsError } from '../../errors.js';
import type { FetchLike } from '../net/fetch-limited.js';
import { count, resolveNetworkOptions } from '../net/network-options.js';
import type { KeyInput } from '../verify/resolve-key.js';
import type { StatusListCache } from './status-list-cache.js';

/**
 * How status lists are fetched and judged.
 *
 * @example
 * ```ts
 * import { createStatusListCache, type StatusOptions } from 'microcred/jwt';
 * const options: StatusOptions = { cache: createStatusListCache(), timeoutMs: 3000, softFail: false };
 * ```
 * @category Status lists
 */
export interface StatusOptions {
  /** The fetch to call (default `globalThis.fetch`); on a server, inject one that refuses private addresses. */
  readonly fetch?: FetchLike;
  /** Per-request timeout in ms (default 5,000). */
  readonly timeoutMs?: number;
  /** Largest status list credential accepted, in bytes (default 1 MiB). */
  readonly maxBytes?: number;
  /** Largest inflated bitstring, in bytes (default 16 MiB, about 134 million one-bit entries). */
  readonly maxDecodedBytes?: number;
  /** When given, only these hosts serve status lists. */
  readonly allowedHosts?: readonly string[];
  /** Report an unreachable or unverifiable list as `unknown` in the result instead of failing (default false). */
  readonly softFail?: boolean;
  /** Issuers whose lists are trusted for other issuers' credentials (by default a list must be the credential issuer's own). */
  readonly trustedIssuers?: readonly string[];
  /** A cache shared between verifications (one per trust configuration); by default each call fetches afresh. */
  readonly cache?: StatusListCache;
  /** Keys for the list credentials (default: the same keys or resolver as the credential). */
  readonly keys?: KeyInput;
}

/** {@link StatusOptions} validated, with defaults. */
export interface ResolvedStatusOptions {
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxDecodedBytes: number;
  readonly allowedHosts: readonly string[] | undefined;
  readonly softFail: boolean;
  readonly trustedIssuers: readonly string[];
  readonly cache: StatusListCache | undefined;
  readonly keys: KeyInput | undefined;
}

const EXTRA: ReadonlySet<string> = new Set(['maxDecodedBytes', 'softFail', 'trustedIssuers', 'cache', 'keys']);

/** Validates status options (every misuse is `ERR_OPTIONS_INVALID`) and applies the defaults. */
export function resolveStatusOptions(options: unknown): ResolvedStatusOptions {
  const o = (options ?? {}) as Record<string, unknown>;
  const net = resolveNetworkOptions(options, 1024 * 1024, 'status', EXTRA);
  const trusted = o['trustedIssuers'] ?? [];
  if (!Array.isArray(trusted) || trusted.some((t) => typeof t !== 'string')) {
    throw new MicrocredOptionsError('status.trustedIssuers', 'must be a list of issuer ids');
  }
  if (o['softFail'] !== undefined && typeof o['softFail'] !== 'boolean') {
    throw new MicrocredOptionsError('status.softFail', 'must be a boolean');
  }
  const cache = o['cache'];
  if (cache !== undefined && (typeof cache !== 'object' || cache === null || !('lists' in cache))) {
    throw new MicrocredOptionsError('status.cache', 'must come from createStatusListCache()');
  }
  return {
    fetch: net.fetch,
    timeoutMs: net.timeoutMs,
    maxBytes: net.maxBytes,
    maxDecodedBytes: count(o, 'maxDecodedBytes', 16 * 1024 * 1024, 'status', 1),
    allowedHosts: net.allowedHosts,
    softFail: o['softFail'] === true,
    trustedIssuers: trusted as string[],
    cache: cache as StatusListCache | undefined,
    keys: o['keys'] as KeyInput | undefined,
  };
}
