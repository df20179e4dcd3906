/**
 * Countries as the EU country authority names them (ELM's form): the authority URI of an ISO 3166-1 alpha-2
 * code and back. Apart from `countries.ts`, whose code check the model's rules use, so that a bundle that
 * checks codes without mapping them to URIs loads neither these lookups nor their reverse table.
 *
 * @module
 */

import { alpha3Map, type CountryCode } from './countries.js';
import { COUNTRY_WITHOUT_AUTHORITY_DATA } from './data/countries.js';
import { invert, lazy, uriSuffix } from './own.js';

/** Authority URI suffix (the alpha-3) → alpha-2, for the codes the authority lists. */
const byAuthorityMap = /* @__PURE__ */ lazy(() => {
  const map = new Map(alpha3Map());
  for (const code of COUNTRY_WITHOUT_AUTHORITY_DATA) map.delete(code);
  return invert(map);
});

const COUNTRY_PREFIX = 'http://publications.europa.eu/resource/authority/country/';

/**
 * The EU country authority URI of an ISO 3166-1 alpha-2 code, as ELM's `Address.countryCode` expects.
 *
 * @param code - any string
 * @returns the URI, or undefined when `code` is not an alpha-2 code or has no authority entry (`TF`)
 * @example
 * ```ts
 * import { countryAuthorityUri } from 'microcred';
 * countryAuthorityUri('IE'); // 'http://publications.europa.eu/resource/authority/country/IRL'
 * ```
 * @category Vocabularies
 */
export function countryAuthorityUri(code: string): string | undefined {
  const suffix = alpha3Map().get(code as CountryCode);
  return suffix === undefined || (COUNTRY_WITHOUT_AUTHORITY_DATA as readonly string[]).includes(code)
    ? undefined
    : `${COUNTRY_PREFIX}${suffix}`;
}

/**
 * The ISO 3166-1 alpha-2 code of an EU country authority URI.
 *
 * @param uri - a concept URI (any value is accepted)
 * @returns the alpha-2 code, or undefined for unknown URIs and for the unmapped entries
 *   ({@link COUNTRY_AUTHORITY_UNMAPPED}, e.g. `…/country/1A0` Kosovo and `…/country/EUR`)
 * @example
 * ```ts
 * import { countryFromAuthorityUri } from 'microcred';
 * countryFromAuthorityUri('http://publications.europa.eu/resource/authority/country/GRC'); // 'GR'
 * countryFromAuthorityUri('http://publications.europa.eu/resource/authority/country/EUR'); // undefined
 * ```
 * @category Vocabularies
 */
export function countryFromAuthorityUri(uri: unknown): CountryCode | undefined {
  const suffix = uriSuffix(uri, COUNTRY_PREFIX);
  return suffix === undefined ? undefined : byAuthorityMap().get(suffix);
}
