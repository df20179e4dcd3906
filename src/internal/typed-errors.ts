import { isMicrocredError, MicrocredOptionsError, MicrocredValidationError } from '../errors.js';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH, type InputLimits } from './input-limits.js';
import { issue } from './issue.js';
import { snapshotInput } from './snapshot.js';

/**
 * The error for input that threw while being read (a hostile object that got past the snapshot, or a bug):
 * `ERR_VALIDATION` with one `not_json` issue at the root, the thrown value kept as `cause`.
 */
export function unreadableInput(cause: unknown): MicrocredValidationError {
  return new MicrocredValidationError(
    [issue('not_json', [], { received: 'input that threw while being read' })],
    'ERR_VALIDATION',
    {
      cause,
    },
  );
}

/**
 * Runs one public entry point so that it throws only MicrocredErrors: a MicrocredError passes through, anything
 * else becomes `fallback(thrown)` (by default {@link unreadableInput}), with the original as `cause`.
 */
export function withTypedErrors<T>(run: () => T, fallback: (cause: unknown) => Error = unreadableInput): T {
  try {
    return run();
  } catch (thrown) {
    if (isMicrocredError(thrown)) throw thrown;
    throw fallback(thrown);
  }
}

/** Reads caller options under {@link withTypedErrors}: a getter or Proxy trap that throws is `ERR_OPTIONS_INVALID`. */
export function readOptions<T>(run: () => T): T {
  return withTypedErrors(run, (cause) => new MicrocredOptionsError('options', 'could not be read', { cause }));
}

/**
 * The snapshot of untrusted input (see `snapshotInput`), or its error thrown: for entry points that throw
 * rather than return a failed result.
 *
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` past a limit; `ERR_VALIDATION` for unreadable input
 */
export function snapshotOrThrow(input: unknown, limits: InputLimits): unknown {
  const snapshot = snapshotInput(input, limits);
  if (!snapshot.ok) throw snapshot.error;
  return snapshot.value;
}

/** `Number.MAX_SAFE_INTEGER`, written as a literal so that a bundle which never uses the limits below drops them. */
const UNBOUNDED = 9_007_199_254_740_991;

/**
 * Limits for values whose size the caller decides (a portfolio of credentials, a report microcred produced):
 * the default depth and string length, no bound on counts. Still enough to keep every walk finite and safe.
 */
export const STRUCTURE_LIMITS: InputLimits = /* @__PURE__ */ Object.freeze({
  maxBytes: UNBOUNDED,
  maxDepth: DEFAULT_MAX_DEPTH,
  maxKeys: UNBOUNDED,
  maxItems: UNBOUNDED,
  maxStringLength: DEFAULT_MAX_STRING_LENGTH,
  maxNodes: UNBOUNDED,
});
