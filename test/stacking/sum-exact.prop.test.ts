import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Rational, ZERO } from '../../src/credit/rational.js';
import { addRational, compareRational } from '../../src/credit/rational-arithmetic.js';
import { sumExact } from '../../src/stacking/explain/measure.js';

const SEED = Number(process.env['FC_SEED'] ?? 20_261_206);

describe('sumExact', () => {
  it('is the sum one addition at a time, with few or many denominators', () => {
    const rational = (maxDen: number): fc.Arbitrary<Rational> =>
      fc
        .tuple(fc.bigInt({ min: -1000n, max: 1000n }), fc.integer({ min: 1, max: maxDen }))
        .map(([num, den]) => ({ num, den: BigInt(den) }));
    fc.assert(
      fc.property(
        fc.oneof(fc.array(rational(4)), fc.array(rational(200), { minLength: 40, maxLength: 120 })),
        (values) => {
          const oracle = values.reduce<Rational>((s, v) => addRational(s, v), ZERO);
          expect(compareRational(sumExact(values), oracle)).toBe(0);
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });
});
