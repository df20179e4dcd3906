import { MicrocredValidationError } from '../errors.js';
import { findDuplicateKey } from '../internal/duplicate-keys.js';
import { type InputLimits, resolveLimits } from '../internal/input-limits.js';
import { issue } from '../internal/issue.js';

/**
 * Options of {@link parseJsonText}.
 *
 * @example
 * ```ts
 * import type { ParseJsonTextOptions } from 'microcred';
 * const options: ParseJsonTextOptions = { limits: { maxBytes: 65_536 } };
 * ```
 * @category Model
 */
export interface ParseJsonTextOptions {
  /** Overrides of the input limits; `maxBytes` is checked on the text before it is parsed. */
  readonly limits?: Partial<InputLimits>;
}

/**
 * Parses JSON text from an untrusted source (an upload, a request body, a file) safely: the size limit
 * is checked before parsing, and a member name repeated in one object is an error rather than silently
 * "last one wins" as with `JSON.parse`. Pass the result to a `parseX` function to validate it.
 *
 * @param text - JSON text
 * @param options - input limits
 * @returns the parsed JSON value
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` (issue `input_too_large`) when the text is over
 *   `maxBytes` UTF-8 bytes; `ERR_VALIDATION` with issue `invalid_json` (with the reason) or `duplicate_key`
 *   (with the path of the repeated name)
 * @example
 * ```ts
 * import { parseJsonText, parseMicroCredential } from 'microcred';
 * declare const body: string;
 * const mc = parseMicroCredential(parseJsonText(body));
 * ```
 * @category Model
 */
export function parseJsonText(text: string, options: ParseJsonTextOptions = {}): unknown {
  const { maxBytes } = resolveLimits(options.limits);
  if (typeof text !== 'string') {
    throw new MicrocredValidationError([issue('invalid_type', [], { expected: 'string', received: typeof text })]);
  }
  // Every UTF-16 unit is at least one UTF-8 byte, so the cheap test rules out most oversized input.
  if (text.length > maxBytes || new TextEncoder().encode(text).byteLength > maxBytes) {
    throw new MicrocredValidationError([issue('input_too_large', [], { maximum: maxBytes })], 'ERR_INPUT_TOO_LARGE');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new MicrocredValidationError([issue('invalid_json', [], { reason })], 'ERR_VALIDATION', { cause });
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate !== undefined) {
    throw new MicrocredValidationError([issue('duplicate_key', duplicate, { key: duplicate[duplicate.length - 1] })]);
  }
  return value;
}
