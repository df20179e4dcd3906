import { describe, expect, it } from 'vitest';
import { fromOpenBadge, toOpenBadge } from '../../src/interop/index.js';
import { expandSafely, obSchemaErrors } from '../support/oracles.js';
import { fc, IDS, modelArb, withIds } from './round-trip-support.js';

describe('Open Badges 3.0 export and import (properties)', () => {
  it('every export validates against the official AchievementCredential JSON Schema', () => {
    fc.assert(
      fc.property(modelArb, (mc) => {
        expect(obSchemaErrors(toOpenBadge(mc, IDS))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('every export expands with jsonld in safe mode using only the offline loader', async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, async (mc) => {
        const expanded = await expandSafely(toOpenBadge(mc, IDS));
        expect(expanded).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });

  it('model → OB 3.0 → model gives back the model exactly (credits, multilingual text, every element)', () => {
    fc.assert(
      fc.property(modelArb, (mc) => {
        const result = fromOpenBadge(toOpenBadge(mc, IDS));
        expect(result.warnings).toEqual([]);
        expect(result.complete && result.credential).toEqual(withIds(mc, { achievement: true }));
      }),
      { numRuns: 200 },
    );
  });
});
