import type { LocaleCatalogue } from '../catalogue.js';
import { enCompletenessMessages } from './completeness.js';
import { enErrorMessages } from './errors.js';
import { enIssueMessages } from './issues.js';
import { enStackingMessages } from './stacking.js';
import { enVocabularyLabels } from './vocab.js';

/**
 * The English catalogue: every error and issue message, every vocabulary label, every report text.
 *
 * @example
 * ```ts
 * import { en } from 'microcred/locales';
 * en.vocabulary['eqf-levels']['6']; // 'Level 6'
 * ```
 * @category Locales
 */
export const en: LocaleCatalogue = {
  locale: 'en',
  errors: enErrorMessages,
  issues: enIssueMessages,
  vocabulary: enVocabularyLabels,
  completeness: enCompletenessMessages,
  stacking: enStackingMessages,
};
