import { MicrocredOptionsError } from '../../errors.js';
import { isPlainObject } from '../../jwt/keys/key-families.js';

/**
 * Bits per entry of a Token Status List (draft-ietf-oauth-status-list §4.1): 1, 2, 4 or 8, so an entry never
 * spans two bytes.
 *
 * @example
 * ```ts
 * import type { TokenStatusBits } from 'microcred/eudi';
 * const bits: TokenStatusBits = 2; // room for VALID, INVALID, SUSPENDED and one application value
 * ```
 * @category EUDI status
 */
export type TokenStatusBits = 1 | 2 | 4 | 8;

/**
 * The Status Types the draft registers (§7.1): `VALID` 0x00, `INVALID` 0x01 (revoked, for good), `SUSPENDED`
 * 0x02 (reversible). 0x03 and 0x0C–0x0F are application specific; other values are reserved.
 *
 * @example
 * ```ts
 * import { TOKEN_STATUS } from 'microcred/eudi';
 * TOKEN_STATUS.SUSPENDED; // 2
 * ```
 * @category EUDI status
 */
export const TOKEN_STATUS = { VALID: 0x00, INVALID: 0x01, SUSPENDED: 0x02 } as const;

/**
 * A Token Status List: `length` entries of `bits` bits each, packed into bytes from the least significant bit
 * (entry 0 is bit 0 of byte 0). Never changed in place: {@link setTokenStatus} returns a new list.
 *
 * @example
 * ```ts
 * import { createTokenStatusList, type TokenStatusList } from 'microcred/eudi';
 * const list: TokenStatusList = createTokenStatusList({ length: 16 });
 * list.bytes.length; // 2
 * ```
 * @category EUDI status
 */
export interface TokenStatusList {
  readonly bits: TokenStatusBits;
  /** Number of entries: indexes 0 … length − 1. */
  readonly length: number;
  /** The uncompressed byte array, `ceil(length × bits / 8)` bytes. */
  readonly bytes: Uint8Array;
}

/**
 * Options of {@link createTokenStatusList}.
 *
 * @example
 * ```ts
 * import type { CreateTokenStatusListOptions } from 'microcred/eudi';
 * const options: CreateTokenStatusListOptions = { length: 1_048_576, bits: 2 };
 * ```
 * @category EUDI status
 */
export interface CreateTokenStatusListOptions {
  /** Number of entries (default 131,072). Larger lists hide better which credential a verifier checks. */
  readonly length?: number;
  /** Bits per entry (default 1: valid or invalid; 2 is needed for suspension). */
  readonly bits?: TokenStatusBits;
}

/** The most bits a list may hold (128 MiB uncompressed), so a list is always a sane allocation. */
const MAX_BITS = 2 ** 30;

/**
 * Creates an empty Token Status List (every entry 0x00, `VALID`). Hand out indexes at random, never twice, and
 * keep the list of issued indexes in your database (the draft's privacy considerations, §12.5).
 *
 * @param options - number of entries and bits per entry
 * @returns the list
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for `bits` other than 1, 2, 4, 8 or a length below 1 or
 *   above 2^30 bits in all
 * @example
 * ```ts
 * import { createTokenStatusList } from 'microcred/eudi';
 * const list = createTokenStatusList({ bits: 2 });
 * list.length; // 131072
 * ```
 * @category EUDI status
 */
export function createTokenStatusList(options: CreateTokenStatusListOptions = {}): TokenStatusList {
  if (!isPlainObject(options as unknown)) throw new MicrocredOptionsError('options', 'must be an object');
  const bits = options.bits ?? 1;
  if (!isTokenStatusBits(bits)) throw new MicrocredOptionsError('bits', 'must be 1, 2, 4 or 8');
  const length = options.length ?? 131_072;
  if (!Number.isSafeInteger(length) || length < 1 || length * bits > MAX_BITS) {
    throw new MicrocredOptionsError('length', `must be an integer from 1 to ${MAX_BITS / bits}`);
  }
  return { bits, length, bytes: new Uint8Array(Math.ceil((length * bits) / 8)) };
}

/**
 * Reads the status value of entry `idx`.
 *
 * @param list - the list
 * @param idx - the entry's index
 * @returns the value, 0 … 2^bits − 1 (compare with {@link TOKEN_STATUS})
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for an index outside the list
 * @example
 * ```ts
 * import { createTokenStatusList, getTokenStatus } from 'microcred/eudi';
 * getTokenStatus(createTokenStatusList({ length: 8 }), 3); // 0
 * ```
 * @category EUDI status
 */
export function getTokenStatus(list: TokenStatusList, idx: number): number {
  checkIndex(list, idx);
  return readTokenEntry(list.bytes, list.bits, idx);
}

/**
 * Sets the status of entry `idx` and returns the new list. `INVALID` (0x01) is final: an invalid entry cannot
 * be set to another value. Publish the list again (a freshly signed Status List Token) for verifiers to see it.
 *
 * @param list - the issuer's list
 * @param idx - the entry's index (the `idx` of the credential's `status.status_list`)
 * @param value - the new value, 0 … 2^bits − 1 (see {@link TOKEN_STATUS})
 * @returns the new list (the same object when nothing changes)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for an index or value out of range, or an attempt to
 *   change an `INVALID` entry
 * @example
 * ```ts
 * import { createTokenStatusList, getTokenStatus, setTokenStatus, TOKEN_STATUS } from 'microcred/eudi';
 * const list = setTokenStatus(createTokenStatusList({ length: 16, bits: 2 }), 5, TOKEN_STATUS.SUSPENDED);
 * getTokenStatus(list, 5); // 2
 * ```
 * @category EUDI status
 */
export function setTokenStatus(list: TokenStatusList, idx: number, value: number): TokenStatusList {
  checkIndex(list, idx);
  const max = 2 ** list.bits - 1;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new MicrocredOptionsError('value', `must be an integer from 0 to ${max}`);
  }
  const current = readTokenEntry(list.bytes, list.bits, idx);
  if (current === value) return list;
  if (current === TOKEN_STATUS.INVALID) throw new MicrocredOptionsError('value', 'an INVALID entry cannot change');
  const bytes = list.bytes.slice();
  writeTokenEntry(bytes, list.bits, idx, value);
  return { ...list, bytes };
}

/** Whether a value is an allowed `bits`. */
export function isTokenStatusBits(value: unknown): value is TokenStatusBits {
  return value === 1 || value === 2 || value === 4 || value === 8;
}

/** Reads entry `idx`: byte `idx·bits / 8`, shifted right by `idx·bits mod 8` (least significant bits first). */
export function readTokenEntry(bytes: Uint8Array, bits: TokenStatusBits, idx: number): number {
  const start = idx * bits;
  return ((bytes[start >> 3] as number) >> (start & 7)) & ((1 << bits) - 1);
}

/** Writes entry `idx` in place (used on a fresh copy only). */
export function writeTokenEntry(bytes: Uint8Array, bits: TokenStatusBits, idx: number, value: number): void {
  const start = idx * bits;
  const mask = ((1 << bits) - 1) << (start & 7);
  bytes[start >> 3] = ((bytes[start >> 3] as number) & ~mask) | ((value << (start & 7)) & mask);
}

function checkIndex(list: TokenStatusList, idx: number): void {
  if (
    !isPlainObject(list as unknown) ||
    !isTokenStatusBits(list.bits) ||
    !(list.bytes instanceof Uint8Array) ||
    list.bytes.length * 8 < list.length * list.bits
  ) {
    throw new MicrocredOptionsError('list', 'must come from createTokenStatusList or decodeTokenStatusList');
  }
  if (typeof idx !== 'number' || !Number.isSafeInteger(idx) || idx < 0 || idx >= list.length) {
    throw new MicrocredOptionsError('idx', `must be an index of the list (0 … ${list.length - 1})`);
  }
}
