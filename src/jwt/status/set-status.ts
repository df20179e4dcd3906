import { MicrocredOptionsError } from '../../errors.js';
import { isAllocated } from './allocate-status-entry.js';
import { readEntry, type StatusList, type StatusPurpose, writeEntry } from './status-list.js';

/**
 * Sets the status of one allocated entry and returns the new list: `true` revokes (revocation list) or
 * suspends (suspension list), `false` lifts a suspension; a number sets a multi-bit value. Revocation cannot be
 * undone. Publish the list again (re-signed, with a fresh validity window) for verifiers to see the change.
 *
 * @param list - the issuer's list
 * @param index - the entry's `statusListIndex` (decimal string) or a number
 * @param value - `true`/`false`, or a value 0 … 2^statusSize − 1
 * @returns the new list
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for an index out of range or never allocated, a value out of
 *   range, or an attempt to un-revoke
 * @example
 * ```ts
 * import { allocateStatusEntry, createStatusList, setStatus } from 'microcred/jwt';
 * const { list, entry } = allocateStatusEntry(createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' }));
 * const revoked = setStatus(list, entry.statusListIndex, true);
 * ```
 * @typeParam P - the purpose of the list, kept by the returned list
 * @category Status lists
 */
export function setStatus<P extends StatusPurpose>(
  list: StatusList<P>,
  index: string | number,
  value: boolean | number,
): StatusList<P> {
  const i = typeof index === 'string' && /^[0-9]{1,10}$/.test(index) ? Number(index) : index;
  if (typeof i !== 'number' || !Number.isSafeInteger(i) || i < 0 || i >= list.length) {
    throw new MicrocredOptionsError('index', `must be an index of the list (0 … ${list.length - 1})`);
  }
  if (!isAllocated(list.allocated, i)) throw new MicrocredOptionsError('index', 'was never allocated to a credential');
  const max = 2 ** list.statusSize - 1;
  const v = value === true ? 1 : value === false ? 0 : value;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
    throw new MicrocredOptionsError('value', `must be a boolean or an integer from 0 to ${max}`);
  }
  const current = readEntry(list.bits, i, list.statusSize);
  if (list.purpose === 'revocation' && current !== 0 && v === 0) {
    throw new MicrocredOptionsError('value', 'a revocation cannot be undone');
  }
  if (current === v) return list;
  const bits = list.bits.slice();
  writeEntry(bits, i, list.statusSize, v);
  return { ...list, bits };
}
