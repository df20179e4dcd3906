import { MicrocredOptionsError } from '../../errors.js';
import { decodeBase64url, encodeBase64url } from '../../jwt/encoding/base64url.js';
import { compress, decompress } from '../../jwt/encoding/gzip.js';
import { fail } from '../../jwt/jwt-error.js';
import { isPlainObject } from '../../jwt/keys/key-families.js';
import { isTokenStatusBits, type TokenStatusBits, type TokenStatusList } from './token-status-list.js';

/**
 * The `status_list` claim of a Status List Token (draft-ietf-oauth-status-list §4.2): `bits` and `lst`, the
 * base64url of the ZLIB-compressed byte array, and optionally the `aggregation_uri`.
 *
 * @example
 * ```ts
 * import type { TokenStatusListClaim } from 'microcred/eudi';
 * const claim: TokenStatusListClaim = { bits: 1, lst: 'eNrbuRgAAhcBXQ' }; // the draft's example
 * ```
 * @category EUDI status
 */
export interface TokenStatusListClaim {
  readonly bits: TokenStatusBits;
  readonly lst: string;
  readonly aggregation_uri?: string;
}

/**
 * Encodes a list as the `status_list` claim: DEFLATE in the ZLIB format (RFC 1950) through the Web
 * `CompressionStream('deflate')`, then base64url without padding. The Web API has no compression level, so the
 * draft's "highest level" recommendation is not followed; the output is still valid ZLIB.
 *
 * @param list - the list
 * @returns `{ bits, lst }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for something that is not a list
 * @example
 * ```ts
 * import { createTokenStatusList, encodeTokenStatusList } from 'microcred/eudi';
 * const claim = await encodeTokenStatusList(createTokenStatusList({ length: 16 }));
 * claim.lst.startsWith('eN'); // true: base64url of a ZLIB header
 * ```
 * @category EUDI status
 */
export async function encodeTokenStatusList(list: TokenStatusList): Promise<TokenStatusListClaim> {
  if (!isPlainObject(list as unknown) || !isTokenStatusBits(list.bits) || !(list.bytes instanceof Uint8Array)) {
    throw new MicrocredOptionsError('list', 'must come from createTokenStatusList or decodeTokenStatusList');
  }
  return { bits: list.bits, lst: encodeBase64url(await compress(list.bytes, 'deflate')) };
}

/**
 * Options of {@link decodeTokenStatusList}.
 *
 * @example
 * ```ts
 * import type { DecodeTokenStatusListOptions } from 'microcred/eudi';
 * const options: DecodeTokenStatusListOptions = { maxBytes: 1024 * 1024 };
 * ```
 * @category EUDI status
 */
export interface DecodeTokenStatusListOptions {
  /** Largest inflated byte array accepted (default 16 MiB); inflation stops as soon as it is passed. */
  readonly maxBytes?: number;
}

/**
 * Decodes a `status_list` claim (untrusted JSON): `bits` must be 1, 2, 4 or 8; `lst` canonical base64url of
 * ZLIB data, inflated as a stream with an output cap so a decompression bomb stops after `maxBytes`;
 * `aggregation_uri`, when present, a string. Other members are allowed (the draft lets the object grow).
 *
 * @param claim - the `status_list` claim
 * @param options - the output cap
 * @returns the list; its length is every entry the bytes hold
 * @throws MicrocredJwtError `ERR_STATUS_UNAVAILABLE` (path `['status_list', …]`) for a malformed claim or
 *   corrupt ZLIB data, `ERR_INPUT_TOO_LARGE` when the list inflates past `maxBytes`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for a bad `maxBytes`
 * @example
 * ```ts
 * import { decodeTokenStatusList, getTokenStatus } from 'microcred/eudi';
 * const list = await decodeTokenStatusList({ bits: 1, lst: 'eNrbuRgAAhcBXQ' }); // bytes 0xB9 0xA3
 * getTokenStatus(list, 0); // 1
 * getTokenStatus(list, 1); // 0
 * ```
 * @category EUDI status
 */
export async function decodeTokenStatusList(
  claim: unknown,
  options: DecodeTokenStatusListOptions = {},
): Promise<TokenStatusList> {
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    throw new MicrocredOptionsError('maxBytes', 'must be a positive integer');
  }
  if (!isPlainObject(claim)) return fail('ERR_STATUS_UNAVAILABLE', '"status_list" must be an object', ['status_list']);
  const { bits, lst } = claim;
  if (!isTokenStatusBits(bits)) fail('ERR_STATUS_UNAVAILABLE', '"bits" must be 1, 2, 4 or 8', ['status_list', 'bits']);
  const uri = claim['aggregation_uri'];
  if (uri !== undefined && typeof uri !== 'string') {
    fail('ERR_STATUS_UNAVAILABLE', '"aggregation_uri" must be a string', ['status_list', 'aggregation_uri']);
  }
  const compressed = typeof lst === 'string' ? decodeBase64url(lst) : undefined;
  if (compressed === undefined || compressed.length === 0) {
    fail('ERR_STATUS_UNAVAILABLE', '"lst" must be canonical base64url', ['status_list', 'lst']);
  }
  const bytes = await decompress(compressed, 'deflate', maxBytes);
  if (bytes === 'too-large') {
    fail('ERR_INPUT_TOO_LARGE', `"lst" inflates to more than ${maxBytes} bytes`, ['status_list', 'lst']);
  }
  if (bytes === 'corrupt') fail('ERR_STATUS_UNAVAILABLE', '"lst" is not ZLIB data', ['status_list', 'lst']);
  return { bits, length: (bytes.length * 8) / bits, bytes };
}
