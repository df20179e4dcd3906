import { isPlainObject } from '../keys/key-families.js';

/** A `BitstringStatusListEntry` parsed strictly. */
export interface StatusEntry {
  readonly purpose: string;
  readonly index: bigint;
  readonly indexText: string;
  readonly list: string;
  readonly statusSize: number;
  readonly messages: ReadonlyMap<number, string> | undefined;
}

/**
 * Parses a status entry by the Bitstring Status List rules: `statusListIndex` a decimal string (no sign, space,
 * exponent, hex or JSON number; leading zeros tolerated and removed), `statusSize` an integer 1 … 8,
 * `statusMessage` present with exactly 2^statusSize entries when `statusSize` > 1, an `id` other than the list
 * URL. Returns the reason text when the entry is malformed.
 */
export function parseStatusEntry(entry: unknown): { ok: true; entry: StatusEntry } | { ok: false; detail: string } {
  if (!isPlainObject(entry)) return { ok: false, detail: 'the entry is not an object' };
  const purpose = entry['statusPurpose'];
  const index = entry['statusListIndex'];
  const list = entry['statusListCredential'];
  const size = entry['statusSize'] ?? 1;
  if (typeof purpose !== 'string' || purpose.length === 0) return { ok: false, detail: 'statusPurpose is missing' };
  if (typeof index !== 'string' || !/^[0-9]{1,20}$/.test(index)) {
    return { ok: false, detail: 'statusListIndex must be a decimal string' };
  }
  if (typeof list !== 'string' || list.length === 0) return { ok: false, detail: 'statusListCredential is missing' };
  if (entry['id'] !== undefined && entry['id'] === list) return { ok: false, detail: 'the entry id is the list URL' };
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 8) {
    return { ok: false, detail: 'statusSize must be an integer from 1 to 8' };
  }
  const messages = size > 1 ? parseMessages(entry['statusMessage'], size) : undefined;
  if (size > 1 && messages === undefined) {
    return { ok: false, detail: `statusMessage must list the ${2 ** size} status values` };
  }
  const value = BigInt(index);
  return {
    ok: true,
    entry: { purpose, index: value, indexText: value.toString(), list, statusSize: size, messages },
  };
}

function parseMessages(value: unknown, size: number): Map<number, string> | undefined {
  if (!Array.isArray(value) || value.length !== 2 ** size) return undefined;
  const messages = new Map<number, string>();
  for (const item of value) {
    if (!isPlainObject(item) || typeof item['status'] !== 'string' || typeof item['message'] !== 'string')
      return undefined;
    if (!/^0x[0-9a-fA-F]{1,2}$/.test(item['status'])) return undefined;
    const status = Number.parseInt(item['status'].slice(2), 16);
    if (status >= 2 ** size || messages.has(status)) return undefined;
    messages.set(status, item['message']);
  }
  return messages;
}
