import { createStatusListCache } from '../status/status-list-cache.js';
import { type BatchOptions, type BatchResult, batchSettings, runBatch, shareResolver } from './batch.js';
import type { KeyInput } from './resolve-key.js';
import {
  resolveCredentialOptions,
  type VerifiedCredential,
  type VerifyCredentialOptions,
  verifyCredentialResolved,
} from './verify-credential.js';

/**
 * Options of {@link verifyCredentials}: the options of {@link verifyCredential} for every token, plus the batch's.
 *
 * @example
 * ```ts
 * import type { VerifyCredentialsOptions } from 'microcred/jwt';
 * const options: VerifyCredentialsOptions = { concurrency: 16, onProgress: ({ done, total }) => console.error(done, total) };
 * ```
 * @category Verifying
 */
export interface VerifyCredentialsOptions extends VerifyCredentialOptions, BatchOptions {}

/**
 * Verifies many micro-credential JWTs (an LMS import, a recognition office's intake) with bounded concurrency.
 * Each token gets its own result, in input order; one bad token never fails the batch. The options are
 * validated once and `now` is read once; key resolutions are shared (each issuer, key id and algorithm is
 * resolved once per batch) and status lists are fetched once per batch through a shared cache (unless the
 * caller passes one).
 *
 * @param tokens - the tokens (any values: each is judged on its own)
 * @param keys - a resolver or one trusted public key
 * @param options - verifier options, `concurrency` (default 8) and `onProgress`
 * @returns one result per token: `{ index, ok: true, value }` or `{ index, ok: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options or a `tokens` that is not an array
 * @example
 * ```ts
 * import { didWebResolver, verifyCredentials } from 'microcred/jwt';
 * declare const tokens: string[];
 * const results = await verifyCredentials(tokens, didWebResolver(), { concurrency: 16 });
 * const accepted = results.filter((r) => r.ok).map((r) => (r.ok ? r.value.credential : undefined));
 * ```
 * @category Verifying
 */
export async function verifyCredentials(
  tokens: readonly unknown[],
  keys: KeyInput,
  options: VerifyCredentialsOptions = {},
): Promise<BatchResult<VerifiedCredential>[]> {
  const { concurrency, onProgress, ...rest } = options ?? {};
  const settings = batchSettings({
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  const { resolved, unmappable } = resolveCredentialOptions(rest);
  const status =
    resolved.status === false || resolved.status.cache !== undefined
      ? resolved.status
      : { ...resolved.status, cache: createStatusListCache() };
  const shared = shareResolver(keys);
  const batchOptions = { ...resolved, status };
  return runBatch(tokens, (token) => verifyCredentialResolved(token, shared, batchOptions, unmappable), settings);
}
