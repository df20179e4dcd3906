/**
 * Words in a title that claim a full qualification.
 *
 * @module
 */

import { MicrocredOptionsError } from '../../errors.js';
import type { CompletenessRule, RuleFinding } from '../profile.js';
import type { Severity } from '../statuses.js';

/**
 * Words that name a full qualification (a degree, a diploma) in the languages microcred ships, plus common
 * European variants: English `degree`, `diploma`, `bachelor`, `master`, `doctorate`, `PhD` (with plurals),
 * German `Diplom`, `Bachelor`, `Master`, `Magister`, `Doktor`, French `diplôme`, `licence`, `doctorat`, Dutch
 * and Italian `diploma`, `laurea`, `dottorato`, Spanish `grado`, `máster`, `licenciatura`, `doctorado`. Matched
 * case-insensitively as whole words, so `Master the basics` matches but `masterclass` does not.
 *
 * @example
 * ```ts
 * import { QUALIFICATION_TITLE_WORDS } from 'microcred';
 * QUALIFICATION_TITLE_WORDS.includes('diploma'); // true
 * ```
 * @category Completeness
 */
export const QUALIFICATION_TITLE_WORDS = [
  'degree',
  'degrees',
  'diploma',
  'diplomas',
  'bachelor',
  'bachelors',
  'master',
  'masters',
  'doctorate',
  'doctoral',
  'phd',
  'diplom',
  'magister',
  'doktor',
  'diplôme',
  'licence',
  'doctorat',
  'laurea',
  'dottorato',
  'grado',
  'máster',
  'licenciatura',
  'doctorado',
] as const;

/**
 * The options of `forbidTitleWords`.
 *
 * @example
 * ```ts
 * import type { TitleWordsOptions } from 'microcred';
 * const o: TitleWordsOptions = { id: 'ACME-T', words: ['diploma'], severity: 'warning' };
 * ```
 * @category Completeness
 */
export interface TitleWordsOptions {
  readonly id: string;
  /** Words or phrases, matched case-insensitively as whole words; `QUALIFICATION_TITLE_WORDS` by default. */
  readonly words?: readonly string[];
  /** `error` by default. */
  readonly severity?: Severity;
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * A rule that flags a title containing any of the given words, in any of its languages, as whole words and
 * case-insensitively (Unicode-aware: `Diplôme` matches `diplôme`). One finding per word found, with the word
 * and the language key of the title it was found in.
 *
 * @param options - rule id, words, severity
 * @returns the rule, for element `b`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when `words` is empty or holds a blank word
 * @example
 * ```ts
 * import { checkCompleteness, defineProfile, forbidTitleWords } from 'microcred';
 * const profile = defineProfile({
 *   id: 'acme',
 *   version: '1',
 *   title: 'ACME',
 *   elements: { b: { requirement: 'mandatory' } },
 *   rules: [forbidTitleWords({ id: 'ACME-T', words: ['diploma'] })],
 * });
 * checkCompleteness({ title: 'Diploma in Welding' }, { profile }).entries[0]?.reason; // 'title_has_qualification_word'
 * ```
 * @category Completeness
 */
export function forbidTitleWords(options: TitleWordsOptions): CompletenessRule {
  const words = options.words ?? QUALIFICATION_TITLE_WORDS;
  if (words.length === 0 || words.some((w) => typeof w !== 'string' || !/\S/.test(w))) {
    throw new MicrocredOptionsError('words', 'must be a non-empty list of words');
  }
  // One pass per title variant: an alternation of every word, longest first so a phrase wins over its first word.
  const sorted = [...new Set(words.map((w) => w.trim()))].sort((x, y) => y.length - x.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeWord).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    id: options.id,
    element: 'b',
    severity: options.severity ?? 'error',
    check: (ctx) => {
      const title = ctx.draft.title;
      if (title === undefined) return [];
      const variants: [string | undefined, string][] =
        typeof title === 'string' ? [[undefined, title]] : Object.entries(title);
      const found: RuleFinding[] = [];
      const seen = new Set<string>();
      for (const [language, text] of variants) {
        for (const match of text.matchAll(pattern)) {
          const word = match[0].toLowerCase().replace(/\s+/g, ' ');
          if (seen.has(word)) continue;
          seen.add(word);
          found.push({
            reason: 'title_has_qualification_word',
            params: { word },
            path: language === undefined ? ['title'] : ['title', language],
          });
        }
      }
      return found;
    },
  };
}
