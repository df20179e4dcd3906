import { describe, expect, it } from 'vitest';
import { isLanguageTag, LANGUAGE_CODES, LANGUAGE_TAG_PATTERN } from '../../src/vocab/index.js';

describe('isLanguageTag', () => {
  it.each([
    'en',
    'en-GB',
    'pt-BR',
    'sr-Latn-RS',
    'zh-Hant-TW',
    'es-419',
    'de-CH-1996',
    'sl-rozaj-biske',
    'en-gb',
    'zh-yue-HK',
    'th-TH-u-nu-thai',
    'en-US-x-twain',
    'ga-Latg',
  ])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });

  it.each([
    '',
    'EN',
    'eng',
    'fil',
    'english',
    'xx',
    'en_GB',
    'en-',
    'en--GB',
    'en-GB-',
    'en-G',
    'en-Latn-Latn',
    'en-abcdefghi',
    'x-private',
    'i-klingon',
    ' en',
    'en\n',
  ])('rejects %j', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });

  it('rejects non-strings and very long strings', () => {
    expect(isLanguageTag(undefined)).toBe(false);
    expect(isLanguageTag(['en'])).toBe(false);
    expect(isLanguageTag(`en${'-abcde'.repeat(30)}`)).toBe(false);
  });

  it('accepts every ISO 639-1 code alone', () => {
    for (const code of LANGUAGE_CODES) expect(isLanguageTag(code)).toBe(true);
  });

  it('exports an anchored pattern usable in JSON Schema', () => {
    expect(LANGUAGE_TAG_PATTERN.startsWith('^')).toBe(true);
    expect(LANGUAGE_TAG_PATTERN.endsWith('$')).toBe(true);
    const re = new RegExp(LANGUAGE_TAG_PATTERN, 'u');
    expect(re.test('sr-Latn-RS')).toBe(true);
    expect(re.test('zz')).toBe(false);
  });
});
