import { MicrocredOptionsError } from '../../errors.js';
import type { MicrocredJwtError } from '../jwt-error.js';
import { type KeyRequest, markTraits, type ResolvedKey, traitsOf, withHandles } from '../resolvers/types.js';
import { mapVerifyError } from './map-error.js';
import type { KeyInput } from './resolve-key.js';

/**
 * One token's outcome in a batch, at the token's position in the input.
 *
 * @example
 * ```ts
 * import type { BatchResult } from 'microcred/jwt';
 * function count(results: readonly BatchResult<unknown>[]): number {
 *   return results.filter((r) => r.ok).length;
 * }
 * ```
 * @category Verifying
 */
export type BatchResult<T> =
  | { readonly index: number; readonly ok: true; readonly value: T }
  | { readonly index: number; readonly ok: false; readonly error: MicrocredJwtError };

/**
 * Progress of a batch, reported after each token.
 *
 * @example
 * ```ts
 * import type { BatchProgress } from 'microcred/jwt';
 * const show = (p: BatchProgress) => console.error(`${p.done}/${p.total} (${p.failed} failed)`);
 * ```
 * @category Verifying
 */
export interface BatchProgress {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
}

/**
 * Batch options.
 *
 * @example
 * ```ts
 * import type { BatchOptions } from 'microcred/jwt';
 * const options: BatchOptions = { concurrency: 16, onProgress: (p) => void p };
 * ```
 * @category Verifying
 */
export interface BatchOptions {
  /** Tokens verified at the same time (default 8, at most 256). */
  readonly concurrency?: number;
  /** Called after each token; an exception it throws is ignored. */
  readonly onProgress?: (progress: BatchProgress) => void;
}

/** Splits batch options from the per-token options and validates them. */
export function batchSettings(options: BatchOptions): {
  concurrency: number;
  onProgress: ((p: BatchProgress) => void) | undefined;
} {
  const concurrency = options.concurrency ?? 8;
  if (!Number.isSafeInteger(concurrency) || concurrency < 1 || concurrency > 256) {
    throw new MicrocredOptionsError('concurrency', 'must be an integer from 1 to 256');
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new MicrocredOptionsError('onProgress', 'must be a function');
  }
  return { concurrency, onProgress: options.onProgress };
}

/**
 * Wraps a resolver so that within one batch each (issuer, kid, algorithm) is resolved once, however many tokens
 * need it: a DID document or JWKS is fetched once per batch even with a resolver that has no cache of its own.
 */
export function shareResolver(keys: KeyInput): KeyInput {
  if (typeof keys !== 'function') return keys;
  const memo = new Map<string, Promise<ResolvedKey>>();
  const shared = (request: KeyRequest): Promise<ResolvedKey> => {
    const id = `${request.issuer}\n${request.kid ?? ''}\n${request.alg}\n${request.profile}`;
    let pending = memo.get(id);
    if (pending === undefined) {
      pending = keys(request);
      memo.set(id, pending);
    }
    return pending;
  };
  const traits = traitsOf(keys);
  return keys.handles === undefined ? markTraits(shared, traits) : withHandles(shared, keys.handles, traits);
}

/** Runs `verifyOne` over every token with bounded concurrency; a failure is a result, never a rejection. */
export async function runBatch<T>(
  tokens: readonly unknown[],
  verifyOne: (token: unknown) => Promise<T>,
  settings: { concurrency: number; onProgress: ((p: BatchProgress) => void) | undefined },
): Promise<BatchResult<T>[]> {
  if (!Array.isArray(tokens)) throw new MicrocredOptionsError('tokens', 'must be an array');
  const results = new Array<BatchResult<T>>(tokens.length);
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async (): Promise<void> => {
    while (next < tokens.length) {
      const index = next;
      next += 1;
      try {
        results[index] = { index, ok: true, value: await verifyOne(tokens[index]) };
      } catch (error) {
        failed += 1;
        results[index] = { index, ok: false, error: mapVerifyError(error, 'other') };
      }
      done += 1;
      try {
        settings.onProgress?.({ done, total: tokens.length, failed });
      } catch {
        // A failing progress callback must not stop the batch.
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency, tokens.length) }, worker));
  return results;
}
