import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCredits,
  type ConversionTable,
  type CreditUnit,
  convertCredit,
  parseCredit,
} from '../../src/credit/index.js';
import { type RawFraction, rawCredit, sameValue } from './oracle.js';

const positive = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
  .map(([n, d]): RawFraction => ({ n, d, text: `${n}/${d}` }));

const OTHERS = ['UK-CATS', 'NZ-CREDIT', 'US-SCH', 'ECVET', 'custom:x'] as const;
const UNITS: readonly CreditUnit[] = ['ECTS', 'HOURS', ...OTHERS];

/** A table with a positive factor for every unit, and the factors as raw fractions (ECTS per unit). */
const table = fc
  .tuple(positive, fc.array(positive, { minLength: OTHERS.length, maxLength: OTHERS.length }))
  .map(([hours, factors]) => {
    const ectsPerUnit: Record<string, string> = {};
    const raw = new Map<CreditUnit, RawFraction>([
      ['ECTS', { n: 1n, d: 1n, text: '1' }],
      ['HOURS', { n: hours.d, d: hours.n, text: '' }],
    ]);
    OTHERS.forEach((u, i) => {
      const f = factors[i] ?? { n: 1n, d: 1n, text: '1' };
      ectsPerUnit[u] = f.text;
      raw.set(u, f);
    });
    const conversion: ConversionTable = { hoursPerEcts: hours.text, ectsPerUnit };
    return { conversion, raw };
  });

describe('convertCredit properties', () => {
  it('multiplies by the source factor and divides by the target factor, exactly', () => {
    fc.assert(
      fc.property(rawCredit, fc.constantFrom(...UNITS), fc.constantFrom(...UNITS), table, (x, from, to, t) => {
        const result = convertCredit(parseCredit(x.text, from), to, t.conversion);
        const f = t.raw.get(from) ?? { n: 0n, d: 1n };
        const g = t.raw.get(to) ?? { n: 0n, d: 1n };
        expect(result.unit).toBe(to);
        expect(sameValue(result.value, x.n * f.n * g.d, x.d * f.d * g.n)).toBe(true);
      }),
    );
  });

  it('there and back is the identity', () => {
    fc.assert(
      fc.property(rawCredit, fc.constantFrom(...UNITS), fc.constantFrom(...UNITS), table, (x, from, to, t) => {
        const amount = parseCredit(x.text, from);
        const there = convertCredit(amount, to, t.conversion);
        expect(convertCredit(there, from, t.conversion)).toEqual(amount);
      }),
    );
  });

  it('is additive: converting a sum is summing the conversions', () => {
    fc.assert(
      fc.property(
        rawCredit,
        rawCredit,
        fc.constantFrom(...UNITS),
        fc.constantFrom(...UNITS),
        table,
        (x, y, from, to, t) => {
          const [a, b] = [parseCredit(x.text, from), parseCredit(y.text, from)];
          expect(convertCredit(addCredits(a, b), to, t.conversion)).toEqual(
            addCredits(convertCredit(a, to, t.conversion), convertCredit(b, to, t.conversion)),
          );
        },
      ),
    );
  });
});
