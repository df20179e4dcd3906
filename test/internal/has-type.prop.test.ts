import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasType } from '../../src/internal/has-type.js';

const NAME = 'BitstringStatusListEntry';

describe('hasType', () => {
  it('matches one string or an array of strings holding the name, exactly', () => {
    expect(hasType(NAME, NAME)).toBe(true);
    expect(hasType([NAME], NAME)).toBe(true);
    expect(hasType(['VerifiableCredential', NAME], NAME)).toBe(true);
    for (const value of [
      undefined,
      null,
      5,
      {},
      { type: NAME },
      [],
      [[NAME]],
      [NAME, 5],
      `${NAME} `,
      NAME.toLowerCase(),
      'bitstringstatuslistentry',
      `https://www.w3.org/ns/credentials/status#${NAME}`,
    ]) {
      expect(hasType(value, NAME), JSON.stringify(value)).toBe(false);
    }
  });

  it('agrees with membership in the JSON text of a string array, for any JSON value', () => {
    // Oracle: serialise, and look for the quoted name among the members of an all-string array (or the string).
    const oracle = (value: unknown, name: string): boolean => {
      const text = JSON.stringify(value);
      if (typeof value === 'string') return text === JSON.stringify(name);
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return false;
      return value.map((v) => JSON.stringify(v)).indexOf(JSON.stringify(name)) !== -1;
    };
    const name = fc.constantFrom(NAME, 'VerifiableCredential', 'x');
    const value = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.constantFrom(NAME, 'VerifiableCredential', 'x', 'y', 'X')),
      fc.constantFrom(NAME, 'x', 'VerifiableCredential'),
      fc.array(fc.oneof(fc.constantFrom(NAME, 'x'), fc.integer(), fc.constant(null))),
    );
    fc.assert(
      fc.property(value, name, (v, n) => {
        expect(hasType(v, n)).toBe(oracle(v, n));
      }),
      { numRuns: 500, seed: Number(process.env['FC_SEED'] ?? 4) },
    );
  });
});
