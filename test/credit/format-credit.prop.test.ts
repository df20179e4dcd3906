import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreditAmount, formatCredit, parseCredit } from '../../src/credit/index.js';
import { gcdOracle, rawFraction, unit } from './oracle.js';

/** A reduced fraction n/d with d = 2^a · 5^b · m, built from raw parts in the test. */
const value = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fc.nat({ max: 30 }),
    fc.nat({ max: 30 }),
    fc.constantFrom(1n, 1n, 3n, 7n, 9n, 11n, 21n, 999n),
  )
  .map(([n, a, b, m]) => {
    const d = 2n ** BigInt(a) * 5n ** BigInt(b) * m;
    const g = gcdOracle(n, d);
    return { n: n / g, d: d / g, twos: a, fives: b, m };
  });

const amountOf = (n: bigint, d: bigint, u: CreditAmount['unit']): CreditAmount => ({
  value: { num: n, den: d },
  unit: u,
});

describe('formatCredit properties', () => {
  it('round-trips: parseCredit(formatCredit(x), x.unit) equals x', () => {
    fc.assert(
      fc.property(value, unit, ({ n, d }, u) => {
        const x = amountOf(n, d, u);
        expect(parseCredit(formatCredit(x), x.unit)).toEqual(x);
      }),
    );
    fc.assert(
      fc.property(rawFraction, unit, (raw, u) => {
        const x = parseCredit(raw.text, u);
        expect(parseCredit(formatCredit(x), u)).toEqual(x);
      }),
    );
  });

  it('writes a plain canonical decimal exactly when the reduced denominator is 2^a·5^b', () => {
    fc.assert(
      fc.property(value, ({ n, d }) => {
        const text = formatCredit(amountOf(n, d, 'ECTS'));
        let rest = d;
        while (rest % 2n === 0n) rest /= 2n;
        while (rest % 5n === 0n) rest /= 5n;
        if (rest !== 1n) {
          expect(text).toBe(`${n}/${d}`);
          return;
        }
        expect(text).toMatch(/^(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?$/);
        const [whole = '', fraction = ''] = text.split('.');
        expect(BigInt(whole + fraction) * d).toBe(n * 10n ** BigInt(fraction.length));
      }),
    );
  });

  it('appends the unit after one space on request', () => {
    fc.assert(
      fc.property(value, unit, ({ n, d }, u) => {
        const x = amountOf(n, d, u);
        expect(formatCredit(x, { withUnit: true })).toBe(`${formatCredit(x)} ${u}`);
      }),
    );
  });
});
