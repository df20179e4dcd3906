import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCredits,
  compareCredits,
  maxCredit,
  minCredit,
  parseCredit,
  subtractCredits,
} from '../../src/credit/index.js';
import { compareDecimalStrings, compareOracle, rawCredit, rawDecimal, rawFraction } from './oracle.js';

describe('compareCredits properties', () => {
  it('agrees with cross-multiplication of the raw bigints', () => {
    fc.assert(
      fc.property(rawFraction, rawFraction, (x, y) => {
        expect(compareCredits(parseCredit(x.text), parseCredit(y.text))).toBe(compareOracle(x.n, x.d, y.n, y.d));
      }),
    );
  });

  it('agrees with decimals compared as scaled integers built from their strings', () => {
    fc.assert(
      fc.property(rawDecimal, rawDecimal, (x, y) => {
        expect(compareCredits(parseCredit(x.text), parseCredit(y.text))).toBe(compareDecimalStrings(x, y));
      }),
    );
  });

  it('is a total order: reflexive, antisymmetric and transitive', () => {
    fc.assert(
      fc.property(rawCredit, rawCredit, rawCredit, (x, y, z) => {
        const [a, b, c] = [parseCredit(x.text), parseCredit(y.text), parseCredit(z.text)];
        expect(compareCredits(a, a)).toBe(0);
        expect(compareCredits(a, b)).toBe(-compareCredits(b, a) || 0);
        if (compareCredits(a, b) <= 0 && compareCredits(b, c) <= 0) expect(compareCredits(a, c)).toBeLessThanOrEqual(0);
        if (compareCredits(a, b) === 0) expect(a).toEqual(b);
      }),
    );
  });

  it('is consistent with subtraction: b ≤ a exactly when a − b is defined, and then (a − b) + b = a', () => {
    fc.assert(
      fc.property(rawCredit, rawCredit, (x, y) => {
        const [a, b] = [parseCredit(x.text), parseCredit(y.text)];
        if (compareCredits(b, a) <= 0) {
          const difference = subtractCredits(a, b);
          expect(addCredits(difference, b)).toEqual(a);
          expect(compareCredits(difference, parseCredit('0'))).toBe(compareCredits(a, b));
        } else {
          expect(() => subtractCredits(a, b)).toThrow();
        }
      }),
    );
  });

  it('min and max pick members that bound every argument', () => {
    fc.assert(
      fc.property(fc.array(rawCredit, { minLength: 1, maxLength: 6 }), (raws) => {
        const [first, ...rest] = raws.map((r) => parseCredit(r.text)) as [
          ReturnType<typeof parseCredit>,
          ...ReturnType<typeof parseCredit>[],
        ];
        const low = minCredit(first, ...rest);
        const high = maxCredit(first, ...rest);
        for (const item of [first, ...rest]) {
          expect(compareCredits(low, item)).toBeLessThanOrEqual(0);
          expect(compareCredits(high, item)).toBeGreaterThanOrEqual(0);
        }
        expect([first, ...rest]).toContainEqual(low);
        expect([first, ...rest]).toContainEqual(high);
      }),
    );
  });
});
