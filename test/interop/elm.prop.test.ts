import { describe, expect, it } from 'vitest';
import { fromElm, toElm } from '../../src/interop/index.js';
import { expandSafely, shaclViolations } from '../support/oracles.js';
import {
  countriesInEdc,
  DISPLAY,
  fc,
  IDS,
  modelArb,
  urisAreDistinct,
  withIds,
  withRegistration,
} from './round-trip-support.js';

const elmModelArb = modelArb.filter(countriesInEdc);

const options = { display: DISPLAY, language: 'en', id: IDS.id, issuerId: IDS.issuerId } as const;

describe('ELM 3 / EDC export and import (properties)', () => {
  it('every export conforms to the official EDC SHACL shapes (generic-no-cv + generic-full)', async () => {
    await fc.assert(
      fc.asyncProperty(elmModelArb, async (raw) => {
        fc.pre(urisAreDistinct(raw));
        const edc = toElm(withRegistration(raw), options);
        expect(await shaclViolations(edc)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('every export expands with jsonld in safe mode using only the offline loader', async () => {
    await fc.assert(
      fc.asyncProperty(elmModelArb, async (raw) => {
        expect(await expandSafely(toElm(withRegistration(raw), options))).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });

  it('model → ELM → model gives back the model exactly (credits, multilingual text, every element)', () => {
    fc.assert(
      fc.property(elmModelArb, (raw) => {
        const mc = withRegistration(raw);
        const result = fromElm(toElm(mc, options));
        expect(result.warnings).toEqual([]);
        expect(result.complete && result.credential).toEqual(withIds(mc));
      }),
      { numRuns: 150 },
    );
  });
});
