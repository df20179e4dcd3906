import { MicrocredError } from '../../errors.js';
import type { StatusList, StatusPurpose } from './status-list.js';

/**
 * A `credentialStatus` entry for a new credential (Bitstring Status List v1.0 `BitstringStatusListEntry`).
 *
 * @example
 * ```ts
 * import type { BitstringStatusListEntry } from 'microcred/jwt';
 * const entry: BitstringStatusListEntry = {
 *   type: 'BitstringStatusListEntry',
 *   statusPurpose: 'revocation',
 *   statusListIndex: '94567',
 *   statusListCredential: 'https://uni.example/status/r1',
 * };
 * ```
 * @typeParam P - the purpose of the list the entry belongs to
 * @category Status lists
 */
export interface BitstringStatusListEntry<P extends StatusPurpose = StatusPurpose> {
  readonly type: 'BitstringStatusListEntry';
  /** The purpose of the list the index belongs to. */
  readonly statusPurpose: P;
  /** The index in the list, as a decimal string. */
  readonly statusListIndex: string;
  /** The URL the signed list credential is published at. */
  readonly statusListCredential: string;
  /** Bits per entry, only when more than 1. */
  readonly statusSize?: number;
  /** The text of each value, only for lists with messages. */
  readonly statusMessage?: readonly { readonly status: string; readonly message: string }[];
}

/** Draws this many times by rejection before switching to picking the k-th free index (still uniform). */
const MAX_DRAWS = 64;

/**
 * Allocates a fresh index at random for a new credential and returns the entry to put in its `credentialStatus`.
 * The index is drawn uniformly among the unused ones with `crypto.getRandomValues` (rejection sampling, no
 * modulo bias); sequential indexes would leak issuance order and volume. An index is never handed out twice.
 *
 * @param list - the issuer's list
 * @returns the new list (with the index marked allocated) and the entry
 * @throws MicrocredError `ERR_STATUS_LIST_FULL` when every index is in use (open a new list well before that)
 * @example
 * ```ts
 * import { allocateStatusEntry, createStatusList } from 'microcred/jwt';
 * let list = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
 * const allocated = allocateStatusEntry(list);
 * list = allocated.list;
 * allocated.entry.statusListIndex; // e.g. '94567'
 * ```
 * @typeParam P - the purpose of the list, carried to the entry
 * @category Status lists
 */
export function allocateStatusEntry<P extends StatusPurpose>(
  list: StatusList<P>,
): { list: StatusList<P>; entry: BitstringStatusListEntry<P> } {
  const free = list.length - list.allocatedCount;
  if (free <= 0)
    throw new MicrocredError('ERR_STATUS_LIST_FULL', `All ${list.length} indexes of ${list.url} are in use`);
  let index = -1;
  for (let draw = 0; draw < MAX_DRAWS && index < 0; draw += 1) {
    const candidate = uniform(list.length);
    if (!isAllocated(list.allocated, candidate)) index = candidate;
  }
  if (index < 0) index = nthFree(list, uniform(free));
  const allocated = list.allocated.slice();
  allocated[index >> 3] = (allocated[index >> 3] as number) | (1 << (7 - (index & 7)));
  const entry: BitstringStatusListEntry<P> = {
    type: 'BitstringStatusListEntry',
    statusPurpose: list.purpose,
    statusListIndex: String(index),
    statusListCredential: list.url,
    ...(list.statusSize > 1 ? { statusSize: list.statusSize } : {}),
    ...(list.statusMessages === undefined ? {} : { statusMessage: list.statusMessages }),
  };
  return { list: { ...list, allocated, allocatedCount: list.allocatedCount + 1 }, entry };
}

/** Whether index `i` is allocated. */
export function isAllocated(allocated: Uint8Array, i: number): boolean {
  return (((allocated[i >> 3] as number) >> (7 - (i & 7))) & 1) === 1;
}

/** A uniform integer in [0, n) from `crypto.getRandomValues`, by rejection sampling (n ≤ 2^32). */
export function uniform(n: number): number {
  const limit = 2 ** 32 - (2 ** 32 % n);
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] as number;
    if (value < limit) return value % n;
  }
}

function nthFree(list: StatusList, k: number): number {
  let seen = 0;
  for (let i = 0; i < list.length; i += 1) {
    if (!isAllocated(list.allocated, i)) {
      if (seen === k) return i;
      seen += 1;
    }
  }
  throw new MicrocredError('ERR_STATUS_LIST_FULL', `All ${list.length} indexes of ${list.url} are in use`);
}
