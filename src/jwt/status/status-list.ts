import { MicrocredOptionsError } from '../../errors.js';
import { isPlainObject } from '../keys/key-families.js';
import { checkFetchUrl } from '../net/url-rules.js';
import { MIN_STATUS_LIST_ENTRIES } from './status-bits.js';

// In a module of their own, so that the verifier's on-demand status check reads entries without loading this one.
export { MIN_STATUS_LIST_ENTRIES, readEntry, writeEntry } from './status-bits.js';

/**
 * What a status list says about its credentials: `revocation` (irreversible), `suspension` (reversible), or
 * `message` (a multi-bit value with a text per value).
 *
 * @example
 * ```ts
 * import type { StatusPurpose } from 'microcred/jwt';
 * const purpose: StatusPurpose = 'suspension';
 * ```
 * @category Status lists
 */
export type StatusPurpose = 'revocation' | 'suspension' | 'message';

/**
 * A status message of a multi-bit list: the value as `0x…` and its text.
 *
 * @example
 * ```ts
 * import type { StatusMessage } from 'microcred/jwt';
 * const m: StatusMessage = { status: '0x1', message: 'under review' };
 * ```
 * @category Status lists
 */
export interface StatusMessage {
  readonly status: string;
  readonly message: string;
}

/**
 * An issuer's status list: the bitstring, which indexes are allocated, and where it is published. Values are
 * never changed in place: {@link allocateStatusEntry} and {@link setStatus} return a new list.
 *
 * @example
 * ```ts
 * import { createStatusList, type StatusList } from 'microcred/jwt';
 * const list: StatusList = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/1' });
 * list.length; // 131072
 * ```
 * @typeParam P - the purpose of the list, as narrow as it was created with
 * @category Status lists
 */
export interface StatusList<P extends StatusPurpose = StatusPurpose> {
  readonly purpose: P;
  /** The URL the signed list credential is published at (`statusListCredential` of every entry). */
  readonly url: string;
  /** Bits per entry, 1 … 8. */
  readonly statusSize: number;
  /** Number of entries. */
  readonly length: number;
  /** The bitstring: entry i at bits i·statusSize … (i+1)·statusSize − 1, bit 0 the high bit of byte 0. */
  readonly bits: Uint8Array;
  /** One bit per entry: set once the index has been handed to a credential. */
  readonly allocated: Uint8Array;
  /** How many indexes are allocated. */
  readonly allocatedCount: number;
  /** For `statusSize` > 1: the text of each value. */
  readonly statusMessages?: readonly StatusMessage[];
}

/**
 * Options of {@link createStatusList}.
 *
 * @example
 * ```ts
 * import type { CreateStatusListOptions } from 'microcred/jwt';
 * const options: CreateStatusListOptions = { purpose: 'suspension', url: 'https://uni.example/status/s1' };
 * ```
 * @typeParam P - the purpose, kept by the list created from these options
 * @category Status lists
 */
export interface CreateStatusListOptions<P extends StatusPurpose = StatusPurpose> {
  readonly purpose: P;
  /** The HTTPS URL the list credential will be published at. */
  readonly url: string;
  /** Number of entries (default and minimum 131,072). */
  readonly length?: number;
  /** Bits per entry (default 1; 2 … 8 need `statusMessages`). */
  readonly statusSize?: number;
  /** For `statusSize` > 1: exactly 2^statusSize messages, one per value. */
  readonly statusMessages?: readonly StatusMessage[];
}

/**
 * Creates an empty status list (every entry 0: valid) for issuing credentials with status entries.
 *
 * @param options - purpose, publication URL, size
 * @returns the list
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for fewer than 131,072 entries, a `statusSize` outside
 *   1 … 8, missing messages, or a URL that verifiers would refuse to fetch (not HTTPS, an IP literal, a local host)
 * @example
 * ```ts
 * import { createStatusList } from 'microcred/jwt';
 * const revocations = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
 * ```
 * @typeParam P - the purpose, inferred from `options.purpose` and kept by the list
 * @category Status lists
 */
export function createStatusList<P extends StatusPurpose>(options: CreateStatusListOptions<P>): StatusList<P> {
  if (!isPlainObject(options)) throw new MicrocredOptionsError('options', 'must be an object');
  const { purpose, url } = options;
  if (purpose !== 'revocation' && purpose !== 'suspension' && purpose !== 'message') {
    throw new MicrocredOptionsError('purpose', 'must be revocation, suspension or message');
  }
  const checked = checkFetchUrl(url);
  if (!checked.ok) throw new MicrocredOptionsError('url', `would be refused by verifiers: it ${checked.reason}`);
  const length = options.length ?? MIN_STATUS_LIST_ENTRIES;
  if (!Number.isSafeInteger(length) || length < MIN_STATUS_LIST_ENTRIES || length > 2 ** 30) {
    throw new MicrocredOptionsError('length', `must be an integer from ${MIN_STATUS_LIST_ENTRIES} to 2^30`);
  }
  const statusSize = options.statusSize ?? 1;
  if (!Number.isInteger(statusSize) || statusSize < 1 || statusSize > 8) {
    throw new MicrocredOptionsError('statusSize', 'must be an integer from 1 to 8');
  }
  const messages = options.statusMessages;
  if (statusSize > 1 || purpose === 'message' || messages !== undefined) {
    checkMessages(messages, statusSize);
  }
  const list: StatusList<P> = {
    purpose,
    url: checked.url.href,
    statusSize,
    length,
    bits: new Uint8Array(Math.ceil((length * statusSize) / 8)),
    allocated: new Uint8Array(Math.ceil(length / 8)),
    allocatedCount: 0,
  };
  return messages === undefined ? list : { ...list, statusMessages: messages.map((m) => ({ ...m })) };
}

function checkMessages(messages: readonly StatusMessage[] | undefined, statusSize: number): void {
  const expected = 2 ** statusSize;
  if (!Array.isArray(messages) || messages.length !== expected) {
    throw new MicrocredOptionsError('statusMessages', `must list ${expected} messages, one per value`);
  }
  const seen = new Set<number>();
  for (const m of messages) {
    const status: unknown = isPlainObject(m) ? m['status'] : undefined;
    const value = typeof status === 'string' && /^0x[0-9a-f]{1,2}$/i.test(status) ? Number(status) : -1;
    if (value < 0 || value >= expected || seen.has(value) || typeof m.message !== 'string') {
      throw new MicrocredOptionsError('statusMessages', 'each needs a distinct "0x…" status in range and a message');
    }
    seen.add(value);
  }
}
