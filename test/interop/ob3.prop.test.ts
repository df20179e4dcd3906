import { describe, expect, it } from 'vitest';
import { fromOpenBadge, toOpenBadge } from '../../src/interop/index.js';
import { expandSafely, obSchemaErrors } from '../support/oracles.js';
import { fc, IDS, modelArb, withIds } from './round-trip-support.js';

describe('Open Badges 3.0 export and import (properties)', () => {
  it('every export validates against the official AchievementCredential JSON Schema', () => {
    fc.assert(
      fc.property(modelArb, (mc) => {
        const errors = obSchemaErrors(toOpenBadge(mc, IDS));
        // OB 3.0 holds one status object: a credential with several status entries keeps them all, as the array
        // VC 2.0 allows, so that every one is checked; that is the one departure from the schema.
        if ((mc.credentialStatus?.length ?? 0) > 1) {
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) expect(e).toMatch(/^\/credentialStatus /);
        } else expect(errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('exports every status entry natively, so a verifier of the badge checks each', () => {
    fc.assert(
      fc.property(modelArb, (mc) => {
        const native = toOpenBadge(mc, IDS)['credentialStatus'];
        const entries = mc.credentialStatus;
        if (entries === undefined) {
          expect(native).toBeUndefined();
          return;
        }
        const list = (Array.isArray(native) ? native : [native]) as Record<string, unknown>[];
        expect(Array.isArray(native)).toBe(entries.length > 1);
        // Each entry as it is, with the id OB 3.0 requires when the entry has none.
        expect(list).toEqual(
          entries.map((e) => ({ ...e, id: e.id ?? `${e.statusListCredential}#${e.statusListIndex}` })),
        );
        for (const e of list) expect(e['id']).not.toBe(e['statusListCredential']);
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
