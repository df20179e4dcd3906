/**
 * The completeness report: plain, JSON-serialisable data. Text comes from a locale when it is rendered.
 *
 * @module
 */

import type { ElementId } from './elements.js';
import type { CompletenessReason } from './reasons.js';
import type { CompletenessVerdict, ElementStatus, Requirement, Severity } from './statuses.js';

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
