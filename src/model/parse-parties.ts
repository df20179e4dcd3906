import { type ParseOptions, parseWith, type SafeParseResult, safeParseWith } from '../internal/parse-with.js';
import { type Learner, LearnerSchema } from './learner.js';
import { type Provider, ProviderSchema } from './provider.js';

/**
 * Parses untrusted input as a learner (Annex I (a)).
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
 * import { parseLearner, isMicrocredError } from 'microcred';
 * try {
 *   parseLearner({ fullName: 'Ada Lovelace' });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_VALIDATION')) console.log(e.issues);
 * }
 * ```
 * @category Model
 */
export function parseLearner(input: unknown, options?: ParseOptions): Learner {
  return parseWith(LearnerSchema, input, options);
}

/**
 * Parses untrusted input as a learner (Annex I (a)), returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseLearner } from 'microcred';
 * const result = safeParseLearner({ fullName: 'Ada Lovelace' });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export function safeParseLearner(input: unknown, options?: ParseOptions): SafeParseResult<Learner> {
  return safeParseWith(LearnerSchema, input, options);
}

/**
 * Parses untrusted input as an issuer or awarding body (Annex I (c, d)).
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
 * import { parseProvider, isMicrocredError } from 'microcred';
 * try {
 *   parseProvider({ legalName: 'Example University', country: 'NL' });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_VALIDATION')) console.log(e.issues);
 * }
 * ```
 * @category Model
 */
export function parseProvider(input: unknown, options?: ParseOptions): Provider {
  return parseWith(ProviderSchema, input, options);
}

/**
 * Parses untrusted input as an issuer or awarding body (Annex I (c, d)), returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseProvider } from 'microcred';
 * const result = safeParseProvider({ legalName: 'Example University', country: 'NL' });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export function safeParseProvider(input: unknown, options?: ParseOptions): SafeParseResult<Provider> {
  return safeParseWith(ProviderSchema, input, options);
}
