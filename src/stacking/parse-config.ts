import type * as z from 'zod';
import { MicrocredValidationError, type ValidationIssue } from '../errors.js';
import { type ParseOptions, type SafeParseResult, safeParseWith } from '../internal/parse-with.js';
import { checkPolicy } from './config/check-policy.js';
import { checkTarget } from './config/check-target.js';
import { type RecognitionPolicy, RecognitionPolicySchema } from './policy-schema.js';
import { type Qualification, QualificationSchema } from './qualification-schema.js';

function safeParseChecked<T>(
  schema: z.ZodType<T>,
  check: (value: T) => ValidationIssue[],
  input: unknown,
  options: ParseOptions | undefined,
): SafeParseResult<T> {
  const result = safeParseWith(schema, input, options);
  if (!result.success) return result;
  const issues = check(result.data);
  return issues.length === 0 ? result : { success: false, error: new MicrocredValidationError(issues) };
}

function orThrow<T>(result: SafeParseResult<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Parses untrusted input (a target kept in a file, a form) as a target qualification: the shape, then the
 * rules a JSON Schema cannot state (unique requirement ids, `total` reserved, required ids the group can
 * select, shares within [0, 1], `totalEcts.max` ≥ `min`).
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns the validated target
 * @throws MicrocredValidationError `ERR_VALIDATION` with every issue (for example `duplicate_key` at
 * `groups.2.id`), or `ERR_INPUT_TOO_LARGE`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed
 * @example
 * ```ts
 * import { parseQualification } from 'microcred';
 * const target = parseQualification({ id: 'cert', totalEcts: { min: '15' }, groups: [] });
 * target.totalEcts.min; // '15'
 * ```
 * @category Stacking
 */
export function parseQualification(input: unknown, options?: ParseOptions): Qualification {
  return orThrow(safeParseQualification(input, options));
}

/**
 * Parses untrusted input as a target qualification, returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseQualification } from 'microcred';
 * const result = safeParseQualification({ id: 'cert', totalEcts: { min: '15' }, groups: [] });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Stacking
 */
export function safeParseQualification(input: unknown, options?: ParseOptions): SafeParseResult<Qualification> {
  return safeParseChecked(QualificationSchema, checkTarget, input, options);
}

/**
 * Parses untrusted input (a policy kept in a file) as a recognition policy: the shape, then the rules a JSON
 * Schema cannot state (unique cap ids, shares within [0, 1], grade thresholds in defined schemes, a valid
 * conversion table).
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns the validated policy
 * @throws MicrocredValidationError `ERR_VALIDATION` with every issue, or `ERR_INPUT_TOO_LARGE`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed
 * @example
 * ```ts
 * import { parseRecognitionPolicy } from 'microcred';
 * const policy = parseRecognitionPolicy({
 *   id: 'rpl',
 *   referenceDate: '2025-09-01',
 *   requireAssessment: true,
 *   acceptedQaTypes: null,
 *   requireIdentityVerified: false,
 * });
 * policy.requireAssessment; // true
 * ```
 * @category Stacking
 */
export function parseRecognitionPolicy(input: unknown, options?: ParseOptions): RecognitionPolicy {
  return orThrow(safeParseRecognitionPolicy(input, options));
}

/**
 * Parses untrusted input as a recognition policy, returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseRecognitionPolicy } from 'microcred';
 * const result = safeParseRecognitionPolicy({ id: 'rpl' });
 * result.success; // false: the filters must be stated
 * ```
 * @category Stacking
 */
export function safeParseRecognitionPolicy(input: unknown, options?: ParseOptions): SafeParseResult<RecognitionPolicy> {
  return safeParseChecked(RecognitionPolicySchema, checkPolicy, input, options);
}
