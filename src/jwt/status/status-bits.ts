/**
 * The smallest list Bitstring Status List v1.0 allows: 131,072 entries (16 KiB at one bit each), so that the
 * list's herd hides which credential a verifier checks.
 *
 * @example
 * ```ts
 * import { MIN_STATUS_LIST_ENTRIES } from 'microcred/jwt';
 * MIN_STATUS_LIST_ENTRIES; // 131072
 * ```
 * @category Status lists
 */
export const MIN_STATUS_LIST_ENTRIES = 131_072;

/** Reads entry `index` (statusSize bits, high bit first). */
export function readEntry(bits: Uint8Array, index: number, statusSize: number): number {
  let value = 0;
  const start = index * statusSize;
  for (let b = start; b < start + statusSize; b += 1) {
    value = (value << 1) | (((bits[b >> 3] as number) >> (7 - (b & 7))) & 1);
  }
  return value;
}

/** Writes entry `index` in place (used on a fresh copy only). */
export function writeEntry(bits: Uint8Array, index: number, statusSize: number, value: number): void {
  const start = index * statusSize;
  for (let i = 0; i < statusSize; i += 1) {
    const b = start + i;
    const bit = (value >> (statusSize - 1 - i)) & 1;
    const mask = 1 << (7 - (b & 7));
    bits[b >> 3] = bit === 1 ? (bits[b >> 3] as number) | mask : (bits[b >> 3] as number) & ~mask;
  }
}
