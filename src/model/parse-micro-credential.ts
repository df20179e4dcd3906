import { type ParseOptions, parseWith, type SafeParseResult, safeParseWith } from '../internal/parse-with.js';
import { type MicroCredential, MicroCredentialSchema } from './micro-credential.js';

/**
 * Parses untrusted input as a micro-credential with every Annex I element.
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
 * import { parseMicroCredential, isMicrocredError } from 'microcred';
 * try {
 *   parseMicroCredential({ title: 'Data literacy' });
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_VALIDATION')) console.log(e.issues);
 * }
 * ```
 * @category Model
 */
export function parseMicroCredential(input: unknown, options?: ParseOptions): MicroCredential {
  return parseWith(MicroCredentialSchema, input, options);
}

/**
 * Parses untrusted input as a micro-credential with every Annex I element, returning the data or the error instead of throwing.
 *
 * @param input - any JSON value
 * @param options - unknown-key mode and input limits
 * @returns `{ success: true, data, unknownKeys }` or `{ success: false, error }`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the options are malformed (misuse, not bad input)
 * @example
 * ```ts
 * import { safeParseMicroCredential } from 'microcred';
 * const result = safeParseMicroCredential({ title: 'Data literacy' });
 * if (!result.success) console.log(result.error.issues.map((i) => i.path.join('.')));
 * ```
 * @category Model
 */
export function safeParseMicroCredential(input: unknown, options?: ParseOptions): SafeParseResult<MicroCredential> {
  return safeParseWith(MicroCredentialSchema, input, options);
}
