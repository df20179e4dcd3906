/**
 * The names of the label lists every locale provides (`enVocabularyLabels` and its siblings).
 *
 * @module
 */

/**
 * Every list a locale labels: each {@link VocabularyName} plus the lists without concept URIs
 * (`qf-ehea-cycles`, `isced-levels`, `supervision-settings`, `stackability-types`, `credit-units`).
 * Every locale has exactly these keys, and under each key exactly the codes of that list (numbers such as
 * EQF levels as strings: `'6'`).
 *
 * @example
 * ```ts
 * import { VOCABULARY_LABEL_LISTS } from 'microcred';
 * VOCABULARY_LABEL_LISTS.includes('credit-units'); // true
 * ```
 * @category Vocabularies
 */
export const VOCABULARY_LABEL_LISTS = [
  'eqf-levels',
  'qf-ehea-cycles',
  'isced-fields',
  'isced-levels',
  'countries',
  'languages',
  'supervision-types',
  'supervision-settings',
  'stackability-types',
  'assessment-types',
  'participation-modes',
  'learning-activity-types',
  'learning-settings',
  'learning-schedule-types',
  'learning-opportunity-types',
  'target-groups',
  'qa-types',
  'skill-types',
  'skill-reuse-levels',
  'credential-types',
  'credit-systems',
  'credit-units',
] as const;

/**
 * The name of a label list.
 *
 * @example
 * ```ts
 * import type { VocabularyLabelList } from 'microcred';
 * const list: VocabularyLabelList = 'countries';
 * ```
 * @category Vocabularies
 */
export type VocabularyLabelList = (typeof VOCABULARY_LABEL_LISTS)[number];

/**
 * The shape of a locale's vocabulary labels: for each list, a label for each code.
 *
 * @example
 * ```ts
 * import type { VocabularyLabels } from 'microcred';
 * function label(labels: VocabularyLabels, code: string): string {
 *   return labels['assessment-types'][code] ?? code;
 * }
 * ```
 * @category Vocabularies
 */
export type VocabularyLabels = { readonly [L in VocabularyLabelList]: Readonly<Record<string, string>> };
