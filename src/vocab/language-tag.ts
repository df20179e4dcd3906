/**
 * A pragmatic check of BCP 47 language tags whose primary subtag is an ISO 639-1 code.
 *
 * @module
 */

// The code list itself rather than ./languages.js, whose alpha-3 and authority lookups the model's rules never use.
import { LANGUAGE_CODE_DATA as LANGUAGE_CODES } from './data/languages.js';

/**
 * A regular expression source (ECMAScript syntax, usable as a JSON Schema `pattern`) for BCP 47 tags whose
 * primary subtag is one of the 184 ISO 639-1 codes in lower case, followed by the optional well-formed
 * subtags of RFC 5646 in order: up to three extended-language subtags (`zh-yue`), a script (`Latn`), a region
 * (`GB`, `419`), variants (`1996`, `rozaj`), extensions (`u-ca-buddhist`) and private use (`x-mine`).
 *
 * Limits: subtags after the first are case-insensitive, as in BCP 47, but the primary subtag must be lower
 * case; subtags are checked for shape, not against the IANA registry (`en-ZZ` passes); duplicate variants
 * or singletons are not detected; grandfathered tags (`i-klingon`), private-use-only tags (`x-foo`) and
 * tags with a three-letter primary language (`fil`, `yue`) are rejected.
 *
 * @example
 * ```ts
 * import { LANGUAGE_TAG_PATTERN } from 'microcred';
 * new RegExp(LANGUAGE_TAG_PATTERN).test('pt-BR'); // true
 * const schema = { type: 'string', pattern: LANGUAGE_TAG_PATTERN };
 * ```
 * @category Vocabularies
 */
export const LANGUAGE_TAG_PATTERN: string =
  `^(?:${/* @__PURE__ */ LANGUAGE_CODES.join('|')})` +
  '(?:-[A-Za-z]{3}){0,3}' +
  '(?:-[A-Za-z]{4})?' +
  '(?:-(?:[A-Za-z]{2}|[0-9]{3}))?' +
  '(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*' +
  '(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*' +
  '(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$';

const LANGUAGE_TAG_REGEXP = /* @__PURE__ */ new RegExp(LANGUAGE_TAG_PATTERN);

/**
 * Tells whether a value is a well-formed BCP 47 language tag whose primary subtag is an ISO 639-1 code,
 * such as `en`, `en-GB`, `pt-BR` or `sr-Latn-RS`. See {@link LANGUAGE_TAG_PATTERN} for what is and is
 * not checked.
 *
 * @param value - anything
 * @returns true when `value` is a string matching {@link LANGUAGE_TAG_PATTERN}
 * @example
 * ```ts
 * import { isLanguageTag } from 'microcred';
 * isLanguageTag('sr-Latn-RS'); // true
 * isLanguageTag('english'); // false
 * ```
 * @category Vocabularies
 */
export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 128 && LANGUAGE_TAG_REGEXP.test(value);
}
