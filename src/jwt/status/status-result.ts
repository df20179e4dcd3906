/**
 * Why a status could not be established, as named by Bitstring Status List v1.0 §3.2 (validation errors).
 *
 * @example
 * ```ts
 * import type { StatusReason } from 'microcred/jwt';
 * const reason: StatusReason = 'STATUS_RETRIEVAL_ERROR';
 * ```
 * @category Status lists
 */
export type StatusReason =
  | 'STATUS_RETRIEVAL_ERROR'
  | 'STATUS_VERIFICATION_ERROR'
  | 'MALFORMED_VALUE_ERROR'
  | 'STATUS_LIST_LENGTH_ERROR'
  | 'RANGE_ERROR';

/**
 * The outcome of one `credentialStatus` entry. `unknown` (with a `reason`) is never a pass: the verifier
 * fails with `ERR_STATUS_UNAVAILABLE` unless the caller chose soft-fail.
 *
 * @example
 * ```ts
 * import type { StatusResult } from 'microcred/jwt';
 * const result: StatusResult = {
 *   purpose: 'revocation',
 *   list: 'https://uni.example/status/1',
 *   index: '94567',
 *   outcome: 'valid',
 * };
 * ```
 * @category Status lists
 */
export interface StatusResult {
  /** The entry's `statusPurpose` (`revocation`, `suspension`, `message`, `refresh`). */
  readonly purpose: string;
  /** The status list credential URL. */
  readonly list: string;
  /** The entry's index, normalised (no leading zeros). */
  readonly index: string;
  readonly outcome: 'valid' | 'revoked' | 'suspended' | 'unknown';
  /** Why the outcome is `unknown`. */
  readonly reason?: StatusReason;
  /** For some `unknown` outcomes, the reason in words (e.g. a `statusPurpose` the verifier does not interpret). */
  readonly detail?: string;
  /** The raw status value read from the list (0 … 2^statusSize − 1). */
  readonly value?: number;
  /** For `statusSize` > 1: the `statusMessage` text matching the value. */
  readonly message?: string;
}
