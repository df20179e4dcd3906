/**
 * `microcred/locales`: message catalogues and vocabulary labels, passed per call (never set globally).
 *
 * @module
 */
export { formatIssue, type LocaleCatalogue, vocabularyLabel } from './catalogue.js';
export { deStackingMessages } from './de/stacking.js';
export { enErrorMessages } from './en/errors.js';
export { en } from './en/index.js';
export { enIssueMessages } from './en/issues.js';
export { enStackingMessages } from './en/stacking.js';
export { enVocabularyLabels } from './en/vocab.js';
export { frStackingMessages } from './fr/stacking.js';
export type { StackingMessages, StackingUiStrings } from './stacking-messages.js';
