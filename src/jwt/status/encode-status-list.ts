import { MicrocredOptionsError } from '../../errors.js';
import { encodeBase64url } from '../encoding/base64url.js';
import { gzip } from '../encoding/gzip.js';
import { inflateStatusList } from './inflate-status-list.js';
import { MIN_STATUS_LIST_ENTRIES, type StatusList } from './status-list.js';

/**
 * Encodes a list's bitstring as Bitstring Status List v1.0 `encodedList`: GZIP (through the Web
 * `CompressionStream`), then multibase base64url without padding (prefix `u`).
 *
 * @param list - a list of at least 131,072 entries
 * @returns the `encodedList` value
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for a list shorter than the minimum
 * @example
 * ```ts
 * import { createStatusList, encodeStatusList } from 'microcred/jwt';
 * const encoded = await encodeStatusList(createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' }));
 * encoded.startsWith('uH4sI'); // true: "u" + base64url of the GZIP magic bytes
 * ```
 * @category Status lists
 */
export async function encodeStatusList(list: StatusList): Promise<string> {
  if (!(list.length >= MIN_STATUS_LIST_ENTRIES) || list.bits.length * 8 < list.length * list.statusSize) {
    throw new MicrocredOptionsError('list', `must have at least ${MIN_STATUS_LIST_ENTRIES} entries`);
  }
  return `u${encodeBase64url(await gzip(list.bits))}`;
}

/**
 * Options of {@link decodeStatusList}.
 *
 * @example
 * ```ts
 * import type { DecodeStatusListOptions } from 'microcred/jwt';
 * const options: DecodeStatusListOptions = { maxBytes: 1024 * 1024 };
 * ```
 * @category Status lists
 */
export interface DecodeStatusListOptions {
  /** Largest inflated bitstring accepted, in bytes (default 16 MiB); inflation stops as soon as it is passed. */
  readonly maxBytes?: number;
}

/**
 * Decodes an `encodedList`: requires the multibase `u` prefix and canonical base64url, then inflates the GZIP
 * data as a stream with an output cap, so a decompression bomb is stopped after `maxBytes`.
 *
 * @param encoded - the `encodedList` value
 * @param options - the output cap
 * @returns the bitstring
 * @throws MicrocredError `ERR_STATUS_UNAVAILABLE` for a missing prefix, bad base64url, corrupt GZIP data or
 *   output over the cap
 * @example
 * ```ts
 * import { createStatusList, decodeStatusList, encodeStatusList } from 'microcred/jwt';
 * const list = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
 * const bits = await decodeStatusList(await encodeStatusList(list));
 * bits.length; // 16384
 * ```
 * @category Status lists
 */
export async function decodeStatusList(encoded: string, options: DecodeStatusListOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1)
    throw new MicrocredOptionsError('maxBytes', 'must be a positive integer');
  return inflateStatusList(encoded, maxBytes);
}
