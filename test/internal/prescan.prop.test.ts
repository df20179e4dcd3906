import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputLimits } from '../../src/internal/input-limits.js';
import { isPlainJsonWithin, prescan, prescanWithIssues } from '../../src/internal/prescan.js';

/** Small limits, so random values cross each of them often. */
const limitsArb: fc.Arbitrary<InputLimits> = fc.record({
  maxBytes: fc.integer({ min: 1, max: 400 }),
  maxDepth: fc.integer({ min: 1, max: 5 }),
  maxKeys: fc.integer({ min: 1, max: 6 }),
  maxItems: fc.integer({ min: 1, max: 6 }),
  maxStringLength: fc.integer({ min: 1, max: 30 }),
  maxNodes: fc.integer({ min: 1, max: 60 }),
});

/** JSON-like values with the faults the pre-scan looks for mixed in. */
const valueArb = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom('\ud800', 'a\udc00b', '\ud83d\ude00'),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, 1n, new Date(0), () => 1),
    fc.array(tie('value'), { maxLength: 8 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'x\udfff')),
      tie('value'),
      { maxKeys: 8 },
    ),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 3, noNullPrototype: false }),
  ),
})).value;

describe('the pre-scan fast path', () => {
  it('says "plain JSON within the limits" exactly when the full walk finds nothing', () => {
    fc.assert(
      fc.property(valueArb, limitsArb, (value, limits) => {
        const full = prescanWithIssues(value, limits);
        const clean = full.tooLarge === undefined && full.issues.length === 0;
        expect(isPlainJsonWithin(value, limits)).toBe(clean);
        expect(prescan(value, limits)).toEqual(full);
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves cycles to the full walk, which names them', () => {
    const limits = { maxBytes: 1e6, maxDepth: 64, maxKeys: 100, maxItems: 100, maxStringLength: 100, maxNodes: 10_000 };
    const a: Record<string, unknown> = { name: 'a' };
    a['self'] = { back: a };
    expect(isPlainJsonWithin(a, limits)).toBe(false);
    expect(prescan(a, limits).issues.map((i) => i.code)).toEqual(['circular']);
  });
});
