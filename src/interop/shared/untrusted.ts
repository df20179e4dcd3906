import { DEFAULT_INPUT_LIMITS } from '../../internal/input-limits.js';
import { readOptions, snapshotOrThrow, withTypedErrors } from '../../internal/typed-errors.js';
import type { ImportOptions } from '../types.js';
import { isObject } from './json.js';

/**
 * Runs a reader on our own copy of an untrusted document and of its options, so that a hostile object (a
 * getter, a Proxy, a revoked Proxy) can neither throw out of the reader nor change between the checks and
 * the use: the document is snapshot under the default input limits (`ERR_INPUT_TOO_LARGE`, or
 * `ERR_VALIDATION` for what cannot be read as data), the options are read once (`ERR_OPTIONS_INVALID`), and
 * anything else unexpected becomes `ERR_VALIDATION` with the cause.
 */
export function readUntrusted<T>(
  doc: unknown,
  options: ImportOptions | undefined,
  read: (doc: unknown, options: ImportOptions | undefined) => T,
): T {
  return withTypedErrors(() => {
    const plain = readOptions(() => copyOptions(options));
    return read(snapshotOrThrow(doc, DEFAULT_INPUT_LIMITS), plain);
  });
}

function copyOptions(options: ImportOptions | undefined): ImportOptions | undefined {
  // Not an object: left for the reader's own option check to refuse.
  if (!isObject(options)) return options;
  const { unmappable, requireComplete, extensions } = options as ImportOptions;
  return {
    ...(unmappable === undefined ? {} : { unmappable }),
    ...(requireComplete === undefined ? {} : { requireComplete }),
    // Community extension definitions are data the caller built (defineCommunityExtension checks them); the
    // array is copied so that it cannot change under the reader. A non-array is left for the reader to refuse.
    ...(extensions === undefined ? {} : { extensions: Array.isArray(extensions) ? [...extensions] : extensions }),
  };
}
