import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCredits, parseCredit, sumCredits } from '../../src/credit/index.js';
import { rawCredit, sameValue, smallFraction, unit } from './oracle.js';

describe('addCredits and sumCredits properties', () => {
  it('addition is commutative and associative, with zero as identity', () => {
    fc.assert(
      fc.property(rawCredit, rawCredit, rawCredit, unit, (x, y, z, u) => {
        const [a, b, c] = [parseCredit(x.text, u), parseCredit(y.text, u), parseCredit(z.text, u)];
        expect(addCredits(a, b)).toEqual(addCredits(b, a));
        expect(addCredits(addCredits(a, b), c)).toEqual(addCredits(a, addCredits(b, c)));
        expect(addCredits(a, parseCredit('0', u))).toEqual(a);
      }),
    );
  });

  it('a sum equals the common-denominator oracle and does not depend on order', () => {
    const list = fc.array(fc.oneof(rawCredit, smallFraction), { maxLength: 10 });
    fc.assert(
      fc.property(
        list.chain((raws) => fc.tuple(fc.constant(raws), fc.shuffledSubarray(raws, { minLength: raws.length }))),
        unit,
        ([raws, shuffled], u) => {
          const total = sumCredits(
            raws.map((r) => parseCredit(r.text, u)),
            u,
          );
          const common = raws.reduce((acc, r) => acc * r.d, 1n);
          const numerator = raws.reduce((acc, r) => acc + r.n * (common / r.d), 0n);
          expect(sameValue(total.value, numerator, common)).toBe(true);
          expect(
            sumCredits(
              shuffled.map((r) => parseCredit(r.text, u)),
              u,
            ),
          ).toEqual(total);
        },
      ),
    );
  });
});
