import type { LocaleCatalogue } from '../catalogue.js';
import { frCompletenessMessages } from './completeness.js';
import { frErrorMessages } from './errors.js';
import { frIssueMessages } from './issues.js';
import { frStackingMessages } from './stacking.js';
import { frVocabularyLabels } from './vocab.js';

/**
 * The French catalogue: every error and issue message, every vocabulary label, every report text, with exactly
 * the keys of `en`.
 *
 * @example
 * ```ts
 * import { checkCompleteness, formatReport } from 'microcred';
 * import { fr } from 'microcred/locales';
 * formatReport(checkCompleteness({}), { locale: fr });
 * ```
 * @category Locales
 */
export const fr: LocaleCatalogue = {
  locale: 'fr',
  errors: frErrorMessages,
  issues: frIssueMessages,
  vocabulary: frVocabularyLabels,
  completeness: frCompletenessMessages,
  stacking: frStackingMessages,
};
