import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interchangeable } from '../../src/stacking/allocate/branch-and-bound.js';
import type { PItem } from '../../src/stacking/allocate/problem.js';

const SEED = Number(process.env['FC_SEED'] ?? 20_261_206);

// Small ranges so that equal items are frequent.
const small = fc.integer({ min: 0, max: 2 });
const list = fc.array(small, { maxLength: 2 });
const item = <N>(value: fc.Arbitrary<N>): fc.Arbitrary<PItem<N>> =>
  fc.record({
    id: fc.constantFrom('a', 'b'),
    value,
    options: list,
    overlays: list,
    pin: fc.integer({ min: -1, max: 1 }),
    capped: fc.boolean(),
    wholeCaps: list,
    innerCap: fc.integer({ min: -1, max: 1 }),
    levels: list,
    residency: fc.boolean(),
    covers: fc.array(fc.tuple(small, small), { maxLength: 2 }),
  });

/** The oracle: two items are interchangeable when everything but their id and `capped` flag is the same. */
function sameByText<N>(a: PItem<N>, b: PItem<N>): boolean {
  const text = ({ id: _id, capped: _capped, value, ...rest }: PItem<N>) => JSON.stringify([String(value), rest]);
  return text(a) === text(b);
}

describe('interchangeable', () => {
  it('holds exactly when two items differ in nothing but their id, on number and on bigint', () => {
    for (const value of [small as fc.Arbitrary<number | bigint>, small.map((x) => BigInt(x))]) {
      fc.assert(
        fc.property(item(value), item(value), (a, b) => {
          expect(interchangeable(a, b)).toBe(sameByText(a, b));
          expect(interchangeable(a, { ...a, id: 'other' })).toBe(true);
        }),
        { numRuns: 2000, seed: SEED },
      );
    }
  });
});
