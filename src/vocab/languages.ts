/**
 * Languages: the 184 ISO 639-1 codes (the model's form) with their ISO 639-2/T codes, and the EU language
 * authority URIs (ELM's form).
 *
 * @module
 */

import { LANGUAGE_ALPHA3_DATA, LANGUAGE_CODE_DATA } from './data/languages.js';
import { invert, lazy, unpack, uriSuffix } from './own.js';

/** ISO 639-1 → ISO 639-2/T, and back, built on first use. */
const alpha3Map = /* @__PURE__ */ lazy(() => unpack(LANGUAGE_CODE_DATA, LANGUAGE_ALPHA3_DATA, 3));
const byAlpha3Map = /* @__PURE__ */ lazy(() => invert(alpha3Map()));

const LANGUAGE_PREFIX = 'http://publications.europa.eu/resource/authority/language/';

/**
 * The 184 ISO 639-1 two-letter codes, sorted.
 *
 * @example
 * ```ts
 * import { LANGUAGE_CODES } from 'microcred';
 * LANGUAGE_CODES.includes('ga'); // true
 * ```
 * @category Vocabularies
 */
export const LANGUAGE_CODES = LANGUAGE_CODE_DATA;

/**
 * An ISO 639-1 code, lower case.
 *
 * @example
 * ```ts
 * import type { LanguageCode } from 'microcred';
 * const irish: LanguageCode = 'ga';
 * ```
 * @category Vocabularies
 */
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/**
 * The concept scheme of the EU language authority.
 *
 * @example
 * ```ts
 * import { LANGUAGE_AUTHORITY_SCHEME_URI } from 'microcred';
 * LANGUAGE_AUTHORITY_SCHEME_URI; // 'http://publications.europa.eu/resource/authority/language'
 * ```
 * @category Vocabularies
 */
export const LANGUAGE_AUTHORITY_SCHEME_URI = 'http://publications.europa.eu/resource/authority/language';

/**
 * Tells whether a value is an ISO 639-1 code (lower case only).
 *
 * @param value - anything
 * @returns true for `'en'`; false for `'EN'`, `'eng'` or `'en-GB'` (see {@link isLanguageTag} for tags)
 * @example
 * ```ts
 * import { isLanguageCode } from 'microcred';
 * isLanguageCode('mt'); // true
 * isLanguageCode('xx'); // false
 * ```
 * @category Vocabularies
 */
export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && alpha3Map().has(value as LanguageCode);
}

/**
 * The ISO 639-2/T (terminology) code of an ISO 639-1 code: `deu` for `de`, not the bibliographic `ger`.
 *
 * @param code - any string
 * @returns the three-letter code in lower case, or undefined when `code` is not an ISO 639-1 code
 * @example
 * ```ts
 * import { languageAlpha3 } from 'microcred';
 * languageAlpha3('de'); // 'deu'
 * ```
 * @category Vocabularies
 */
export function languageAlpha3(code: string): string | undefined {
  return alpha3Map().get(code as LanguageCode);
}

/**
 * The EU language authority URI of an ISO 639-1 code: the ISO 639-2/T code in upper case after
 * `http://publications.europa.eu/resource/authority/language/`. `ENG` and `FRA` are confirmed by the ELM
 * samples; that the authority uses the 639-2/T code for every language is unverified.
 *
 * @param code - any string
 * @returns the URI, or undefined when `code` is not an ISO 639-1 code
 * @example
 * ```ts
 * import { languageAuthorityUri } from 'microcred';
 * languageAuthorityUri('fr'); // 'http://publications.europa.eu/resource/authority/language/FRA'
 * ```
 * @category Vocabularies
 */
export function languageAuthorityUri(code: string): string | undefined {
  const alpha3 = languageAlpha3(code);
  return alpha3 === undefined ? undefined : `${LANGUAGE_PREFIX}${alpha3.toUpperCase()}`;
}

/**
 * The ISO 639-1 code of an EU language authority URI (upper-case ISO 639-2/T suffix; same caveat as
 * {@link languageAuthorityUri}).
 *
 * @param uri - a concept URI (any value is accepted)
 * @returns the ISO 639-1 code, or undefined when the URI is not recognised (including lower-case suffixes)
 * @example
 * ```ts
 * import { languageFromAuthorityUri } from 'microcred';
 * languageFromAuthorityUri('http://publications.europa.eu/resource/authority/language/ENG'); // 'en'
 * ```
 * @category Vocabularies
 */
export function languageFromAuthorityUri(uri: unknown): LanguageCode | undefined {
  const suffix = uriSuffix(uri, LANGUAGE_PREFIX);
  if (suffix === undefined || !/^[A-Z]{3}$/.test(suffix)) return undefined;
  return byAlpha3Map().get(suffix.toLowerCase());
}
