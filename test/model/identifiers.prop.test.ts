import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UriSchema } from '../../src/index.js';
import { isUri } from '../../src/model/generated/is-micro-credential.js';

const both = (value: string): [boolean, boolean] => [UriSchema.safeParse(value).success, isUri(value)];

// DID syntax, built from the W3C DID Core ABNF (not from our pattern):
//   did = "did:" method-name ":" method-specific-id
//   method-name = 1*method-char ; method-char = %x61-7A / DIGIT
//   method-specific-id = *( *idchar ":" ) 1*idchar ; idchar = ALPHA / DIGIT / "." / "-" / "_" / pct-encoded
const ALPHA_DIGIT = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEXDIG = '0123456789ABCDEFabcdef';
const methodChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
const idchar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...`${ALPHA_DIGIT}.-_`) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...HEXDIG), fc.constantFrom(...HEXDIG)).map(([a, b]) => `%${a}${b}`),
  },
);
const idchars = (minLength: number) => fc.array(idchar, { minLength, maxLength: 12 }).map((c) => c.join(''));
const didArb = fc
  .tuple(
    fc.array(methodChar, { minLength: 1, maxLength: 8 }).map((c) => c.join('')),
    fc.array(idchars(0), { maxLength: 3 }),
    idchars(1),
  )
  .map(([method, segments, last]) => `did:${method}:${[...segments, last].join(':')}`);

const uuidUrnArb = fc.uuid().map((u) => `urn:uuid:${u}`);

/** Any Unicode code point, lone surrogates included. */
const codePointArb = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
/** A character outside ASCII, or a Cf character (the oracle below is Unicode's own category). */
const CF = /\p{Cf}/u;
const nonAsciiOrFormat = codePointArb.filter((c) => (c.codePointAt(0) as number) > 0x7f || CF.test(c));

const insert = (text: string, at: number, c: string) => {
  const i = at % (text.length + 1);
  return `${text.slice(0, i)}${c}${text.slice(i)}`;
};

describe('identifier rule properties', () => {
  it('accepts every DID the DID Core ABNF generates', () => {
    fc.assert(
      fc.property(didArb, (did) => {
        expect(both(did)).toEqual([true, true]);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a DID or urn:uuid with any non-ASCII or Cf character inserted anywhere', () => {
    fc.assert(
      fc.property(fc.oneof(didArb, uuidUrnArb), fc.nat(), nonAsciiOrFormat, (id, at, c) => {
        expect(both(insert(id, at, c))).toEqual([false, false]);
      }),
      { numRuns: 1000 },
    );
  });

  it('an https IRI path takes a character exactly when it is not Cf, Cc, a surrogate, astral or white space', () => {
    // The oracle: Unicode categories through the engine's own property escapes, independent of our pattern.
    const refused = (c: string) => /[\p{Cf}\p{Cc}\p{Cs}\s]/u.test(c) || (c.codePointAt(0) as number) > 0xffff;
    fc.assert(
      fc.property(codePointArb, fc.nat({ max: 8 }), (c, at) => {
        const iri = `https://issuer.example/${insert('courses', at, c)}`;
        const expected = !refused(c);
        expect(both(iri), JSON.stringify(c)).toEqual([expected, expected]);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every Cf character of the Basic Multilingual Plane (exhaustive, against \\p{Cf})', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      if (!CF.test(c)) continue;
      expect(both(`urn:example:a${c}b`), code.toString(16)).toEqual([false, false]);
    }
  });

  it('refuses a host label that mixes Latin with Cyrillic or Greek, wherever the letter sits', () => {
    const foreign = fc.constantFrom('\u0430', '\u0435', '\u043E', '\u0440', '\u0441', '\u03BF', '\u03B1', '\u03C1');
    const label = fc.stringMatching(/^[a-z]{2,10}$/);
    fc.assert(
      fc.property(label, fc.nat(), foreign, fc.boolean(), (l, at, c, first) => {
        const host = first ? `${insert(l, at, c)}.example` : `www.${insert(l, at, c)}.example`;
        expect(both(`https://${host}/path`)).toEqual([false, false]);
        // The same letter in the path, or alone in a label of its own script, is fine.
        expect(both(`https://${l}.example/${c}`)).toEqual([true, true]);
      }),
      { numRuns: 300 },
    );
  });
});
