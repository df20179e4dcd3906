import { MicrocredOptionsError } from '../errors.js';

/**
 * Limits applied to untrusted input before any schema sees it.
 *
 * The defaults follow the security model: 1 MiB of input, nesting depth 64, 1,000 keys per object,
 * 10,000 array items, 64 KiB per string and 100,000 values in all.
 *
 * @example
 * ```ts
 * import { parseMicroCredential, DEFAULT_INPUT_LIMITS } from 'microcred';
 * const limits = { ...DEFAULT_INPUT_LIMITS, maxDepth: 16 };
 * ```
 * @category Model
 */
export interface InputLimits {
  /** Approximate serialised size in bytes (UTF-16 code units of strings and keys plus punctuation). */
  readonly maxBytes: number;
  /** Deepest nesting of objects and arrays; the root is depth 1. */
  readonly maxDepth: number;
  /** Most keys in one object. */
  readonly maxKeys: number;
  /** Most items in one array. */
  readonly maxItems: number;
  /** Longest string, in UTF-16 code units. */
  readonly maxStringLength: number;
  /** Most values (objects, arrays, primitives) in the whole input. */
  readonly maxNodes: number;
}

/** The default nesting limit, shared with the limits for values whose size the caller decides. */
export const DEFAULT_MAX_DEPTH = 64;

/** The default string-length limit, shared likewise. */
export const DEFAULT_MAX_STRING_LENGTH = 64 * 1024;

/**
 * The default {@link InputLimits}.
 *
 * @example
 * ```ts
 * import { DEFAULT_INPUT_LIMITS } from 'microcred';
 * DEFAULT_INPUT_LIMITS.maxDepth; // 64
 * ```
 * @category Model
 */
export const DEFAULT_INPUT_LIMITS: InputLimits = Object.freeze({
  maxBytes: 1024 * 1024,
  maxDepth: DEFAULT_MAX_DEPTH,
  maxKeys: 1000,
  maxItems: 10_000,
  maxStringLength: DEFAULT_MAX_STRING_LENGTH,
  maxNodes: 100_000,
});

/** Merges caller overrides into the defaults, rejecting anything but positive integers. */
export function resolveLimits(overrides: Partial<InputLimits> | undefined): InputLimits {
  if (overrides === undefined) return DEFAULT_INPUT_LIMITS;
  if (typeof overrides !== 'object' || overrides === null) {
    throw new MicrocredOptionsError('limits', 'must be an object');
  }
  const merged: Record<string, number> = { ...DEFAULT_INPUT_LIMITS };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in DEFAULT_INPUT_LIMITS)) throw new MicrocredOptionsError(`limits.${key}`, 'is not a known limit');
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw new MicrocredOptionsError(`limits.${key}`, 'must be a positive integer');
    }
    merged[key] = value;
  }
  return merged as unknown as InputLimits;
}
