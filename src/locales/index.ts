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
export { deCompletenessMessages } from './de/completeness.js';
export { deErrorMessages } from './de/errors.js';
export { de } from './de/index.js';
export { deIssueMessages } from './de/issues.js';
export { deStackingMessages } from './de/stacking.js';
export { deVocabularyLabels } from './de/vocab.js';
export { enCompletenessMessages } from './en/completeness.js';
export { enErrorMessages } from './en/errors.js';
export { en } from './en/index.js';
export { enIssueMessages } from './en/issues.js';
export { enStackingMessages } from './en/stacking.js';
export { enVocabularyLabels } from './en/vocab.js';
export { frCompletenessMessages } from './fr/completeness.js';
export { frErrorMessages } from './fr/errors.js';
export { fr } from './fr/index.js';
export { frIssueMessages } from './fr/issues.js';
export { frStackingMessages } from './fr/stacking.js';
export { frVocabularyLabels } from './fr/vocab.js';
export type { StackingMessages, StackingUiStrings } from './stacking-messages.js';
