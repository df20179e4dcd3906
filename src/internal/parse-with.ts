import type * as z from 'zod';
import { MicrocredOptionsError, MicrocredValidationError, type ValidationIssue } from '../errors.js';
import { type InputLimits, resolveLimits } from './input-limits.js';
import { issue } from './issue.js';
import { prescan } from './prescan.js';
import { snapshotInput } from './snapshot.js';
import { readOptions, unreadableInput } from './typed-errors.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * Options of every `parseX` / `safeParseX` function.
 *
 * @example
 * ```ts
 * import { parseMicroCredential, type ParseOptions } from 'microcred';
 * const options: ParseOptions = { unknownKeys: 'keep', limits: { maxDepth: 32 } };
 * ```
 * @category Model
 */
export interface ParseOptions {
  /**
   * `reject` (default): an unknown key is an issue. `keep`: unknown keys are kept in the result, untouched,
   * and listed in `unknownKeys` of the safe result; nothing is dropped either way.
   */
  readonly unknownKeys?: 'reject' | 'keep';
  /** Overrides of the {@link InputLimits} checked before validation. */
  readonly limits?: Partial<InputLimits>;
}

/**
 * The result of a `safeParseX` function: the data, or the error with every issue.
 *
 * @example
 * ```ts
 * import { safeParseLearner } from 'microcred';
 * const r = safeParseLearner({ fullName: 'Ada Lovelace', nickname: 'Ada' }, { unknownKeys: 'keep' });
 * if (r.success) r.unknownKeys; // [['nickname']]
 * ```
 * @category Model
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T; readonly unknownKeys: readonly (readonly (string | number)[])[] }
  | { readonly success: false; readonly error: MicrocredValidationError };

const OPTION_KEYS: ReadonlySet<string> = new Set(['unknownKeys', 'limits']);

/** The outcome of {@link checkSchema}: the schema's own result and the issues in microcred's terms. */
export interface SchemaCheck<T> {
  /** zod's result, when the schema ran. */
  readonly result: z.ZodSafeParseResult<T> | undefined;
  /** Every issue except unknown keys, deduplicated and in document order (pre-scan issues included). */
  readonly issues: readonly ValidationIssue[];
  /** Paths of unknown keys, in document order. */
  readonly unknownKeys: readonly (readonly (string | number)[])[];
  /** Set when the schema overflowed the stack: the input is too deep for it. */
  readonly tooDeep?: MicrocredValidationError;
}

/**
 * Runs a schema over input that passed the pre-scan and translates what it found. Issues the pre-scan already
 * reported at a path are not repeated. Shared by the parse functions and the completeness checker.
 */
export function checkSchema<T>(
  schema: z.ZodType<T>,
  input: unknown,
  scanIssues: readonly ValidationIssue[],
  limits: InputLimits,
): SchemaCheck<T> {
  let result: z.ZodSafeParseResult<T>;
  try {
    result = schema.safeParse(input);
  } catch (cause) {
    const tooDeep = new MicrocredValidationError(
      [issue('too_deep', [], { maximum: limits.maxDepth })],
      'ERR_INPUT_TOO_LARGE',
      { cause },
    );
    return { result: undefined, issues: [], unknownKeys: [], tooDeep };
  }
  if (result.success && scanIssues.length === 0) return { result, issues: [], unknownKeys: [] };
  const zodIssues = result.success ? [] : fromZodIssues(result.error.issues, input);
  const flagged = new Set(scanIssues.map((i) => pathKey(i.path)));
  const schemaIssues = zodIssues.filter((i) => !flagged.has(pathKey(i.path)));
  const unknownKeys = inDocumentOrder(
    schemaIssues.filter((i) => i.code === 'unknown_key'),
    input,
  ).map((i) => i.path);
  const issues = inDocumentOrder([...scanIssues, ...schemaIssues.filter((i) => i.code !== 'unknown_key')], input);
  return { result, issues, unknownKeys };
}

/**
 * Validates untrusted input against a schema: a snapshot of the input first (plain data, within the limits,
 * read without running any getter or Proxy trap), then the pre-scan and the schema on that copy. Never throws
 * for bad input, however hostile the object; only malformed options throw (`ERR_OPTIONS_INVALID`).
 */
export function safeParseWith<T>(schema: z.ZodType<T>, input: unknown, options?: ParseOptions): SafeParseResult<T> {
  const { mode, limits } = readOptions(() => ({ mode: checkOptions(options), limits: resolveLimits(options?.limits) }));
  const snapshot = snapshotInput(input, limits);
  if (!snapshot.ok) return { success: false, error: snapshot.error };
  try {
    return validate(schema, snapshot.value, mode, limits);
  } catch (cause) {
    return { success: false, error: unreadableInput(cause) };
  }
}

/** {@link safeParseWith} on our own copy of the input. */
function validate<T>(
  schema: z.ZodType<T>,
  input: unknown,
  mode: 'reject' | 'keep',
  limits: InputLimits,
): SafeParseResult<T> {
  const scan = prescan(input, limits);
  if (scan.tooLarge !== undefined) {
    return { success: false, error: new MicrocredValidationError([scan.tooLarge], 'ERR_INPUT_TOO_LARGE') };
  }
  if (scan.issues.some((i) => i.code === 'circular')) {
    return { success: false, error: new MicrocredValidationError(scan.issues) };
  }
  const checked = checkSchema(schema, input, scan.issues, limits);
  if (checked.tooDeep !== undefined) return { success: false, error: checked.tooDeep };
  const { result, unknownKeys } = checked;
  const remaining =
    mode === 'keep'
      ? checked.issues
      : inDocumentOrder([...checked.issues, ...unknownKeys.map((path) => unknownKeyIssue(path))], input);
  if (remaining.length > 0) {
    return {
      success: false,
      error: new MicrocredValidationError(remaining, 'ERR_VALIDATION', {
        cause: result?.success === false ? result.error : undefined,
      }),
    };
  }
  if (result?.success === true) return { success: true, data: result.data, unknownKeys: [] };
  // Only unknown keys failed, in keep mode: the input is valid apart from them and the schemas transform
  // nothing, so the copy of the input is the parsed value with every extra key kept.
  return { success: true, data: input as T, unknownKeys };
}

function unknownKeyIssue(path: readonly (string | number)[]): ValidationIssue {
  return issue('unknown_key', path, { key: String(path[path.length - 1]) });
}

/** As {@link safeParseWith}, but returns the data or throws the `MicrocredValidationError`. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, options?: ParseOptions): T {
  const result = safeParseWith(schema, input, options);
  if (!result.success) throw result.error;
  return result.data;
}

function checkOptions(options: ParseOptions | undefined): 'reject' | 'keep' {
  if (options === undefined) return 'reject';
  if (typeof options !== 'object' || options === null) throw new MicrocredOptionsError('options', 'must be an object');
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new MicrocredOptionsError(key, 'is not a parse option');
  }
  const mode = options.unknownKeys ?? 'reject';
  if (mode !== 'reject' && mode !== 'keep')
    throw new MicrocredOptionsError('unknownKeys', 'must be "reject" or "keep"');
  return mode;
}

function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}

/**
 * Drops repeated issues (same code at the same path, as when two checks of one field fail alike) and sorts
 * the rest in the order their values appear in the input, so reports read top to bottom and are
 * deterministic. A missing key sorts after the keys its object has.
 */
function inDocumentOrder(issues: readonly ValidationIssue[], input: unknown): ValidationIssue[] {
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const key = `${i.code}|${pathKey(i.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const positions = new Map(unique.map((i) => [i, documentPosition(i.path, input)]));
  return [...unique].sort((a, b) => comparePositions(positions.get(a) ?? [], positions.get(b) ?? []));
}

function documentPosition(path: readonly (string | number)[], input: unknown): number[] {
  const position: number[] = [];
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) {
      position.push(Number.MAX_SAFE_INTEGER);
      current = undefined;
      continue;
    }
    if (Array.isArray(current)) {
      position.push(typeof key === 'number' ? key : Number.MAX_SAFE_INTEGER);
    } else {
      const index = Object.keys(current).indexOf(String(key));
      position.push(index === -1 ? Number.MAX_SAFE_INTEGER : index);
    }
    current = (current as Record<string | number, unknown>)[key];
  }
  return position;
}

function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
