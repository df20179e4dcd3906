import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascending, sortSmall } from '../../src/stacking/allocate/sort-small.js';

const SEED = Number(process.env['FC_SEED'] ?? 20_261_206);

describe('sortSmall', () => {
  it('orders like the built-in stable sort, in place, short lists and long ones alike', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 40 }), (pairs) => {
        // Sorting on the first member only: equal keys must keep their order (stability), as the built-in does.
        const byKey = (a: readonly [number, number], b: readonly [number, number]) => a[0] - b[0];
        const list = [...pairs];
        const sorted = sortSmall(list, byKey);
        expect(sorted).toBe(list);
        expect(sorted).toEqual([...pairs].sort(byKey));
      }),
      { numRuns: 500, seed: SEED },
    );
    expect(sortSmall([3, 1, 2], ascending)).toEqual([1, 2, 3]);
  });
});
