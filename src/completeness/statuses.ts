/**
 * The closed value lists of a completeness report: severities, element statuses, verdicts, requirements.
 *
 * @module
 */

/**
 * How much a finding weighs: `error` means the profile is not met, `warning` that it is met with a caveat,
 * `info` that it is only information.
 *
 * @example
 * ```ts
 * import { SEVERITIES } from 'microcred';
 * SEVERITIES; // ['error', 'warning', 'info']
 * ```
 * @category Completeness
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

/**
 * A severity (see {@link SEVERITIES}).
 *
 * @example
 * ```ts
 * import type { Severity } from 'microcred';
 * const s: Severity = 'warning';
 * ```
 * @category Completeness
 */
export type Severity = (typeof SEVERITIES)[number];

/**
 * An element's status: `present` and valid; `missing` (absent where the profile needs it); `invalid` (present
 * but wrong: a schema violation or a failed rule); `not-applicable` (an optional element left out, or a level
 * explicitly not applicable); `warning` (acceptable, with a caveat).
 *
 * @example
 * ```ts
 * import { ELEMENT_STATUSES } from 'microcred';
 * ELEMENT_STATUSES.includes('not-applicable'); // true
 * ```
 * @category Completeness
 */
export const ELEMENT_STATUSES = ['present', 'missing', 'invalid', 'not-applicable', 'warning'] as const;

/**
 * An element status (see {@link ELEMENT_STATUSES}).
 *
 * @example
 * ```ts
 * import type { ElementStatus } from 'microcred';
 * const s: ElementStatus = 'missing';
 * ```
 * @category Completeness
 */
export type ElementStatus = (typeof ELEMENT_STATUSES)[number];

/**
 * The overall verdict: `complete` (no error, no warning), `complete-with-warnings`, or `incomplete` (at least
 * one error).
 *
 * @example
 * ```ts
 * import { COMPLETENESS_VERDICTS } from 'microcred';
 * COMPLETENESS_VERDICTS[2]; // 'incomplete'
 * ```
 * @category Completeness
 */
export const COMPLETENESS_VERDICTS = ['complete', 'complete-with-warnings', 'incomplete'] as const;

/**
 * A verdict (see {@link COMPLETENESS_VERDICTS}).
 *
 * @example
 * ```ts
 * import type { CompletenessVerdict } from 'microcred';
 * const v: CompletenessVerdict = 'complete';
 * ```
 * @category Completeness
 */
export type CompletenessVerdict = (typeof COMPLETENESS_VERDICTS)[number];

/**
 * Whether a profile needs an element.
 *
 * @example
 * ```ts
 * import type { Requirement } from 'microcred';
 * const r: Requirement = 'mandatory';
 * ```
 * @category Completeness
 */
export type Requirement = 'mandatory' | 'optional';
