import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_AUTHORITY_SCHEME_URI,
  COUNTRY_AUTHORITY_UNMAPPED,
  COUNTRY_CODES,
  countryAlpha3,
  countryAuthorityUri,
  countryFromAuthorityUri,
  isCountryCode,
} from '../../src/vocab/index.js';
import { lastSegment, readElmVocab } from './elm-files.js';

const official = readElmVocab('country.json');
const iso: readonly (readonly string[])[] = createRequire(import.meta.url)('i18n-iso-countries/codes.json');

describe('ISO 3166-1 countries', () => {
  it('holds the 249 officially assigned alpha-2 codes, sorted, without XK', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect([...COUNTRY_CODES].sort()).toEqual([...COUNTRY_CODES]);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(isCountryCode('XK')).toBe(false);
    expect(COUNTRY_CODES).toEqual(
      iso
        .map((row) => row[0])
        .filter((c) => c !== 'XK')
        .sort(),
    );
  });

  it('checks codes strictly', () => {
    expect(isCountryCode('GR')).toBe(true);
    for (const v of ['EL', 'gr', 'GRC', 'UK', 'EU', '', 'constructor', '__proto__', 30, null]) {
      expect(isCountryCode(v)).toBe(false);
    }
  });

  it('gives each code its alpha-3', () => {
    for (const [alpha2, alpha3] of iso) {
      if (alpha2 === undefined || alpha2 === 'XK') continue;
      expect(countryAlpha3(alpha2)).toBe(alpha3);
    }
    expect(countryAlpha3('XK')).toBeUndefined();
    expect(countryAlpha3('toString')).toBeUndefined();
  });

  it('maps Greece to GRC (EL is only the EU abbreviation)', () => {
    expect(countryAuthorityUri('GR')).toBe('http://publications.europa.eu/resource/authority/country/GRC');
    expect(countryFromAuthorityUri('http://publications.europa.eu/resource/authority/country/GRC')).toBe('GR');
    expect(countryAuthorityUri('EL')).toBeUndefined();
    expect(countryFromAuthorityUri('http://publications.europa.eu/resource/authority/country/EL')).toBeUndefined();
  });

  it('round-trips every authority entry that has an alpha-2 code', () => {
    expect(official.values).toHaveLength(253);
    expect(COUNTRY_AUTHORITY_SCHEME_URI).toBe(official.conceptScheme);
    let mapped = 0;
    for (const { uri } of official.values) {
      const code = countryFromAuthorityUri(uri);
      if (code === undefined) continue;
      mapped += 1;
      expect(countryAuthorityUri(code)).toBe(uri);
      expect(countryAlpha3(code)).toBe(lastSegment(uri));
    }
    expect(mapped).toBe(248);
  });

  it('never maps the non-ISO authority entries (1A0 Kosovo, EUR, …)', () => {
    expect([...COUNTRY_AUTHORITY_UNMAPPED]).toEqual(['1A0', 'CPT', 'EUR', 'FQ0', 'OP_DATPRO']);
    const suffixes = new Set(official.values.map((v) => lastSegment(v.uri)));
    for (const suffix of COUNTRY_AUTHORITY_UNMAPPED) {
      expect(suffixes.has(suffix)).toBe(true);
      expect(countryFromAuthorityUri(`${COUNTRY_AUTHORITY_SCHEME_URI}/${suffix}`)).toBeUndefined();
    }
  });

  it('leaves TF without an authority URI (the list has FQ0, a different territory, and no ATF)', () => {
    expect(isCountryCode('TF')).toBe(true);
    expect(countryAuthorityUri('TF')).toBeUndefined();
    expect(COUNTRY_CODES.filter((c) => countryAuthorityUri(c) === undefined)).toEqual(['TF']);
  });

  it('rejects other URIs', () => {
    for (const uri of [
      'https://publications.europa.eu/resource/authority/country/IRL',
      'http://publications.europa.eu/resource/authority/country/irl',
      'http://publications.europa.eu/resource/authority/country/IE',
      'http://publications.europa.eu/resource/authority/country/constructor',
      'http://publications.europa.eu/resource/authority/country/',
      null,
    ]) {
      expect(countryFromAuthorityUri(uri)).toBeUndefined();
    }
  });
});
