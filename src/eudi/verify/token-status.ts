import type { MicrocredErrorCode } from '../../errors.js';
import { fail, MicrocredJwtError, type VerificationCheck } from '../../jwt/jwt-error.js';
import { isPlainObject } from '../../jwt/keys/key-families.js';
import { createDeadline } from '../../jwt/net/deadline.js';
import type { StatusReason, StatusResult } from '../../jwt/status/status-result.js';
import type { ResolvedVerifyOptions } from '../../jwt/verify/options.js';
import type { KeyInput } from '../../jwt/verify/resolve-key.js';
import { loadTokenStatusList } from '../status/load-token-status-list.js';
import { readTokenEntry, TOKEN_STATUS } from '../status/token-status-list.js';
import type { ResolvedTokenStatusOptions } from '../status/token-status-options.js';

/**
 * Why a Token Status List entry came out `unknown`: the Bitstring Status List reasons the JWT verifier uses
 * (retrieval, verification, malformed list, index out of range), plus `UNKNOWN_STATUS_TYPE` for a value other
 * than VALID, INVALID or SUSPENDED (0x03 and up are application specific or unassigned).
 *
 * @example
 * ```ts
 * import type { TokenStatusReason } from 'microcred/eudi';
 * const reason: TokenStatusReason = 'RANGE_ERROR';
 * ```
 * @category EUDI status
 */
export type TokenStatusReason = StatusReason | 'UNKNOWN_STATUS_TYPE';

/**
 * The Token Status List outcome of a presentation: `valid` (0x00), `revoked` (0x01 INVALID), `suspended`
 * (0x02), or `unknown` with a `reason`, the error `code` behind it and a `detail` text. `unknown` is never
 * taken for `valid`: without `softFail`, it fails the verification with `ERR_STATUS_UNAVAILABLE`.
 *
 * @example
 * ```ts
 * import type { TokenStatusResult } from 'microcred/eudi';
 * const status: TokenStatusResult = {
 *   uri: 'https://uni.example/status/1',
 *   idx: 7,
 *   outcome: 'unknown',
 *   reason: 'STATUS_VERIFICATION_ERROR',
 *   code: 'ERR_JWT_EXPIRED',
 * };
 * ```
 * @category EUDI
 */
export interface TokenStatusResult {
  readonly uri: string;
  readonly idx: number;
  readonly outcome: 'valid' | 'revoked' | 'suspended' | 'unknown';
  readonly reason?: TokenStatusReason;
  /** The raw status value read from the list (0 … 2^bits − 1). */
  readonly value?: number;
  /** For `unknown`: the error that stopped the check (`ERR_JWT_SIGNATURE`, `ERR_JWT_EXPIRED`, …). */
  readonly code?: MicrocredErrorCode;
  readonly detail?: string;
}

const PATH = ['payload', 'status', 'status_list'];

/** Reads `status.status_list` (never disclosable, so it is in the signed payload) strictly; undefined without `status`. */
export function readStatusReference(
  payload: Readonly<Record<string, unknown>>,
): { uri: string; idx: number } | undefined {
  const status = payload['status'];
  if (status === undefined) return undefined;
  const list = isPlainObject(status) ? status['status_list'] : undefined;
  if (!isPlainObject(list))
    return fail('ERR_JWT_CLAIM_INVALID', '"status" must hold a "status_list" entry', ['payload', 'status']);
  const { idx, uri } = list;
  if (typeof idx !== 'number' || !Number.isSafeInteger(idx) || idx < 0 || typeof uri !== 'string' || uri === '') {
    return fail('ERR_JWT_CLAIM_INVALID', '"status.status_list" needs an integer idx ≥ 0 and a uri', PATH);
  }
  return { uri, idx };
}

/**
 * The status step, after every other check passed (draft §8.3: the token's own rules come first). Revoked →
 * `ERR_CREDENTIAL_REVOKED`; suspended → `ERR_CREDENTIAL_SUSPENDED`; unknown → `ERR_STATUS_UNAVAILABLE`, or with
 * soft-fail a result that says `unknown`, never `valid`. `status: false` skips the check (`not-checked`).
 */
export async function tokenStatusStep(
  payload: Readonly<Record<string, unknown>>,
  issuer: string,
  keys: KeyInput,
  options: ResolvedVerifyOptions,
  status: ResolvedTokenStatusOptions | false,
  checks: VerificationCheck[],
): Promise<TokenStatusResult | undefined> {
  const reference = readStatusReference(payload);
  if (reference === undefined || status === false) {
    checks.push({ name: 'status', outcome: reference === undefined ? 'not-applicable' : 'not-checked' });
    return reference === undefined ? undefined : { ...reference, outcome: 'unknown' };
  }
  const deadline = createDeadline(options.timeoutMs, options.signal);
  let result: TokenStatusResult;
  try {
    const loaded = await loadTokenStatusList(reference.uri, {
      issuer,
      keys: status.keys ?? keys,
      status,
      trustedIssuers: status.trustedIssuers,
      algorithms: options.algorithms,
      nowSeconds: Math.floor(options.now.getTime() / 1000),
      clockTolerance: options.clockTolerance,
      deadline,
    });
    result = loaded.ok
      ? outcomeOf(reference, loaded.list)
      : { ...reference, outcome: 'unknown', reason: loaded.reason, code: loaded.code, detail: loaded.detail };
  } finally {
    deadline.dispose();
  }
  decide(result, status.softFail);
  checks.push({ name: 'status', outcome: result.outcome === 'valid' ? 'passed' : 'not-checked' });
  return result;
}

function outcomeOf(
  reference: { uri: string; idx: number },
  list: { bits: 1 | 2 | 4 | 8; length: number; bytes: Uint8Array },
): TokenStatusResult {
  if (reference.idx >= list.length) {
    return { ...reference, outcome: 'unknown', reason: 'RANGE_ERROR', detail: `The list has ${list.length} entries` };
  }
  const value = readTokenEntry(list.bytes, list.bits, reference.idx);
  if (value === TOKEN_STATUS.VALID) return { ...reference, outcome: 'valid', value };
  if (value === TOKEN_STATUS.INVALID) return { ...reference, outcome: 'revoked', value };
  if (value === TOKEN_STATUS.SUSPENDED) return { ...reference, outcome: 'suspended', value };
  return { ...reference, outcome: 'unknown', value, reason: 'UNKNOWN_STATUS_TYPE' };
}

function decide(result: TokenStatusResult, softFail: boolean): void {
  const status = [asStatusResult(result)];
  if (result.outcome === 'revoked') {
    throw new MicrocredJwtError('ERR_CREDENTIAL_REVOKED', 'The credential has been revoked', { path: PATH, status });
  }
  if (result.outcome === 'suspended') {
    throw new MicrocredJwtError('ERR_CREDENTIAL_SUSPENDED', 'The credential is suspended', { path: PATH, status });
  }
  if (result.outcome === 'unknown' && !softFail) {
    const why = [result.reason, result.code].filter((p) => p !== undefined).join(', ');
    throw new MicrocredJwtError('ERR_STATUS_UNAVAILABLE', `The status could not be established (${why})`, {
      path: PATH,
      status,
    });
  }
}

/** The result in the shape errors of the JWT verifier carry (`purpose` names the mechanism). */
function asStatusResult(result: TokenStatusResult): StatusResult {
  // An unassigned status value has no Bitstring Status List reason: the value itself says it.
  const reason = result.reason === 'UNKNOWN_STATUS_TYPE' ? undefined : result.reason;
  return {
    purpose: 'status_list',
    list: result.uri,
    index: String(result.idx),
    outcome: result.outcome,
    ...(reason === undefined ? {} : { reason }),
    ...(result.value === undefined ? {} : { value: result.value }),
  };
}
