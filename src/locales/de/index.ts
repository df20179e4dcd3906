import type { LocaleCatalogue } from '../catalogue.js';
import { deCompletenessMessages } from './completeness.js';
import { deErrorMessages } from './errors.js';
import { deIssueMessages } from './issues.js';
import { deStackingMessages } from './stacking.js';
import { deVocabularyLabels } from './vocab.js';

/**
 * The German catalogue: every error and issue message, every vocabulary label, every report text, with exactly
 * the keys of `en`.
 *
 * @example
 * ```ts
 * import { checkCompleteness, formatReport } from 'microcred';
 * import { de } from 'microcred/locales';
 * formatReport(checkCompleteness({}), { locale: de });
 * ```
 * @category Locales
 */
export const de: LocaleCatalogue = {
  locale: 'de',
  errors: deErrorMessages,
  issues: deIssueMessages,
  vocabulary: deVocabularyLabels,
  completeness: deCompletenessMessages,
  stacking: deStackingMessages,
};
