import { DEFAULT_INPUT_LIMITS, type InputLimits } from './input-limits.js';
import { prescan } from './prescan.js';

/**
 * The fast path of validation, for a value the caller built itself or only reads: plain JSON within the
 * default input limits (the same pre-scan as every parse) that a compiled predicate of the strict model
 * accepts. Then the value itself is the parsed value, with nothing to copy or translate. `false` says only
 * "take the full path": the schema decides, and explains what is wrong.
 */
export function acceptsAsIs(
  accepts: (value: unknown) => boolean,
  input: unknown,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): boolean {
  const scan = prescan(input, limits);
  return scan.tooLarge === undefined && scan.issues.length === 0 && accepts(input);
}
