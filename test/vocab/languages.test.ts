import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  isLanguageCode,
  LANGUAGE_AUTHORITY_SCHEME_URI,
  LANGUAGE_CODES,
  languageAlpha3,
  languageAuthorityUri,
  languageFromAuthorityUri,
} from '../../src/vocab/index.js';

interface LangsRow {
  readonly '1': string;
  readonly '2T': string;
  readonly '2B': string;
}
const langs: { all(): readonly LangsRow[] } = createRequire(import.meta.url)('langs');

describe('ISO 639-1 languages', () => {
  it('holds all 184 codes of the langs table, sorted', () => {
    expect(LANGUAGE_CODES).toHaveLength(184);
    expect([...LANGUAGE_CODES].sort()).toEqual([...LANGUAGE_CODES]);
    expect([...LANGUAGE_CODES]).toEqual(
      langs
        .all()
        .map((l) => l['1'])
        .sort(),
    );
  });

  it('checks codes strictly', () => {
    expect(isLanguageCode('en')).toBe(true);
    for (const v of ['EN', 'eng', 'en-GB', 'xx', '', 'constructor', 1, undefined])
      expect(isLanguageCode(v)).toBe(false);
  });

  it('uses the ISO 639-2/T code, not the bibliographic one', () => {
    for (const row of langs.all()) expect(languageAlpha3(row['1'])).toBe(row['2T']);
    expect(languageAlpha3('de')).toBe('deu');
    expect(languageAlpha3('el')).toBe('ell');
    expect(languageAlpha3('zz')).toBeUndefined();
  });

  it('builds EU language authority URIs confirmed by the ELM samples (ENG, FRA) and round-trips all', () => {
    expect(languageAuthorityUri('en')).toBe('http://publications.europa.eu/resource/authority/language/ENG');
    expect(languageAuthorityUri('fr')).toBe('http://publications.europa.eu/resource/authority/language/FRA');
    for (const code of LANGUAGE_CODES) {
      const uri = languageAuthorityUri(code);
      expect(uri?.startsWith(`${LANGUAGE_AUTHORITY_SCHEME_URI}/`)).toBe(true);
      expect(languageFromAuthorityUri(uri)).toBe(code);
    }
    expect(languageAuthorityUri('xx')).toBeUndefined();
  });

  it('rejects other URIs', () => {
    for (const uri of [
      'http://publications.europa.eu/resource/authority/language/eng',
      'http://publications.europa.eu/resource/authority/language/GER',
      'http://publications.europa.eu/resource/authority/language/EN',
      'https://publications.europa.eu/resource/authority/language/ENG',
      'http://publications.europa.eu/resource/authority/language/MUL',
      7,
    ]) {
      expect(languageFromAuthorityUri(uri)).toBeUndefined();
    }
  });
});
