import { fail } from '../../jwt/jwt-error.js';
import { isPlainObject } from '../../jwt/keys/key-families.js';

/**
 * The Token Status List outcome of a presentation. `unknown` is never taken for `valid`: without `softFail`,
 * it fails the verification with `ERR_STATUS_UNAVAILABLE`.
 *
 * @example
 * ```ts
 * import type { TokenStatusResult } from 'microcred/eudi';
 * const status: TokenStatusResult = { uri: 'https://uni.example/status/1', idx: 7, outcome: 'unknown', reason: 'NOT_CHECKED' };
 * ```
 * @category EUDI
 */
export interface TokenStatusResult {
  readonly uri: string;
  readonly idx: number;
  readonly outcome: 'valid' | 'revoked' | 'suspended' | 'unknown';
  readonly reason?: string;
}

/**
 * Reads `status.status_list` and decides. Fetching and verifying the Status List Token is not implemented
 * yet, so an entry always comes out `unknown` (fail closed), never `valid`.
 */
export function checkTokenStatus(
  payload: Readonly<Record<string, unknown>>,
  softFail: boolean,
): TokenStatusResult | undefined {
  const status = payload['status'];
  if (status === undefined) return undefined;
  const list = isPlainObject(status) ? status['status_list'] : undefined;
  if (!isPlainObject(list))
    return fail('ERR_JWT_CLAIM_INVALID', '"status" must hold a "status_list" entry', ['payload', 'status']);
  const { idx, uri } = list;
  if (typeof idx !== 'number' || !Number.isSafeInteger(idx) || idx < 0 || typeof uri !== 'string') {
    return fail('ERR_JWT_CLAIM_INVALID', '"status.status_list" needs an integer idx and a uri', ['payload', 'status']);
  }
  const result: TokenStatusResult = { uri, idx, outcome: 'unknown', reason: 'NOT_CHECKED' };
  if (!softFail) {
    fail(
      'ERR_STATUS_UNAVAILABLE',
      'Token Status List checking is not supported yet; pass status.softFail to accept unknown',
      ['payload', 'status'],
    );
  }
  return result;
}
