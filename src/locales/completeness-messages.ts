import type {
  CompletenessReason,
  CompletenessTerm,
  CompletenessVerdict,
  ElementId,
  ElementStatus,
  Requirement,
  Severity,
} from '../completeness/index.js';

/**
 * The ids of the built-in profiles, whose names every locale gives.
 *
 * @example
 * ```ts
 * import { BUILT_IN_PROFILE_IDS } from 'microcred/locales';
 * BUILT_IN_PROFILE_IDS.includes('microbol'); // true
 * ```
 * @category Locales
 */
export const BUILT_IN_PROFILE_IDS = ['eu2022', 'microbol', 'emcCmf', 'auNmf', 'nzqa', 'estonia'] as const;

/**
 * The words of a rendered report page (headings, column names, labels), keyed by role.
 *
 * @example
 * ```ts
 * import { REPORT_UI_KEYS } from 'microcred/locales';
 * REPORT_UI_KEYS.includes('caption'); // true
 * ```
 * @category Locales
 */
export const REPORT_UI_KEYS = [
  'title',
  'pageTitle',
  'profile',
  'profileLine',
  'credential',
  'referenceDate',
  'noReferenceDate',
  'verdict',
  'counts',
  'caption',
  'element',
  'requirement',
  'status',
  'details',
  'rule',
  'severityLabel',
  'path',
  'nothingToReport',
  'untitled',
] as const;

/**
 * One of {@link REPORT_UI_KEYS}.
 *
 * @example
 * ```ts
 * import type { ReportUiKey } from 'microcred/locales';
 * const key: ReportUiKey = 'verdict';
 * ```
 * @category Locales
 */
export type ReportUiKey = (typeof REPORT_UI_KEYS)[number];

/**
 * A locale's texts for completeness reports: element names, statuses, verdicts, severities, requirements, a
 * template per reason code (`{name}` filled from the finding's params), the terms params may name, the names of
 * the built-in profiles, and the words of the rendered page.
 *
 * @example
 * ```ts
 * import { en, type CompletenessMessages } from 'microcred/locales';
 * const messages: CompletenessMessages = en.completeness;
 * messages.elements.g; // 'Notional workload'
 * ```
 * @category Locales
 */
export interface CompletenessMessages {
  readonly elements: Readonly<Record<ElementId, string>>;
  readonly statuses: Readonly<Record<ElementStatus, string>>;
  readonly verdicts: Readonly<Record<CompletenessVerdict, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly requirements: Readonly<Record<Requirement, string>>;
  readonly reasons: Readonly<Record<CompletenessReason, string>>;
  readonly terms: Readonly<Record<CompletenessTerm, string>>;
  readonly profiles: Readonly<Record<(typeof BUILT_IN_PROFILE_IDS)[number], string>>;
  readonly ui: Readonly<Record<ReportUiKey, string>>;
}
