/**
 * Code ↔ URI lookups over any list of {@link VOCABULARIES}.
 *
 * @module
 */

import { countryAuthorityUri, countryFromAuthorityUri } from './country-authority.js';
import { eqfLevelFromUri, eqfLevelUri, isEqfLevel } from './eqf.js';
import { isIscedFCode } from './isced-f.js';
import { iscedFFromUri, iscedFUri } from './isced-f-uri.js';
import { languageAuthorityUri, languageFromAuthorityUri } from './languages.js';
import { ownValue } from './own.js';
import { VOCABULARIES, type VocabularyCode, type VocabularyName } from './vocabularies.js';

/**
 * The concept URI of a code in a list.
 *
 * @param list - the list's name
 * @param code - a code of that list
 * @returns the URI; undefined when the code has no concept (assessment `none`, internal/external QA, the
 *   supervision value whose ELM URI is not known, ISO `TF`) or is not a code of the list
 * @example
 * ```ts
 * import { vocabularyUri } from 'microcred';
 * vocabularyUri('participation-modes', 'blended'); // 'http://data.europa.eu/snb/learning-assessment/e92d221e4d'
 * vocabularyUri('eqf-levels', 6); // 'http://data.europa.eu/snb/eqf/6'
 * vocabularyUri('assessment-types', 'none'); // undefined
 * ```
 * @category Vocabularies
 */
export function vocabularyUri<N extends VocabularyName>(list: N, code: VocabularyCode<N>): string | undefined {
  const name: VocabularyName = list;
  const value: unknown = code;
  switch (name) {
    case 'eqf-levels':
      return isEqfLevel(value) ? eqfLevelUri(value) : undefined;
    case 'isced-fields':
      return isIscedFCode(value) ? iscedFUri(value) : undefined;
    case 'countries':
      return typeof value === 'string' ? countryAuthorityUri(value) : undefined;
    case 'languages':
      return typeof value === 'string' ? languageAuthorityUri(value) : undefined;
    default:
      return typeof value === 'string' ? ownValue<string>(VOCABULARIES[name].uris, value) : undefined;
  }
}

/**
 * The code of a concept URI in a list.
 *
 * @param list - the list's name
 * @param uri - a concept URI (any value is accepted)
 * @returns the code, or undefined when the URI is not a known concept of that list
 * @example
 * ```ts
 * import { vocabularyCodeFromUri } from 'microcred';
 * vocabularyCodeFromUri('learning-settings', 'http://data.europa.eu/snb/learning-setting/e207a81fc7'); // 'non-formal'
 * vocabularyCodeFromUri('countries', 'http://publications.europa.eu/resource/authority/country/GRC'); // 'GR'
 * ```
 * @category Vocabularies
 */
export function vocabularyCodeFromUri<N extends VocabularyName>(list: N, uri: unknown): VocabularyCode<N> | undefined {
  const name: VocabularyName = list;
  let code: VocabularyCode<VocabularyName> | undefined;
  switch (name) {
    case 'eqf-levels':
      code = eqfLevelFromUri(uri);
      break;
    case 'isced-fields':
      code = iscedFFromUri(uri);
      break;
    case 'countries':
      code = countryFromAuthorityUri(uri);
      break;
    case 'languages':
      code = languageFromAuthorityUri(uri);
      break;
    default:
      code = typeof uri === 'string' ? ownValue(VOCABULARIES[name].codesByUri, uri) : undefined;
  }
  return code as VocabularyCode<N> | undefined;
}
