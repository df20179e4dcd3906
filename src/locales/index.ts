/**
 * `microcred/locales`: message catalogues and vocabulary labels, passed per call (never set globally).
 *
 * @module
 */
export { formatIssue, type LocaleCatalogue, vocabularyLabel } from './catalogue.js';
export {
  BUILT_IN_PROFILE_IDS,
  type CompletenessMessages,
  REPORT_UI_KEYS,
  type ReportUiKey,
} from './completeness-messages.js';
export { enCompletenessMessages } from './en/completeness.js';
export { enErrorMessages } from './en/errors.js';
export { en } from './en/index.js';
export { enIssueMessages } from './en/issues.js';
export { enVocabularyLabels } from './en/vocab.js';
