import { MicrocredOptionsError } from '../../errors.js';
import { isPlainObject } from '../keys/key-families.js';
import { decodeStatusList, encodeStatusList } from './encode-status-list.js';
import { createStatusList, type StatusList, type StatusMessage, type StatusPurpose } from './status-list.js';

/**
 * A status list in JSON form, for the issuer's database: the bitstring and the allocation map, each GZIP +
 * base64url encoded. Keep it private: the allocation map tells which indexes were issued.
 *
 * @example
 * ```ts
 * import type { SavedStatusList } from 'microcred/jwt';
 * declare const saved: SavedStatusList;
 * JSON.stringify(saved);
 * ```
 * @typeParam P - the purpose of the saved list
 * @category Status lists
 */
export interface SavedStatusList<P extends StatusPurpose = StatusPurpose> {
  readonly purpose: P;
  readonly url: string;
  readonly statusSize: number;
  readonly length: number;
  readonly encodedList: string;
  readonly encodedAllocation: string;
  readonly allocatedCount: number;
  readonly statusMessages?: readonly StatusMessage[];
}

/**
 * Serialises a list for storage (see {@link loadStatusList}).
 *
 * @param list - the issuer's list
 * @returns a JSON-safe object
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for a malformed list
 * @example
 * ```ts
 * import { createStatusList, loadStatusList, saveStatusList } from 'microcred/jwt';
 * const saved = await saveStatusList(createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' }));
 * const list = await loadStatusList(JSON.parse(JSON.stringify(saved)));
 * ```
 * @typeParam P - the purpose of the list, kept in the saved form
 * @category Status lists
 */
export async function saveStatusList<P extends StatusPurpose>(list: StatusList<P>): Promise<SavedStatusList<P>> {
  const saved = {
    purpose: list.purpose,
    url: list.url,
    statusSize: list.statusSize,
    length: list.length,
    encodedList: await encodeStatusList(list),
    encodedAllocation: await encodeStatusList({ ...list, statusSize: 1, bits: list.allocated }),
    allocatedCount: list.allocatedCount,
  };
  return list.statusMessages === undefined ? saved : { ...saved, statusMessages: list.statusMessages };
}

/**
 * Restores a list saved with {@link saveStatusList}, checking that its parts are consistent.
 *
 * @param saved - the stored object
 * @returns the list
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the object is malformed or inconsistent
 * @example
 * ```ts
 * import { loadStatusList, type SavedStatusList } from 'microcred/jwt';
 * declare const saved: SavedStatusList;
 * const list = await loadStatusList(saved);
 * ```
 * @typeParam P - the purpose recorded in the saved form, kept by the list
 * @category Status lists
 */
export async function loadStatusList<P extends StatusPurpose>(saved: SavedStatusList<P>): Promise<StatusList<P>> {
  if (!isPlainObject(saved)) throw new MicrocredOptionsError('saved', 'must be an object');
  const empty = createStatusList({
    purpose: saved.purpose,
    url: saved.url,
    length: saved.length,
    statusSize: saved.statusSize,
    ...(saved.statusMessages === undefined ? {} : { statusMessages: saved.statusMessages }),
  });
  let bits: Uint8Array;
  let allocated: Uint8Array;
  try {
    bits = await decodeStatusList(saved.encodedList, { maxBytes: empty.bits.length });
    allocated = await decodeStatusList(saved.encodedAllocation, { maxBytes: empty.allocated.length });
  } catch (cause) {
    throw new MicrocredOptionsError('saved', 'holds an unreadable bitstring', { cause });
  }
  let count = 0;
  for (const byte of allocated) for (let b = byte; b !== 0; b &= b - 1) count += 1;
  if (
    bits.length !== empty.bits.length ||
    allocated.length !== empty.allocated.length ||
    count !== saved.allocatedCount
  ) {
    throw new MicrocredOptionsError('saved', 'is inconsistent (sizes or allocation count differ)');
  }
  return { ...empty, bits, allocated, allocatedCount: count };
}
