import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, decodeBase64urlPortable, encodeBase64url } from '../../../src/jwt/encoding/base64url.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * RFC 4648 §5 read literally, one character at a time through a bit string: the reference the two decoders
 * are held to. Canonical means only alphabet characters, no padding, no lone sixth-bit group and zero bits
 * after the last whole byte.
 */
function reference(text: string): number[] | undefined {
  let bits = '';
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value === -1) return undefined;
    bits += value.toString(2).padStart(6, '0');
  }
  if (text.length % 4 === 1) return undefined;
  const whole = bits.length - (bits.length % 8);
  if (/1/.test(bits.slice(whole))) return undefined;
  const out: number[] = [];
  for (let i = 0; i < whole; i += 8) out.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return out;
}

const asArray = (bytes: Uint8Array | undefined): number[] | undefined => (bytes === undefined ? undefined : [...bytes]);

/** Mostly alphabet characters, sometimes one that is not; short texts and texts long enough for the native path. */
const textArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 500, maxLength: 1200 }),
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 0, maxLength: 900 }),
      fc.constantFrom('=', '==', '+', '/', ' ', '\n', '.', 'é', '\u0000', '\ud83d\ude00'),
      fc.nat(),
    )
    .map(([text, bad, at]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return `${text.slice(0, i)}${bad}${text.slice(i)}`;
    }),
);

describe('decodeBase64url', () => {
  it('accepts exactly the canonical texts and decodes them as RFC 4648 says, on both paths', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const expected = reference(text);
        expect(asArray(decodeBase64urlPortable(text)), text).toEqual(expected);
        expect(asArray(decodeBase64url(text)), text).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back what encodeBase64url wrote, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(asArray(decodeBase64url(text))).toEqual([...bytes]);
        expect(asArray(decodeBase64urlPortable(text))).toEqual([...bytes]);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a long text whose last character carries non-zero unused bits', () => {
    const text = encodeBase64url(new Uint8Array(700).fill(7));
    expect(text.length % 4).not.toBe(0);
    const last = ALPHABET.indexOf(text[text.length - 1] as string);
    const altered = `${text.slice(0, -1)}${ALPHABET[last + 1]}`;
    expect(reference(altered)).toBeUndefined();
    expect(decodeBase64url(altered)).toBeUndefined();
    expect(decodeBase64url(`${text}=`)).toBeUndefined();
  });
});
