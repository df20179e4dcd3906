import { MicrocredOptionsError, MicrocredValidationError } from '../errors.js';
import { type InputLimits, resolveLimits } from '../internal/input-limits.js';
import { prescan } from '../internal/prescan.js';
import { isPlainObject } from '../jwt/keys/key-families.js';
import type { ReadAnyOptions } from './read-types.js';

/** {@link ReadAnyOptions} checked, with the verifiers' defaults. */
export interface ResolvedReadOptions extends ReadAnyOptions {
  readonly maxTokenBytes: number;
  readonly resolvedLimits: InputLimits;
}

const KNOWN: ReadonlySet<string> = new Set(['import', 'maxTokenBytes', 'limits', 'image', 'openBadge2']);

/** Validates `readAny`'s options (`ERR_OPTIONS_INVALID`) and applies the verifiers' defaults (1 MiB tokens). */
export function resolveReadOptions(options: unknown): ResolvedReadOptions {
  if (!isPlainObject(options)) throw new MicrocredOptionsError('options', 'must be an object');
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new MicrocredOptionsError(`options.${key}`, 'is not an option of readAny');
  }
  const o = options as ReadAnyOptions;
  const max = o.maxTokenBytes ?? 1024 * 1024;
  if (typeof max !== 'number' || !Number.isSafeInteger(max) || max < 1)
    throw new MicrocredOptionsError('options.maxTokenBytes', 'must be a positive integer');
  if (o.openBadge2 !== undefined && !isPlainObject(o.openBadge2))
    throw new MicrocredOptionsError('options.openBadge2', 'must be an object');
  return { ...o, maxTokenBytes: max, resolvedLimits: resolveLimits(o.limits) };
}

/**
 * The verifiers' pre-scan of a decoded JSON value (depth, size, counts, prototype keys, lone surrogates,
 * non-finite numbers): `ERR_INPUT_TOO_LARGE` or `ERR_VALIDATION` with every issue and its path.
 */
export function scanDocument(value: unknown, limits: InputLimits): void {
  const scan = prescan(value, limits);
  if (scan.tooLarge !== undefined) throw new MicrocredValidationError([scan.tooLarge], 'ERR_INPUT_TOO_LARGE');
  if (scan.issues.length > 0) throw new MicrocredValidationError([...scan.issues]);
}
