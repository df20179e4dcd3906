/**
 * Countries: ISO 3166-1 alpha-2 codes (the model's and OB 3.0's form) and the EU country authority URIs
 * (ELM's form).
 *
 * The list holds the 249 officially assigned ISO 3166-1 codes. `XK` (Kosovo) is left out: it is a
 * user-assigned code, not an ISO 3166-1 element, and the EU authority uses the non-ISO code `1A0` for Kosovo.
 * The alpha-2 ↔ authority table is computed from alpha-3, because the authority's suffixes are alpha-3
 * codes for every entry that has one (Greece is `GRC`; `EL` is only the EU's own abbreviation).
 *
 * @module
 */

import { COUNTRY_ALPHA3_DATA, COUNTRY_AUTHORITY_UNMAPPED_DATA, COUNTRY_CODE_DATA } from './data/countries.js';
import { lazy, unpack } from './own.js';

/** alpha-2 → alpha-3, built on first use. */
export const alpha3Map = /* @__PURE__ */ lazy(() => unpack(COUNTRY_CODE_DATA, COUNTRY_ALPHA3_DATA, 3));

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes, sorted. `XK` is not one of them.
 *
 * @example
 * ```ts
 * import { COUNTRY_CODES } from 'microcred';
 * COUNTRY_CODES.includes('GR'); // true
 * ```
 * @category Vocabularies
 */
export const COUNTRY_CODES = COUNTRY_CODE_DATA;

/**
 * An ISO 3166-1 alpha-2 code, upper case.
 *
 * @example
 * ```ts
 * import type { CountryCode } from 'microcred';
 * const ireland: CountryCode = 'IE';
 * ```
 * @category Vocabularies
 */
export type CountryCode = (typeof COUNTRY_CODES)[number];

/**
 * The concept scheme of the EU country authority.
 *
 * @example
 * ```ts
 * import { COUNTRY_AUTHORITY_SCHEME_URI } from 'microcred';
 * COUNTRY_AUTHORITY_SCHEME_URI; // 'http://publications.europa.eu/resource/authority/country'
 * ```
 * @category Vocabularies
 */
export const COUNTRY_AUTHORITY_SCHEME_URI = 'http://publications.europa.eu/resource/authority/country';

/**
 * The suffixes of EU country authority entries that have no ISO 3166-1 alpha-2 code and are never mapped:
 * `1A0` Kosovo, `CPT` Clipperton, `EUR` European Union, `FQ0` French Southern and Antarctic Lands and
 * `OP_DATPRO` Provisional data. (ISO's `TF`, French Southern Territories, in turn has no authority entry
 * in the ELM list; `FQ0` is not the same territory, so `TF` stays unmapped too.)
 *
 * @example
 * ```ts
 * import { COUNTRY_AUTHORITY_UNMAPPED } from 'microcred';
 * COUNTRY_AUTHORITY_UNMAPPED.includes('1A0'); // true
 * ```
 * @category Vocabularies
 */
export const COUNTRY_AUTHORITY_UNMAPPED = COUNTRY_AUTHORITY_UNMAPPED_DATA;

/**
 * Tells whether a value is an officially assigned ISO 3166-1 alpha-2 code (upper case only).
 *
 * @param value - anything
 * @returns true for `'GR'`; false for `'gr'`, `'EL'` or `'XK'`
 * @example
 * ```ts
 * import { isCountryCode } from 'microcred';
 * isCountryCode('DE'); // true
 * isCountryCode('XK'); // false
 * ```
 * @category Vocabularies
 */
export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && alpha3Map().has(value as CountryCode);
}

/**
 * The ISO 3166-1 alpha-3 code of an alpha-2 code.
 *
 * @param code - any string
 * @returns the alpha-3 code (`'GRC'` for `'GR'`), or undefined when `code` is not an alpha-2 code
 * @example
 * ```ts
 * import { countryAlpha3 } from 'microcred';
 * countryAlpha3('GR'); // 'GRC'
 * ```
 * @category Vocabularies
 */
export function countryAlpha3(code: string): string | undefined {
  return alpha3Map().get(code as CountryCode);
}
