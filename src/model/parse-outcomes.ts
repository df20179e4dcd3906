import { type ParseOptions, parseWith, type SafeParseResult, safeParseWith } from '../internal/parse-with.js';
import { type LearningOutcome, LearningOutcomeSchema } from './learning-outcome.js';
import { type Level, LevelSchema } from './level.js';
import { type Workload, WorkloadSchema } from './workload.js';

/**
 * Parses untrusted input as a learning outcome (Annex I (f)).
 *
 * Accepts any JSON value; checks size and depth limits and rejects prototype keys before validating.
 * Unknown keys are an error, or kept with `{ unknownKeys: 'keep' }`. Nothing is coerced.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns the validated value
 * @throws MicrocredValidationError `ERR_VALIDATION` with every issue, or `ERR_INPUT_TOO_LARGE`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed
 * @example
 * ```ts
 * import { parseLearningOutcome, isMicrocredError } from 'microcred';
 * try {
 *   parseLearningOutcome({ text: 'Clean a tabular data set' });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_VALIDATION')) console.log(e.issues);
 * }
 * ```
 * @category Model
 */
export function parseLearningOutcome(input: unknown, options?: ParseOptions): LearningOutcome {
  return parseWith(LearningOutcomeSchema, input, options);
}

/**
 * Parses untrusted input as a learning outcome (Annex I (f)), returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseLearningOutcome } from 'microcred';
 * const result = safeParseLearningOutcome({ text: 'Clean a tabular data set' });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export function safeParseLearningOutcome(input: unknown, options?: ParseOptions): SafeParseResult<LearningOutcome> {
  return safeParseWith(LearningOutcomeSchema, input, options);
}

/**
 * Parses untrusted input as a workload (Annex I (g)).
 *
 * Accepts any JSON value; checks size and depth limits and rejects prototype keys before validating.
 * Unknown keys are an error, or kept with `{ unknownKeys: 'keep' }`. Nothing is coerced.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns the validated value
 * @throws MicrocredValidationError `ERR_VALIDATION` with every issue, or `ERR_INPUT_TOO_LARGE`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed
 * @example
 * ```ts
 * import { parseWorkload, isMicrocredError } from 'microcred';
 * try {
 *   parseWorkload({ credits: [{ value: '5', unit: 'ECTS' }] });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_VALIDATION')) console.log(e.issues);
 * }
 * ```
 * @category Model
 */
export function parseWorkload(input: unknown, options?: ParseOptions): Workload {
  return parseWith(WorkloadSchema, input, options);
}

/**
 * Parses untrusted input as a workload (Annex I (g)), returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseWorkload } from 'microcred';
 * const result = safeParseWorkload({ credits: [{ value: '5', unit: 'ECTS' }] });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export function safeParseWorkload(input: unknown, options?: ParseOptions): SafeParseResult<Workload> {
  return safeParseWith(WorkloadSchema, input, options);
}

/**
 * Parses untrusted input as a level (Annex I (h)).
 *
 * Accepts any JSON value; checks size and depth limits and rejects prototype keys before validating.
 * Unknown keys are an error, or kept with `{ unknownKeys: 'keep' }`. Nothing is coerced.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns the validated value
 * @throws MicrocredValidationError `ERR_VALIDATION` with every issue, or `ERR_INPUT_TOO_LARGE`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed
 * @example
 * ```ts
 * import { parseLevel, isMicrocredError } from 'microcred';
 * try {
 *   parseLevel({ eqf: 6 });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_VALIDATION')) console.log(e.issues);
 * }
 * ```
 * @category Model
 */
export function parseLevel(input: unknown, options?: ParseOptions): Level {
  return parseWith(LevelSchema, input, options);
}

/**
 * Parses untrusted input as a level (Annex I (h)), returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseLevel } from 'microcred';
 * const result = safeParseLevel({ eqf: 6 });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export function safeParseLevel(input: unknown, options?: ParseOptions): SafeParseResult<Level> {
  return safeParseWith(LevelSchema, input, options);
}
