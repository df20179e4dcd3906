/**
 * The machine-readable codes of a stacking decision. Codes are API: the lists only ever grow, and the text
 * for each code comes from a locale catalogue.
 *
 * @module
 */

/**
 * Input errors: a credential that cannot be read at all fails the whole evaluation (`status: 'error'`).
 *
 * @example
 * ```ts
 * import { STACKING_INPUT_ERROR_CODES } from 'microcred';
 * STACKING_INPUT_ERROR_CODES.includes('INVALID_DATE'); // true
 * ```
 * @category Stacking
 */
export const STACKING_INPUT_ERROR_CODES = [
  'MISSING_WORKLOAD',
  'INVALID_CREDIT_VALUE',
  'UNKNOWN_UNIT',
  'INVALID_DATE',
  'DUPLICATE_CREDENTIAL_ID',
] as const;

/**
 * An input error code (see {@link STACKING_INPUT_ERROR_CODES}).
 *
 * @example
 * ```ts
 * import type { StackingInputErrorCode } from 'microcred';
 * const code: StackingInputErrorCode = 'UNKNOWN_UNIT';
 * ```
 * @category Stacking
 */
export type StackingInputErrorCode = (typeof STACKING_INPUT_ERROR_CODES)[number];

/**
 * Why a credential is not counted (one per excluded credential, the first check it fails), plus
 * `CAP_TRUNCATED`, which is keyed by cap. Listed in pipeline order.
 *
 * @example
 * ```ts
 * import { STACKING_REASON_CODES } from 'microcred';
 * STACKING_REASON_CODES[0]; // 'UNIT_NOT_CONVERTIBLE'
 * ```
 * @category Stacking
 */
export const STACKING_REASON_CODES = [
  'UNIT_NOT_CONVERTIBLE',
  'MANUALLY_EXCLUDED',
  'NOT_ASSESSED',
  'NOT_QUALITY_ASSURED',
  'IDENTITY_NOT_VERIFIED',
  'EXPIRED_RECENCY',
  'BELOW_MIN_EQF_LEVEL',
  'GRADE_MISSING',
  'GRADE_SCHEME_MISMATCH',
  'GRADE_BELOW_MINIMUM',
  'DUPLICATE_SPECIFICATION',
  'DUPLICATE_LEARNING_OUTCOMES',
  'NOT_ELIGIBLE_FOR_ANY_GROUP',
  'CAP_EXCEEDED',
  'CAP_TRUNCATED',
] as const;

/**
 * A reason code (see {@link STACKING_REASON_CODES}).
 *
 * @example
 * ```ts
 * import type { StackingReasonCode } from 'microcred';
 * const code: StackingReasonCode = 'EXPIRED_RECENCY';
 * ```
 * @category Stacking
 */
export type StackingReasonCode = (typeof STACKING_REASON_CODES)[number];

/**
 * Warnings: things a person should look at that do not change the arithmetic by themselves.
 *
 * @example
 * ```ts
 * import { STACKING_WARNING_CODES } from 'microcred';
 * STACKING_WARNING_CODES.includes('PARTIAL_LO_OVERLAP'); // true
 * ```
 * @category Stacking
 */
export const STACKING_WARNING_CODES = ['ROUNDED', 'PARTIAL_LO_OVERLAP', 'EXCEPTION_UNUSED'] as const;

/**
 * A warning code (see {@link STACKING_WARNING_CODES}).
 *
 * @example
 * ```ts
 * import type { StackingWarningCode } from 'microcred';
 * const code: StackingWarningCode = 'ROUNDED';
 * ```
 * @category Stacking
 */
export type StackingWarningCode = (typeof STACKING_WARNING_CODES)[number];

/**
 * The reasons an `accept` exception may lift: the filters of step 3 and the de-duplication of step 4. A
 * non-convertible unit needs a policy factor instead, and a cap is policy.
 *
 * @example
 * ```ts
 * import { ACCEPTABLE_REASON_CODES } from 'microcred';
 * ACCEPTABLE_REASON_CODES.includes('NOT_QUALITY_ASSURED'); // true
 * ```
 * @category Stacking
 */
export const ACCEPTABLE_REASON_CODES = [
  'NOT_ASSESSED',
  'NOT_QUALITY_ASSURED',
  'IDENTITY_NOT_VERIFIED',
  'EXPIRED_RECENCY',
  'BELOW_MIN_EQF_LEVEL',
  'GRADE_MISSING',
  'GRADE_SCHEME_MISMATCH',
  'GRADE_BELOW_MINIMUM',
  'DUPLICATE_SPECIFICATION',
  'DUPLICATE_LEARNING_OUTCOMES',
] as const;

/**
 * A reason an `accept` exception may lift (see {@link ACCEPTABLE_REASON_CODES}).
 *
 * @example
 * ```ts
 * import type { AcceptableReasonCode } from 'microcred';
 * const code: AcceptableReasonCode = 'GRADE_MISSING';
 * ```
 * @category Stacking
 */
export type AcceptableReasonCode = (typeof ACCEPTABLE_REASON_CODES)[number];
