import type { SigningAlgorithm } from '../algorithms.js';
import { DEFAULT_ALGORITHMS, resolveVerifyOptions } from '../verify/options.js';
import type { KeyInput } from '../verify/resolve-key.js';
import { loadStatusList, type StatusContext } from './load-status-list.js';
import { parseStatusEntry } from './status-entry.js';
import { MIN_STATUS_LIST_ENTRIES, readEntry } from './status-list.js';
import { cacheFor, resolveStatusOptions, type StatusOptions } from './status-options.js';
import type { StatusResult } from './status-result.js';

/**
 * Options of {@link checkStatus}: the status options plus the verification context of the credential.
 *
 * @example
 * ```ts
 * import type { CheckStatusOptions } from 'microcred/jwt';
 * const options: CheckStatusOptions = { issuer: 'https://uni.example', clockTolerance: 60 };
 * ```
 * @category Status lists
 */
export interface CheckStatusOptions extends StatusOptions {
  /** The issuer of the credential the entry belongs to: the list must be this issuer's (or a trusted one's). */
  readonly issuer: string;
  readonly now?: Date;
  readonly clockTolerance?: number;
  readonly algorithms?: readonly SigningAlgorithm[];
  readonly signal?: AbortSignal;
}

/**
 * Checks one `BitstringStatusListEntry` (Bitstring Status List v1.0 §3.2): fetches the list credential under the
 * network limits, verifies it through the same pipeline as credentials (signature, issuer, validity), checks
 * the purpose, decodes the list with a cap on inflation, checks its length (≥ 131,072 entries) and the index
 * range, and reads the value. The result is `valid`, `revoked`, `suspended`, or `unknown` with the
 * specification's reason: a list that cannot be fetched, verified or decoded never yields `valid`, and neither
 * does an entry whose `statusPurpose` is not one of `revocation`, `suspension`, `message`, `refresh` (it is
 * `unknown`, `STATUS_VERIFICATION_ERROR`, with a `detail`, and nothing is fetched for it).
 * {@link verifyCredential} runs this for every entry; call it directly to re-check a stored credential.
 *
 * @param entry - the `credentialStatus` entry (untrusted JSON)
 * @param keys - the keys or resolver that verify the list credential
 * @param options - the credential's issuer, network, cache and clock options
 * @returns the outcome; it never throws for a faulty list or entry
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { checkStatus, didWebResolver } from 'microcred/jwt';
 * const entry = {
 *   type: 'BitstringStatusListEntry',
 *   statusPurpose: 'revocation',
 *   statusListIndex: '94567',
 *   statusListCredential: 'https://uni.example/status/r1',
 * };
 * const result = await checkStatus(entry, didWebResolver(), { issuer: 'did:web:uni.example' });
 * if (result.outcome !== 'valid') console.log(result.outcome, result.reason);
 * ```
 * @category Status lists
 */
export async function checkStatus(entry: unknown, keys: KeyInput, options: CheckStatusOptions): Promise<StatusResult> {
  const { issuer, now, clockTolerance, algorithms, signal, ...statusOptions } = options;
  const verify = resolveVerifyOptions({
    ...(now === undefined ? {} : { now }),
    ...(clockTolerance === undefined ? {} : { clockTolerance }),
    algorithms: algorithms ?? DEFAULT_ALGORITHMS,
    ...(signal === undefined ? {} : { signal }),
  });
  const status = resolveStatusOptions(statusOptions);
  const context: StatusContext = {
    keys,
    status,
    cache: cacheFor(status),
    now: verify.now,
    clockTolerance: verify.clockTolerance,
    algorithms: verify.algorithms,
    limits: verify.limits,
    signal: signal ?? new AbortController().signal,
  };
  return checkStatusEntry(entry, issuer, context);
}

/**
 * The purposes of Bitstring Status List v1.0 §2.1 that the verifier interprets: `revocation` and `suspension`
 * decide the outcome; `message` and `refresh` are reported (value, message) and never change it.
 */
const INTERPRETED_PURPOSES: readonly string[] = ['revocation', 'suspension', 'message', 'refresh'];

/** Whether an entry's `statusPurpose` is one the verifier interprets (see {@link checkStatus}). */
export function isInterpretedPurpose(purpose: unknown): boolean {
  return typeof purpose === 'string' && INTERPRETED_PURPOSES.includes(purpose);
}

/** {@link checkStatus} with a resolved context (used by the verifier for each entry). */
export async function checkStatusEntry(entry: unknown, issuer: string, context: StatusContext): Promise<StatusResult> {
  const parsed = parseStatusEntry(entry);
  const raw = entry as Record<string, unknown> | undefined;
  if (!parsed.ok) {
    return {
      purpose: String(raw?.['statusPurpose'] ?? ''),
      list: String(raw?.['statusListCredential'] ?? ''),
      index: String(raw?.['statusListIndex'] ?? ''),
      outcome: 'unknown',
      reason: 'MALFORMED_VALUE_ERROR',
    };
  }
  const e = parsed.entry;
  const base = { purpose: e.purpose, list: e.list, index: e.indexText };
  if (!isInterpretedPurpose(e.purpose)) {
    // A purpose we cannot interpret says nothing either way, set bit or not: never `valid`, and nothing fetched.
    return {
      ...base,
      outcome: 'unknown',
      reason: 'STATUS_VERIFICATION_ERROR',
      detail: `the status purpose ${JSON.stringify(e.purpose)} is not one this verifier interprets`,
    };
  }
  const revokedKey = `${e.list}\n${e.indexText}`;
  if (e.purpose === 'revocation' && context.cache.revoked.has(revokedKey))
    return { ...base, outcome: 'revoked', value: 1 };
  const list = await loadStatusList(e.list, context);
  if (!list.ok) return { ...base, outcome: 'unknown', reason: list.reason };
  if (list.issuer !== issuer && !context.status.trustedIssuers.includes(list.issuer)) {
    return { ...base, outcome: 'unknown', reason: 'STATUS_VERIFICATION_ERROR' };
  }
  if (!list.purposes.includes(e.purpose)) return { ...base, outcome: 'unknown', reason: 'STATUS_VERIFICATION_ERROR' };
  const bitLength = BigInt(list.bits.length) * 8n;
  const size = BigInt(e.statusSize);
  if (bitLength / size < BigInt(MIN_STATUS_LIST_ENTRIES))
    return { ...base, outcome: 'unknown', reason: 'STATUS_LIST_LENGTH_ERROR' };
  if ((e.index + 1n) * size > bitLength) return { ...base, outcome: 'unknown', reason: 'RANGE_ERROR' };
  const value = readEntry(list.bits, Number(e.index), e.statusSize);
  const message = e.messages?.get(value);
  const withValue = { ...base, value, ...(message === undefined ? {} : { message }) };
  if (value === 0) return { ...withValue, outcome: 'valid' };
  if (e.purpose === 'revocation') {
    context.cache.revoked.add(revokedKey);
    return { ...withValue, outcome: 'revoked' };
  }
  if (e.purpose === 'suspension') return { ...withValue, outcome: 'suspended' };
  return { ...withValue, outcome: 'valid' };
}
