import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyEudiPresentation } from '../../../src/eudi/index.js';
import { isMicrocredError } from '../../../src/index.js';
import { didJwkResolver } from '../../../src/jwt/index.js';
import { decodePart, issuedParts, reissueWith } from '../forge.js';
import { NOW } from '../support.js';

const names = (await issuedParts()).disclosures.map((d) => String((decodePart(d) as unknown[])[1]));

describe('verifyEudiPresentation with arbitrary disclosed values', () => {
  it('verifies or fails with a MicrocredError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.jsonValue(), async (name, value) => {
        const presentation = await reissueWith(name, JSON.stringify(['c2FsdHNhbHRzYWx0c2FsdA', name, value]));
        const outcome = await verifyEudiPresentation(presentation, didJwkResolver(), { now: NOW }).then(
          () => 'verified',
          (e: unknown) =>
            isMicrocredError(e) && !(e.cause instanceof TypeError || e.cause instanceof RangeError)
              ? 'refused'
              : `threw ${String(e)} (${String((e as Error).cause)})`,
        );
        expect(outcome).toMatch(/^(verified|refused)$/);
      }),
      { numRuns: 120 },
    );
  });
});
