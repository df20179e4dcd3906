import { MicrocredValidationError, type ValidationIssueCode } from '../../errors.js';
import { issue } from '../../internal/issue.js';

/** Refuses a malformed image: `ERR_VALIDATION` with one issue naming where (`offset`) and why (`reason`). */
export function refuseImage(
  path: readonly (string | number)[],
  reason: string,
  params: Readonly<Record<string, unknown>> = {},
  code: ValidationIssueCode = 'invalid_format',
): never {
  throw new MicrocredValidationError([issue(code, path, { format: `badge image: ${reason}`, reason, ...params })]);
}

/** Refuses an image over its size limit before it is parsed: `ERR_INPUT_TOO_LARGE`. */
export function refuseTooLarge(actual: number, maximum: number): never {
  throw new MicrocredValidationError([issue('input_too_large', [], { maximum, actual })], 'ERR_INPUT_TOO_LARGE');
}
