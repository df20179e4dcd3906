/**
 * The completeness report: plain, JSON-serialisable data. Text comes from a locale when it is rendered.
 *
 * @module
 */

import type { ElementId } from './elements.js';
import type { CompletenessReason } from './reasons.js';

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

/**
 * A value in a finding's params: text, a number, a flag, or a list of texts. Params named `unit`, `units`,
 * `fromUnit`, `cycle`, `supervision`, `country`, `field`, `item` or `items` hold codes that renderers replace by labels.
 *
 * @example
 * ```ts
 * import type { ReportParam } from 'microcred';
 * const p: ReportParam = ['ECTS', 'HOURS'];
 * ```
 * @category Completeness
 */
export type ReportParam = string | number | boolean | readonly string[];

/**
 * One thing a rule found: which rule, how severe, why (a reason code with params), and where (a model path).
 *
 * @example
 * ```ts
 * import type { CompletenessFinding } from 'microcred';
 * const f: CompletenessFinding = {
 *   rule: 'EE-01',
 *   severity: 'error',
 *   reason: 'credits_below_minimum',
 *   params: { value: '4.5', unit: 'ECTS', minimum: '5' },
 *   path: ['workload', 'credits', 0],
 * };
 * ```
 * @category Completeness
 */
export interface CompletenessFinding {
  /** The rule's id, e.g. `EU-g` or `CMF-01`; `MODEL` for the model's own checks (shape, unknown keys). */
  readonly rule: string;
  readonly severity: Severity;
  readonly reason: CompletenessReason;
  readonly params: Readonly<Record<string, ReportParam>>;
  /** Where in the draft, as keys and indexes; empty for the whole draft. */
  readonly path: readonly (string | number)[];
}

/**
 * One element of the report: its id, whether the profile needs it, its status, its model paths, the reason for
 * its status, every finding about it, and the ids of every rule that looked at it.
 *
 * @example
 * ```ts
 * import type { CompletenessEntry } from 'microcred';
 * const e: CompletenessEntry = {
 *   element: 'b',
 *   requirement: 'mandatory',
 *   status: 'present',
 *   paths: ['title'],
 *   reason: 'element_present',
 *   params: {},
 *   findings: [],
 *   rules: ['EU-b'],
 * };
 * ```
 * @category Completeness
 */
export interface CompletenessEntry {
  readonly element: ElementId;
  readonly requirement: Requirement;
  readonly status: ElementStatus;
  /** The model paths of the element, dotted, `[]` meaning every item (`awardingBodies[].country`). */
  readonly paths: readonly string[];
  /** The reason of the most severe finding, or the status's own reason when there is none. */
  readonly reason: CompletenessReason;
  readonly params: Readonly<Record<string, ReportParam>>;
  /** Every finding about this element, errors first, then warnings, then information, each in rule order. */
  readonly findings: readonly CompletenessFinding[];
  /** The ids of the rules that examined this element, in profile order. */
  readonly rules: readonly string[];
}

/**
 * The profile a report was made against.
 *
 * @example
 * ```ts
 * import type { ReportProfile } from 'microcred';
 * const p: ReportProfile = { id: 'eu2022', version: '2022', title: 'Council Recommendation 2022/C 243/02, Annex I' };
 * ```
 * @category Completeness
 */
export interface ReportProfile {
  readonly id: string;
  readonly version: string;
  readonly title: string;
}

/**
 * What `checkCompleteness` returns: the profile, the verdict, counts, the reference date it used, the
 * credential's id and title when they are valid, and one entry per element in a fixed order. Plain JSON: it
 * survives `JSON.stringify` unchanged, and the same input and options always give the same report.
 *
 * @example
 * ```ts
 * import { checkCompleteness, profiles } from 'microcred';
 * const report = checkCompleteness({ title: 'Data literacy' }, { profile: profiles.eu2022 });
 * report.kind; // 'completeness'
 * report.verdict; // 'incomplete'
 * ```
 * @category Completeness
 */
export interface CompletenessReport {
  /** Tells a report from other kinds of report (`formatReport` dispatches on it). */
  readonly kind: 'completeness';
  readonly profile: ReportProfile;
  readonly verdict: CompletenessVerdict;
  readonly counts: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /** The `now` the date rules used, as an ISO date-time in UTC; absent when none was given. */
  readonly referenceDate?: string;
  /** The credential's `id` and `title`, when the draft has valid ones (to label a rendered report). */
  readonly credential: { readonly id?: string; readonly title?: string | Readonly<Record<string, string>> };
  readonly entries: readonly CompletenessEntry[];
}
