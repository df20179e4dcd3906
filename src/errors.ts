/**
 * The errors microcred throws: one base class, a few subclasses, and a closed union of stable codes.
 *
 * Codes are API (append-only); messages are not. A domain "no" (an incomplete credential, a learner who is not
 * eligible) is never an error: it is data in a report. Errors are for misuse, bad input and failed trust decisions.
 *
 * @module
 */

import type { CompletenessReport } from './completeness/report.js';

/**
 * Every error code microcred can throw, in one closed, append-only list.
 *
 * @example
 * ```ts
 * import { MICROCRED_ERROR_CODES } from 'microcred';
 * MICROCRED_ERROR_CODES.includes('ERR_VALIDATION'); // true
 * ```
 * @category Errors
 */
export const MICROCRED_ERROR_CODES = [
  'ERR_VALIDATION',
  'ERR_INPUT_TOO_LARGE',
  'ERR_INCOMPLETE',
  'ERR_CREDIT_INVALID',
  'ERR_CREDIT_UNIT_MISMATCH',
  'ERR_CREDIT_PRECISION',
  'ERR_POLICY_INVALID',
  'ERR_JWT_INVALID',
  'ERR_JWT_SIGNATURE',
  'ERR_JWT_EXPIRED',
  'ERR_JWT_NOT_YET_VALID',
  'ERR_JWT_ALG_NOT_ALLOWED',
  'ERR_JWT_CLAIM_MISMATCH',
  'ERR_JWT_CLAIM_INVALID',
  'ERR_JWT_TYPE',
  'ERR_KEY_RESOLUTION',
  'ERR_KEY_ALG_MISMATCH',
  'ERR_KEY_AMBIGUOUS',
  'ERR_KEY_INVALID',
  'ERR_CREDENTIAL_REVOKED',
  'ERR_CREDENTIAL_SUSPENDED',
  'ERR_STATUS_UNAVAILABLE',
  'ERR_INTEROP_UNMAPPABLE',
  'ERR_OPTIONS_INVALID',
  'ERR_STATUS_LIST_FULL',
  'ERR_SD_JWT_DISCLOSURE',
  'ERR_KEY_BINDING',
  'ERR_INTEROP_NOT_ACHIEVEMENT',
  'ERR_INPUT_UNSUPPORTED',
  'ERR_PROOF_UNSUPPORTED',
  'ERR_PROOF_INVALID',
  'ERR_PROOF_SIGNATURE',
  'ERR_JSONLD_CONTEXT',
  'ERR_JSONLD_INVALID',
  'ERR_JSONLD_LIMIT',
] as const;

/**
 * A stable error code. Switch on it; never on a message.
 *
 * @example
 * ```ts
 * import { isMicrocredError, type MicrocredErrorCode } from 'microcred';
 * function describe(code: MicrocredErrorCode): string {
 *   return code === 'ERR_VALIDATION' ? 'bad input' : 'other';
 * }
 * ```
 * @category Errors
 */
export type MicrocredErrorCode = (typeof MICROCRED_ERROR_CODES)[number];

/**
 * One problem found in an input, with the path to the offending value.
 *
 * `code` is a stable {@link ValidationIssueCode}; `params` holds the values a localised message needs
 * (for example `{ minimum: 1 }`); `message` is English text for logs.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'microcred';
 * const issue: ValidationIssue = { code: 'required', path: ['title'], message: 'Required', params: {} };
 * ```
 * @category Errors
 */
export interface ValidationIssue {
  readonly code: ValidationIssueCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * The closed list of validation issue codes.
 *
 * @example
 * ```ts
 * import { VALIDATION_ISSUE_CODES } from 'microcred';
 * VALIDATION_ISSUE_CODES.includes('unknown_key'); // true
 * ```
 * @category Errors
 */
export const VALIDATION_ISSUE_CODES = [
  'required',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'invalid_union',
  'unknown_key',
  'forbidden_key',
  'duplicate_key',
  'too_small',
  'too_big',
  'not_json',
  'not_finite',
  'circular',
  'lone_surrogate',
  'invalid_json',
  'too_deep',
  'too_many_keys',
  'too_many_items',
  'string_too_long',
  'too_many_nodes',
  'input_too_large',
  'at_least_one',
  'offset_out_of_range',
  'precision_too_high',
  'invalid_combination',
] as const;

/**
 * A stable validation issue code (see {@link VALIDATION_ISSUE_CODES}).
 *
 * @example
 * ```ts
 * import type { ValidationIssueCode } from 'microcred';
 * const code: ValidationIssueCode = 'required';
 * ```
 * @category Errors
 */
export type ValidationIssueCode = (typeof VALIDATION_ISSUE_CODES)[number];

const BRAND: unique symbol = Symbol.for('microcred.error') as never;

/**
 * Options accepted by every microcred error constructor.
 *
 * @example
 * ```ts
 * import { MicrocredError, type MicrocredErrorOptions } from 'microcred';
 * const options: MicrocredErrorOptions = { cause: new TypeError('bad input') };
 * new MicrocredError('ERR_OPTIONS_INVALID', 'options.now is not a date', options).code; // 'ERR_OPTIONS_INVALID'
 * ```
 * @category Errors
 */
export interface MicrocredErrorOptions {
  /** The underlying error (a zod or jose error, a TypeError), kept for debugging. */
  readonly cause?: unknown;
}

/**
 * The base class of every error microcred throws.
 *
 * Use {@link isMicrocredError} rather than `instanceof`: it also recognises errors thrown by another copy of
 * the package (the ESM and CJS builds loaded side by side).
 *
 * @example
 * ```ts
 * import { MicrocredError } from 'microcred';
 * const err = new MicrocredError('ERR_OPTIONS_INVALID', 'nodeBudget must be a positive integer');
 * err.code; // 'ERR_OPTIONS_INVALID'
 * ```
 * @category Errors
 */
export class MicrocredError extends Error {
  /** The stable code; switch on this. */
  readonly code: MicrocredErrorCode;
  /** @internal brand shared across copies of the package. */
  readonly [BRAND] = true;

  constructor(code: MicrocredErrorCode, message: string, options?: MicrocredErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.name = 'MicrocredError';
  }
}

/**
 * Thrown when input does not match a model: carries every issue, each with its path.
 *
 * `code` is `ERR_VALIDATION`, or `ERR_INPUT_TOO_LARGE` when a size, depth or count limit stopped the input
 * before validation.
 *
 * @example
 * ```ts
 * import { parseLearner, MicrocredValidationError } from 'microcred';
 * try {
 *   parseLearner({});
 * } catch (e) {
 *   if (e instanceof MicrocredValidationError) console.log(e.issues[0]?.code); // 'at_least_one'
 * }
 * ```
 * @category Errors
 */
export class MicrocredValidationError extends MicrocredError {
  /** Every issue found, in document order. Never empty. */
  readonly issues: readonly ValidationIssue[];

  constructor(
    issues: readonly ValidationIssue[],
    code: 'ERR_VALIDATION' | 'ERR_INPUT_TOO_LARGE' = 'ERR_VALIDATION',
    options?: MicrocredErrorOptions,
  ) {
    super(code, summarise(issues), options);
    this.name = 'MicrocredValidationError';
    this.issues = issues;
  }
}

/**
 * Thrown by the credit arithmetic: a malformed or negative amount (`ERR_CREDIT_INVALID`), units that cannot be
 * combined or converted (`ERR_CREDIT_UNIT_MISMATCH`), or a value too precise for the allowed size
 * (`ERR_CREDIT_PRECISION`).
 *
 * @example
 * ```ts
 * import { parseCredit, isMicrocredError } from 'microcred';
 * try {
 *   parseCredit('-1', 'ECTS');
 * } catch (e) {
 *   if (isMicrocredError(e, 'ERR_CREDIT_INVALID')) console.log(e.message);
 * }
 * ```
 * @category Errors
 */
export class MicrocredCreditError extends MicrocredError {
  /** Values that explain the failure (the offending input, the units involved). */
  readonly params: Readonly<Record<string, unknown>>;

  constructor(
    code: 'ERR_CREDIT_INVALID' | 'ERR_CREDIT_UNIT_MISMATCH' | 'ERR_CREDIT_PRECISION',
    message: string,
    params: Readonly<Record<string, unknown>> = {},
    options?: MicrocredErrorOptions,
  ) {
    super(code, message, options);
    this.name = 'MicrocredCreditError';
    this.params = params;
  }
}

/**
 * Thrown when a function's options are malformed (a negative budget, an unknown locale, a bad limit).
 *
 * @example
 * ```ts
 * import { MicrocredOptionsError } from 'microcred';
 * const err = new MicrocredOptionsError('limits.maxDepth', 'must be a positive integer');
 * err.code; // 'ERR_OPTIONS_INVALID'
 * ```
 * @category Errors
 */
export class MicrocredOptionsError extends MicrocredError {
  /** The option at fault, as a dotted path. */
  readonly option: string;

  constructor(option: string, reason: string, options?: MicrocredErrorOptions) {
    super('ERR_OPTIONS_INVALID', `Invalid option ${option}: ${reason}`, options);
    this.name = 'MicrocredOptionsError';
    this.option = option;
  }
}

/**
 * Thrown by `assertComplete` when a credential does not meet the profile (`ERR_INCOMPLETE`). The report is
 * attached, so a caller can show every problem, not only the first.
 *
 * @example
 * ```ts
 * import { assertComplete, isMicrocredError, MicrocredIncompleteError } from 'microcred';
 * try {
 *   assertComplete({ title: 'Data literacy' });
 * } catch (e) {
 *   if (e instanceof MicrocredIncompleteError) console.log(e.report.counts.errors);
 *   if (isMicrocredError(e, 'ERR_INCOMPLETE')) console.log(e.message);
 * }
 * ```
 * @category Errors
 */
export class MicrocredIncompleteError extends MicrocredError {
  /** The full report, with every element's status and every finding. */
  readonly report: CompletenessReport;

  constructor(report: CompletenessReport, options?: MicrocredErrorOptions) {
    const { errors } = report.counts;
    super(
      'ERR_INCOMPLETE',
      `The credential does not meet profile ${report.profile.id} ${report.profile.version}: ${errors} error${errors === 1 ? '' : 's'}`,
      options,
    );
    this.name = 'MicrocredIncompleteError';
    this.report = report;
  }
}

/**
 * Thrown by the interop functions when a part of a document cannot be mapped and the caller asked for
 * rejection rather than keeping it, or when an export lacks a value the target format requires; with the code
 * `ERR_INTEROP_NOT_ACHIEVEMENT` when a micro-credential importer is given a credential that awards no achievement
 * (an `EndorsementCredential`, a CLR bundle).
 * `path` is the JSON path of the part in the document (import) or in the model (export).
 *
 * @example
 * ```ts
 * import { MicrocredInteropError } from 'microcred';
 * const err = new MicrocredInteropError(['issuer', 'id'], 'Open Badges 3.0 requires an issuer id');
 * err.code; // 'ERR_INTEROP_UNMAPPABLE'
 * ```
 * @category Errors
 */
export class MicrocredInteropError extends MicrocredError {
  /** Where the unmappable part is: keys and array indexes from the root of the document or model. */
  readonly path: readonly (string | number)[];

  constructor(
    path: readonly (string | number)[],
    reason: string,
    options?: MicrocredErrorOptions,
    code: 'ERR_INTEROP_UNMAPPABLE' | 'ERR_INTEROP_NOT_ACHIEVEMENT' = 'ERR_INTEROP_UNMAPPABLE',
  ) {
    super(code, `${reason} (at /${path.join('/')})`, options);
    this.name = 'MicrocredInteropError';
    this.path = path;
  }
}

/**
 * Thrown by `verifyAny` and `detectCredentialFormat` callers when an input is none of the formats microcred
 * reads (`ERR_INPUT_UNSUPPORTED`), or a format it recognises but cannot verify on this build. `recognised`
 * says what was seen, e.g. `['JSON object', 'proof (Data Integrity)']`.
 *
 * @example
 * ```ts
 * import { MicrocredUnsupportedInputError } from 'microcred';
 * const err = new MicrocredUnsupportedInputError('A PDF is not a credential', ['bytes']);
 * err.code; // 'ERR_INPUT_UNSUPPORTED'
 * ```
 * @category Errors
 */
export class MicrocredUnsupportedInputError extends MicrocredError {
  /** What was recognised in the input, outermost first. */
  readonly recognised: readonly string[];

  constructor(reason: string, recognised: readonly string[], options?: MicrocredErrorOptions) {
    super('ERR_INPUT_UNSUPPORTED', reason, options);
    this.name = 'MicrocredUnsupportedInputError';
    this.recognised = recognised;
  }
}

/**
 * Thrown when a target qualification, a recognition policy or a stacking exception is malformed: a
 * configuration mistake, never a "no" about a learner. Carries every issue with its path, such as
 * `['groups', 2, 'id']` for a duplicate group id or `['caps', 0]` for a cap with two limits.
 *
 * @example
 * ```ts
 * import { MicrocredPolicyError } from 'microcred';
 * const err = new MicrocredPolicyError('policy', [
 *   { code: 'duplicate_key', path: ['caps', 1, 'id'], message: 'Duplicate id', params: { id: 'non-formal' } },
 * ]);
 * err.code; // 'ERR_POLICY_INVALID'
 * ```
 * @category Errors
 */
export class MicrocredPolicyError extends MicrocredError {
  /** Which input is at fault: the target qualification, the recognition policy or the exceptions. */
  readonly source: 'target' | 'policy' | 'exceptions';
  /** Every issue found, each with its path inside `source`. Never empty. */
  readonly issues: readonly ValidationIssue[];

  constructor(
    source: 'target' | 'policy' | 'exceptions',
    issues: readonly ValidationIssue[],
    options?: MicrocredErrorOptions,
  ) {
    super('ERR_POLICY_INVALID', `Invalid ${source}: ${summarise(issues)}`, options);
    this.name = 'MicrocredPolicyError';
    this.source = source;
    this.issues = issues;
  }
}

/**
 * Tells whether a value is an error thrown by microcred, optionally with a given code.
 *
 * Works across copies of the package (ESM and CJS builds, or two installed versions), because it checks a
 * `Symbol.for` brand rather than the class identity.
 *
 * @param value - anything caught
 * @param code - when given, also require this code (`ERR_VALIDATION` and `ERR_INPUT_TOO_LARGE` narrow to
 *   {@link MicrocredValidationError}, so `issues` is typed; `ERR_INCOMPLETE` narrows to
 *   {@link MicrocredIncompleteError}, so `report` is typed)
 * @returns true when `value` is a microcred error (with that code)
 * @example
 * ```ts
 * import { isMicrocredError, safeParseMicroCredential } from 'microcred';
 * try {
 *   JSON.parse('{');
 * } catch (e) {
 *   isMicrocredError(e); // false: a SyntaxError
 * }
 * ```
 * @category Errors
 */
export function isMicrocredError(
  value: unknown,
  code: 'ERR_VALIDATION' | 'ERR_INPUT_TOO_LARGE',
): value is MicrocredValidationError;
export function isMicrocredError(value: unknown, code: 'ERR_INCOMPLETE'): value is MicrocredIncompleteError;
export function isMicrocredError<C extends MicrocredErrorCode>(
  value: unknown,
  code?: C,
): value is MicrocredError & { readonly code: C };
export function isMicrocredError(value: unknown, code?: MicrocredErrorCode): value is MicrocredError {
  if (typeof value !== 'object' || value === null) return false;
  if ((value as { [BRAND]?: unknown })[BRAND] !== true) return false;
  return code === undefined || (value as { code?: unknown }).code === code;
}

function summarise(issues: readonly ValidationIssue[]): string {
  const first = issues[0];
  if (first === undefined) return 'Invalid input';
  const where = first.path.length === 0 ? '(root)' : first.path.join('.');
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
  return `Invalid input at ${where}: ${first.message}${more}`;
}
