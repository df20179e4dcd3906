import { MicrocredOptionsError } from '../../errors.js';
import { isPlainObject } from '../../jwt/keys/key-families.js';
import {
  type ResolvedStatusOptions,
  resolveStatusOptions,
  type StatusOptions,
} from '../../jwt/status/status-options.js';
import { createTokenStatusListCache, type TokenStatusListCache } from './token-status-cache.js';

/**
 * How Token Status Lists are fetched and judged: the `microcred/jwt` status options (fetch, limits, allowed
 * hosts, soft-fail, trusted issuers, keys) with a {@link TokenStatusListCache}, plus Status List Tokens the
 * caller already holds (offline use).
 *
 * @example
 * ```ts
 * import { createTokenStatusListCache, type TokenStatusOptions } from 'microcred/eudi';
 * const options: TokenStatusOptions = { cache: createTokenStatusListCache(), timeoutMs: 3000, softFail: false };
 * ```
 * @category EUDI status
 */
export interface TokenStatusOptions extends Omit<StatusOptions, 'cache' | 'maxBytes'> {
  /** Largest Status List Token accepted, in bytes (default 1 MiB). */
  readonly maxBytes?: number;
  /** A cache shared between verifications; by default each call fetches afresh. */
  readonly cache?: TokenStatusListCache;
  /**
   * Status List Tokens you already hold, by `uri`: used instead of fetching, and verified exactly like fetched
   * ones (signature with your keys, `typ`, `sub`, `iat`, `exp`). Handy offline or behind your own fetcher.
   */
  readonly tokens?: Readonly<Record<string, string>>;
}

/** {@link TokenStatusOptions} validated, with defaults. */
export interface ResolvedTokenStatusOptions extends Omit<ResolvedStatusOptions, 'cache'> {
  readonly cache: TokenStatusListCache;
  readonly tokens: ReadonlyMap<string, string>;
}

/**
 * Validates the `status` option of an EUDI verification (every misuse is `ERR_OPTIONS_INVALID`): `false` turns
 * checking off; anything else goes through the `microcred/jwt` status rules, plus the cache and tokens.
 */
export function resolveTokenStatusOptions(options: unknown): ResolvedTokenStatusOptions | false {
  if (options === false) return false;
  const o = options ?? {};
  if (!isPlainObject(o)) throw new MicrocredOptionsError('status', 'must be an object or false');
  const { cache, tokens, ...rest } = o;
  if (cache !== undefined && !(isPlainObject(cache) && 'lists' in cache && 'defaultTtlMs' in cache)) {
    throw new MicrocredOptionsError('status.cache', 'must come from createTokenStatusListCache()');
  }
  const held = new Map<string, string>();
  if (tokens !== undefined) {
    if (!isPlainObject(tokens)) throw new MicrocredOptionsError('status.tokens', 'must map URIs to tokens');
    for (const [uri, token] of Object.entries(tokens)) {
      if (typeof token !== 'string') throw new MicrocredOptionsError(`status.tokens.${uri}`, 'must be a JWT string');
      held.set(uri, token);
    }
  }
  return {
    ...resolveStatusOptions(rest),
    cache: (cache as TokenStatusListCache | undefined) ?? createTokenStatusListCache(),
    tokens: held,
  };
}
