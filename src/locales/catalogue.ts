import {
  type MicrocredErrorCode,
  MicrocredOptionsError,
  type ValidationIssue,
  type ValidationIssueCode,
} from '../errors.js';
import { formatMessage } from '../internal/format-message.js';
import type { VocabularyLabelList, VocabularyLabels } from '../vocab/index.js';
import type { CompletenessMessages } from './completeness-messages.js';
import type { StackingMessages } from './stacking-messages.js';

/**
 * A locale's messages: one per error code, one template per validation issue code, a label for every
 * vocabulary code, and the texts of completeness reports. Pass it per call; microcred keeps no global locale.
 * Every shipped locale has exactly the same keys as `en` (a test checks it).
 *
 * @example
 * ```ts
 * import { en, type LocaleCatalogue } from 'microcred/locales';
 * const catalogue: LocaleCatalogue = en;
 * ```
 * @category Locales
 */
export interface LocaleCatalogue {
  /** BCP 47 tag of the locale, e.g. `en`. */
  readonly locale: string;
  readonly errors: Readonly<Record<MicrocredErrorCode, string>>;
  readonly issues: Readonly<Record<ValidationIssueCode, string>>;
  readonly vocabulary: VocabularyLabels;
  readonly completeness: CompletenessMessages;
  /** Texts of stacking decisions: statuses, reason and warning templates, report labels. */
  readonly stacking: StackingMessages;
}

/**
 * Renders a validation issue in a locale, filling the template's `{placeholders}` from the issue's params.
 *
 * @param issue - an issue from a `MicrocredValidationError`
 * @param catalogue - the locale to use
 * @returns the message
 * @example
 * ```ts
 * import { en, formatIssue } from 'microcred/locales';
 * formatIssue({ code: 'too_small', path: ['learningOutcomes'], message: '', params: { minimum: 1 } }, en);
 * // 'Too small: expected at least 1'
 * ```
 * @category Locales
 */
export function formatIssue(issue: ValidationIssue, catalogue: LocaleCatalogue): string {
  return formatMessage(catalogue.issues[issue.code], issue.params);
}

/**
 * The label of a vocabulary code in a locale, or `undefined` for a code the list does not have.
 *
 * @param list - the vocabulary (`eqf-levels`, `isced-fields`, `countries`, ...)
 * @param code - the code, e.g. `'0613'`
 * @param catalogue - the locale to use
 * @returns the label
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for a list the catalogue does not have
 * @example
 * ```ts
 * import { en, vocabularyLabel } from 'microcred/locales';
 * vocabularyLabel('countries', 'EE', en); // 'Estonia'
 * ```
 * @category Locales
 */
export function vocabularyLabel(
  list: VocabularyLabelList,
  code: string | number,
  catalogue: LocaleCatalogue,
): string | undefined {
  if (!Object.hasOwn(catalogue.vocabulary, list))
    throw new MicrocredOptionsError('list', `unknown vocabulary ${String(list)}`);
  const labels = catalogue.vocabulary[list];
  const key = String(code);
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
}
