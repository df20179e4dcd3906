import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addRational,
  compareRational,
  divRational,
  mulRational,
  rational,
  subRational,
} from '../../src/credit/index.js';
import { compareOracle, isNormalised, sameValue } from './oracle.js';

const int = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n });
const nonZero = int.filter((x) => x !== 0n);

describe('rational arithmetic, against cross-multiplication of raw bigints', () => {
  it('rational(n, d) is n/d in lowest terms with a positive denominator', () => {
    fc.assert(
      fc.property(int, nonZero, (n, d) => {
        const r = rational(n, d);
        expect(isNormalised(r)).toBe(true);
        expect(sameValue(r, n, d)).toBe(true);
      }),
    );
  });

  it('add, subtract, multiply and divide agree with the textbook formulas', () => {
    fc.assert(
      fc.property(int, nonZero, int, nonZero, (a, b, c, d) => {
        const x = rational(a, b);
        const y = rational(c, d);
        const results = [
          [addRational(x, y), a * d + c * b, b * d],
          [subRational(x, y), a * d - c * b, b * d],
          [mulRational(x, y), a * c, b * d],
        ] as const;
        for (const [result, n, den] of results) {
          expect(isNormalised(result)).toBe(true);
          expect(sameValue(result, n, den)).toBe(true);
        }
        if (c !== 0n) {
          const quotient = divRational(x, y);
          expect(isNormalised(quotient)).toBe(true);
          expect(sameValue(quotient, a * d, b * c)).toBe(true);
        }
      }),
    );
  });

  it('compare agrees with the sign of a·d − c·b', () => {
    const pos = fc.bigInt({ min: 1n, max: 10n ** 18n });
    fc.assert(
      fc.property(int, pos, int, pos, (a, b, c, d) => {
        expect(compareRational(rational(a, b), rational(c, d))).toBe(compareOracle(a, b, c, d));
      }),
    );
  });
});
