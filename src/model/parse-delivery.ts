import { type ParseOptions, parseWith, type SafeParseResult, safeParseWith } from '../internal/parse-with.js';
import { type Assessment, AssessmentSchema } from './assessment.js';
import { type Participation, ParticipationSchema } from './participation.js';
import { type QualityAssurance, QualityAssuranceSchema } from './quality-assurance.js';

/**
 * Parses untrusted input as an assessment (Annex I (i)).
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
 * import { parseAssessment, isMicrocredError } from 'microcred';
 * try {
 *   parseAssessment({ types: ['portfolio'] });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_VALIDATION')) console.log(e.issues);
 * }
 * ```
 * @category Model
 */
export function parseAssessment(input: unknown, options?: ParseOptions): Assessment {
  return parseWith(AssessmentSchema, input, options);
}

/**
 * Parses untrusted input as an assessment (Annex I (i)), returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseAssessment } from 'microcred';
 * const result = safeParseAssessment({ types: ['portfolio'] });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export function safeParseAssessment(input: unknown, options?: ParseOptions): SafeParseResult<Assessment> {
  return safeParseWith(AssessmentSchema, input, options);
}

/**
 * Parses untrusted input as a form of participation (Annex I (j)).
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
 * import { parseParticipation, isMicrocredError } from 'microcred';
 * try {
 *   parseParticipation({ modes: ['online'] });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_VALIDATION')) console.log(e.issues);
 * }
 * ```
 * @category Model
 */
export function parseParticipation(input: unknown, options?: ParseOptions): Participation {
  return parseWith(ParticipationSchema, input, options);
}

/**
 * Parses untrusted input as a form of participation (Annex I (j)), returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseParticipation } from 'microcred';
 * const result = safeParseParticipation({ modes: ['online'] });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export function safeParseParticipation(input: unknown, options?: ParseOptions): SafeParseResult<Participation> {
  return safeParseWith(ParticipationSchema, input, options);
}

/**
 * Parses untrusted input as a quality-assurance record (Annex I (k)).
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
 * import { parseQualityAssurance, isMicrocredError } from 'microcred';
 * try {
 *   parseQualityAssurance({ type: 'internal-quality-assurance' });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_VALIDATION')) console.log(e.issues);
 * }
 * ```
 * @category Model
 */
export function parseQualityAssurance(input: unknown, options?: ParseOptions): QualityAssurance {
  return parseWith(QualityAssuranceSchema, input, options);
}

/**
 * Parses untrusted input as a quality-assurance record (Annex I (k)), returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseQualityAssurance } from 'microcred';
 * const result = safeParseQualityAssurance({ type: 'internal-quality-assurance' });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export function safeParseQualityAssurance(input: unknown, options?: ParseOptions): SafeParseResult<QualityAssurance> {
  return safeParseWith(QualityAssuranceSchema, input, options);
}
