import { loadStatusList, type StatusContext } from './load-status-list.js';
import { MIN_STATUS_LIST_ENTRIES, readEntry } from './status-bits.js';
import { parseStatusEntry } from './status-entry.js';
import { isInterpretedPurpose } from './status-purpose.js';
import type { StatusResult } from './status-result.js';

/**
 * `checkStatus` with a resolved context (used by the verifier for each entry). This module and the
 * status-list reader it imports are loaded on demand, only when an entry must be checked.
 */
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
