import { describe, expect, it } from 'vitest';
import { fromVerifiableCredential, toVerifiableCredential } from '../../src/interop/index.js';
import { expandSafely } from '../support/oracles.js';
import { fc, IDS, modelArb, withIds } from './round-trip-support.js';

describe('W3C VC 2.0 export and import (properties)', () => {
  it('every export has the VC 2.0 envelope and expands with jsonld in safe mode, offline', async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, async (mc) => {
        const vc = toVerifiableCredential(mc, IDS);
        expect(vc['@context']).toEqual([
          'https://www.w3.org/ns/credentials/v2',
          'https://w3id.org/microcred/contexts/v0.jsonld',
        ]);
        expect(vc).toMatchObject({
          type: ['VerifiableCredential', 'MicroCredential'],
          validFrom: mc.validFrom ?? mc.issued,
        });
        expect(await expandSafely(vc)).toHaveLength(1);
      }),
      { numRuns: 50 },
    );
  });

  it('model → VC 2.0 → model gives back the model exactly', () => {
    fc.assert(
      fc.property(modelArb, (mc) => {
        const result = fromVerifiableCredential(toVerifiableCredential(mc, IDS));
        expect(result.warnings).toEqual([]);
        expect(result.complete && result.credential).toEqual({ ...withIds(mc), id: mc.id ?? IDS.id });
      }),
      { numRuns: 150 },
    );
  });

  it('a VC without microcred terms is a draft; unknown parts are kept', () => {
    const r = fromVerifiableCredential({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: 'https://issuer.example',
      credentialSubject: { id: 'did:example:1', degree: 'BSc' },
    });
    expect(r.complete).toBe(false);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ code: 'unknown-property', extensionKey: 'vc2:/credentialSubject/degree' }),
    );
    expect(() => fromVerifiableCredential([], {})).toThrow(expect.objectContaining({ code: 'ERR_INTEROP_UNMAPPABLE' }));
    expect(() => fromVerifiableCredential({}, { unmappable: 'drop' as never })).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
  });
});
