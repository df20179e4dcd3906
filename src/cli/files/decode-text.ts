import { CliError } from '../cli-error.js';
import { sourceName } from './read-input.js';

const BOM = [0xef, 0xbb, 0xbf] as const;

/** The decoded text, and whether a UTF-8 byte order mark was dropped from its start. */
export interface DecodedText {
  readonly text: string;
  readonly bom: boolean;
}

const fatal = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodes(bytes: Uint8Array, end: number): boolean {
  try {
    // In streaming mode an incomplete sequence at the end is held back, not an error: a prefix decodes
    // exactly when no error lies within it, so the test is monotonic in `end`.
    fatal().decode(bytes.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The offset of the first byte of the first ill-formed UTF-8 sequence, or undefined for well-formed input.
 * The decision is the platform's strict decoder's; the offset is found by bisecting on the longest prefix it
 * accepts, then counting the bytes of the whole characters that prefix holds.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  try {
    fatal().decode(bytes);
    return undefined;
  } catch {
    // locate it below
  }
  let good = 0; // decodes(bytes, good) holds
  let bad = bytes.byteLength + 1; // the error lies before `bad` (or is a truncated sequence at the end)
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (decodes(bytes, mid)) good = mid;
    else bad = mid;
  }
  const complete = fatal().decode(bytes.subarray(0, good), { stream: true });
  return new TextEncoder().encode(complete).byteLength;
}

/**
 * Decodes bytes as strict UTF-8: an ill-formed sequence is an input error naming the source and the byte
 * offset, never replaced by U+FFFD. A leading byte order mark is dropped and reported.
 *
 * @throws CliError when the bytes are not well-formed UTF-8
 */
export function decodeUtf8(bytes: Uint8Array, source: string): DecodedText {
  const offset = firstInvalidUtf8Offset(bytes);
  if (offset !== undefined) {
    const value = bytes[offset]?.toString(16).padStart(2, '0') ?? '';
    throw new CliError(
      `${sourceName(source)} is not valid UTF-8: ill-formed byte 0x${value} at byte offset ${offset}; save it as UTF-8`,
    );
  }
  const bom = bytes.byteLength >= 3 && BOM.every((b, i) => bytes[i] === b);
  return { text: fatal().decode(bom ? bytes.subarray(3) : bytes), bom };
}
