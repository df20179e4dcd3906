import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Offset } from '../../../src/cli/files/decode-text.js';
import { bytesNearUtf8, firstIllFormed } from '../utf8-oracle.js';

describe('firstInvalidUtf8Offset', () => {
  it('agrees with a direct scan of the well-formed sequences table on every byte string', () => {
    fc.assert(
      fc.property(bytesNearUtf8, (bytes) => {
        expect(firstInvalidUtf8Offset(bytes)).toBe(firstIllFormed(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('points at the lead byte of a broken sequence, a lone continuation, a surrogate and a truncated end', () => {
    expect(firstInvalidUtf8Offset(Uint8Array.from([0x41, 0xe2, 0x82, 0x41]))).toBe(1);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0x41, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0x41, 0x42, 0xf0, 0x9f, 0x98]))).toBe(2);
    expect(firstInvalidUtf8Offset(Uint8Array.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('ok \u{1f600} \ufffd'))).toBeUndefined();
  });
});

describe('decodeUtf8', () => {
  it('keeps a U+FFFD that is in the text, drops only a leading byte order mark, and keeps a later one', () => {
    const text = '\ufffd x \ufeff';
    expect(decodeUtf8(new TextEncoder().encode(text), 'f.json')).toEqual({ text, bom: false });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeUtf8(withBom, 'f.json')).toEqual({ text, bom: true });
  });

  it('names the source and the offset', () => {
    expect(() => decodeUtf8(Uint8Array.from([0x7b, 0xff]), '-')).toThrow(
      'standard input is not valid UTF-8: ill-formed byte 0xff at byte offset 1',
    );
  });
});
