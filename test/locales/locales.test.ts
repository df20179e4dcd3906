import { describe, expect, it } from 'vitest';
import { COMPLETENESS_REASONS, COMPLETENESS_TERMS, ELEMENT_IDS } from '../../src/completeness/index.js';
import { MICROCRED_ERROR_CODES, VALIDATION_ISSUE_CODES } from '../../src/errors.js';
import type { LocaleCatalogue } from '../../src/locales/catalogue.js';
import { BUILT_IN_PROFILE_IDS, REPORT_UI_KEYS } from '../../src/locales/completeness-messages.js';
import { de } from '../../src/locales/de/index.js';
import { en } from '../../src/locales/en/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { COUNTRY_CODES, ISCED_F_CODES, LANGUAGE_CODES, VOCABULARY_LABEL_LISTS } from '../../src/vocab/index.js';

const LOCALES: readonly LocaleCatalogue[] = [en, de, fr];

/** Every key path of a nested object of strings, sorted. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value)
    .flatMap(([k, v]) => keyPaths(v, prefix === '' ? k : `${prefix}/${k}`))
    .sort();
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}

describe('every locale has exactly the keys of every other', () => {
  const reference = keyPaths(en);

  it.each(LOCALES.map((l) => [l.locale, l] as const))(
    '%s: same key set as en, every value a non-empty string',
    (_, locale) => {
      expect(keyPaths(locale)).toEqual(reference);
      for (const path of keyPaths(locale)) {
        const value = path.split('/').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], locale);
        expect(typeof value === 'string' && /\S/.test(value), path).toBe(true);
      }
    },
  );

  it('en covers every code the library can produce', () => {
    expect(Object.keys(en.errors).sort()).toEqual([...MICROCRED_ERROR_CODES].sort());
    expect(Object.keys(en.issues).sort()).toEqual([...VALIDATION_ISSUE_CODES].sort());
    expect(Object.keys(en.vocabulary).sort()).toEqual([...VOCABULARY_LABEL_LISTS].sort());
    expect(Object.keys(en.vocabulary['isced-fields']).sort()).toEqual([...ISCED_F_CODES].sort());
    expect(Object.keys(en.vocabulary.countries).sort()).toEqual([...COUNTRY_CODES].sort());
    expect(Object.keys(en.vocabulary.languages).sort()).toEqual([...LANGUAGE_CODES].sort());
    const c = en.completeness;
    expect(Object.keys(c.reasons).sort()).toEqual([...COMPLETENESS_REASONS].sort());
    expect(Object.keys(c.elements).sort()).toEqual([...ELEMENT_IDS].sort());
    expect(Object.keys(c.terms).sort()).toEqual([...COMPLETENESS_TERMS].sort());
    expect(Object.keys(c.profiles).sort()).toEqual([...BUILT_IN_PROFILE_IDS].sort());
    expect(Object.keys(c.ui).sort()).toEqual([...REPORT_UI_KEYS].sort());
  });

  it.each([de, fr].map((l) => [l.locale, l] as const))(
    '%s: every template has the placeholders of the English one',
    (_, locale) => {
      const pairs: [string, string, string][] = [
        ...Object.entries(en.issues).map(
          ([k, v]) => [`issues/${k}`, v, locale.issues[k as keyof typeof en.issues]] as [string, string, string],
        ),
        ...Object.entries(en.completeness.reasons).map(
          ([k, v]) =>
            [`reasons/${k}`, v, locale.completeness.reasons[k as keyof typeof en.completeness.reasons]] as [
              string,
              string,
              string,
            ],
        ),
        ...Object.entries(en.completeness.ui).map(
          ([k, v]) =>
            [`ui/${k}`, v, locale.completeness.ui[k as keyof typeof en.completeness.ui]] as [string, string, string],
        ),
      ];
      for (const [path, english, translated] of pairs)
        expect(placeholders(translated), path).toEqual(placeholders(english));
    },
  );

  it('the translations are not English left in place', () => {
    for (const locale of [de, fr]) {
      const same = Object.entries(locale.completeness.reasons).filter(
        ([k, v]) => v === en.completeness.reasons[k as keyof typeof en.completeness.reasons] && k !== 'custom',
      );
      expect(same).toEqual([]);
    }
    expect(de.vocabulary.countries['DE']).toBe('Deutschland');
    expect(fr.vocabulary.countries['DE']).toBe('Allemagne');
    expect(de.vocabulary.languages['fr']).toBe('Französisch');
    expect(fr.vocabulary.languages['de']).toBe('Allemand');
    expect(de.vocabulary['isced-fields']['0613']).toBe('Software- und Anwendungsentwicklung und -analyse');
    expect(fr.vocabulary['isced-fields']['0688']).toMatch(
      /^Programmes et certifications interdisciplinaires portant sur/,
    );
  });
});
