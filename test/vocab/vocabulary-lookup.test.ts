import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  EQF_LEVELS,
  ISCED_F_CODES,
  LANGUAGE_CODES,
  VOCABULARIES,
  VOCABULARY_LABEL_LISTS,
  type VocabularyName,
  vocabularyCodeFromUri,
  vocabularyUri,
} from '../../src/vocab/index.js';

describe('VOCABULARIES', () => {
  it('describes 17 lists, each with a scheme URI, a source and non-empty distinct codes', () => {
    const names = Object.keys(VOCABULARIES) as VocabularyName[];
    expect(names).toHaveLength(17);
    for (const name of names) {
      const info = VOCABULARIES[name];
      expect(info.schemeUri).toMatch(/^http:\/\//);
      expect(info.source.length).toBeGreaterThan(0);
      expect(info.codes.length).toBeGreaterThan(0);
      expect(new Set<unknown>(info.codes).size).toBe(info.codes.length);
      expect(VOCABULARY_LABEL_LISTS).toContain(name);
    }
  });

  it('keeps every concept table consistent in both directions', () => {
    for (const info of Object.values(VOCABULARIES)) {
      if (!('uris' in info)) continue;
      const uris: Readonly<Record<string, string>> = info.uris;
      const codesByUri: Readonly<Record<string, string>> = info.codesByUri;
      expect(Object.keys(codesByUri).sort()).toEqual(Object.values(uris).sort());
      for (const [code, uri] of Object.entries(uris)) {
        expect(info.codes as readonly unknown[]).toContain(code);
        expect(codesByUri[uri]).toBe(code);
        expect(uri.startsWith(info.schemeUri.slice(0, info.schemeUri.lastIndexOf('/') + 1))).toBe(true);
      }
    }
  });
});

describe('vocabularyUri / vocabularyCodeFromUri on computed lists', () => {
  it('delegates to EQF, ISCED-F, countries and languages', () => {
    expect(vocabularyUri('eqf-levels', 6)).toBe('http://data.europa.eu/snb/eqf/6');
    expect(vocabularyUri('isced-fields', '0613')).toBe('http://data.europa.eu/snb/isced-f/0613');
    expect(vocabularyUri('countries', 'IE')).toBe('http://publications.europa.eu/resource/authority/country/IRL');
    expect(vocabularyUri('languages', 'ga')).toBe('http://publications.europa.eu/resource/authority/language/GLE');
    expect(vocabularyCodeFromUri('eqf-levels', 'http://data.europa.eu/snb/eqf/6')).toBe(6);
    expect(vocabularyCodeFromUri('isced-fields', 'http://data.europa.eu/snb/isced-f/0613')).toBe('0613');
    expect(vocabularyCodeFromUri('countries', 'http://publications.europa.eu/resource/authority/country/1A0')).toBe(
      undefined,
    );
    expect(vocabularyCodeFromUri('languages', 'http://publications.europa.eu/resource/authority/language/FRA')).toBe(
      'fr',
    );
  });

  it('round-trips every code of the computed lists that has a URI', () => {
    const cases: readonly [VocabularyName, readonly (string | number)[]][] = [
      ['eqf-levels', EQF_LEVELS],
      ['isced-fields', ISCED_F_CODES],
      ['countries', COUNTRY_CODES],
      ['languages', LANGUAGE_CODES],
    ];
    for (const [name, codes] of cases) {
      for (const code of codes) {
        const uri = vocabularyUri(name, code as never);
        if (name === 'countries' && code === 'TF') {
          expect(uri).toBeUndefined();
          continue;
        }
        expect(vocabularyCodeFromUri(name, uri)).toBe(code);
      }
    }
  });

  it('returns undefined for codes of the wrong type or outside the list', () => {
    expect(vocabularyUri('eqf-levels', 9 as never)).toBeUndefined();
    expect(vocabularyUri('eqf-levels', '6' as never)).toBeUndefined();
    expect(vocabularyUri('isced-fields', '613' as never)).toBeUndefined();
    expect(vocabularyUri('countries', 7 as never)).toBeUndefined();
    expect(vocabularyUri('languages', null as never)).toBeUndefined();
    expect(vocabularyCodeFromUri('eqf-levels', 'http://data.europa.eu/snb/isced-f/06')).toBeUndefined();
  });
});
