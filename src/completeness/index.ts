/**
 * Completeness: check a credential or a draft against a profile, element by element.
 *
 * @module
 */

export { assertComplete, checkCompleteness } from './check-completeness.js';
export { defineProfile, type ElementDefinition, type ProfileDefinition } from './define-profile.js';
export { ELEMENT_IDS, type ElementId } from './elements.js';
export { extendProfile, type ProfileExtension } from './extend-profile.js';
export type { CompletenessOptions } from './options.js';
export type {
  CompletenessEvidence,
  CompletenessProfile,
  CompletenessRule,
  ElementSpec,
  ElementState,
  ProfileSource,
  RuleContext,
  RuleFinding,
} from './profile.js';
export { profiles } from './profiles/index.js';
export { COMPLETENESS_REASONS, COMPLETENESS_TERMS, type CompletenessReason, type CompletenessTerm } from './reasons.js';
export type {
  CompletenessEntry,
  CompletenessFinding,
  CompletenessReport,
  ReportParam,
  ReportProfile,
} from './report.js';
export { forbidTitleWords, QUALIFICATION_TITLE_WORDS, type TitleWordsOptions } from './rules/title-words.js';
export { requireWorkloadRange, type WorkloadBounds, type WorkloadRangeOptions } from './rules/workload-range.js';
export {
  COMPLETENESS_VERDICTS,
  type CompletenessVerdict,
  ELEMENT_STATUSES,
  type ElementStatus,
  type Requirement,
  SEVERITIES,
  type Severity,
} from './statuses.js';
