import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISCED_F_CODES, iscedFFromUri, iscedFUri, isIscedFCode } from '../../src/vocab/index.js';
import { lastSegment, readElmVocab } from './elm-files.js';

// The oracle is built here, straight from the official file, not from the code under test.
const oracle = new Set(readElmVocab('isced-f.json').values.map((v) => lastSegment(v.uri)));

const digitStrings = fc.string({
  unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'),
  maxLength: 5,
});
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), digitStrings, fc.constantFrom(...oracle));

describe('isIscedFCode (property)', () => {
  it('accepts a string exactly when the official file lists it', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(isIscedFCode(s)).toBe(oracle.has(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips a code through its URI, and rejects any other URI suffix', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const fromUri = iscedFFromUri(`http://data.europa.eu/snb/isced-f/${s}`);
        expect(fromUri).toBe(oracle.has(s) ? s : undefined);
        if (fromUri !== undefined) expect(iscedFUri(fromUri)).toBe(`http://data.europa.eu/snb/isced-f/${s}`);
      }),
    );
  });

  it('never accepts non-strings', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        if (typeof v !== 'string') expect(isIscedFCode(v)).toBe(false);
      }),
    );
    expect(ISCED_F_CODES.every((c) => oracle.has(c))).toBe(true);
  });
});
