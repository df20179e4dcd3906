import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTokenStatusList,
  decodeTokenStatusList,
  encodeTokenStatusList,
  getTokenStatus,
  setTokenStatus,
  type TokenStatusBits,
} from '../../../src/eudi/index.js';

/**
 * The oracle: the byte array spelled out as bits, least significant bit of each byte first (draft §4.1), and
 * an entry read as `bits` consecutive bits of that sequence, the first one the least significant. Written
 * without shifts and masks on bytes so it shares nothing with the code under test.
 */
function oracle(bytes: Uint8Array, bits: number, idx: number): number {
  const sequence: number[] = [];
  for (const byte of bytes) {
    let rest = byte;
    for (let k = 0; k < 8; k += 1) {
      sequence.push(rest % 2);
      rest = Math.floor(rest / 2);
    }
  }
  let value = 0;
  for (let k = bits - 1; k >= 0; k -= 1) value = value * 2 + (sequence[idx * bits + k] as number);
  return value;
}

const listArb = fc.constantFrom<TokenStatusBits>(1, 2, 4, 8).chain((bits) =>
  fc.record({
    bits: fc.constant(bits),
    values: fc.array(fc.integer({ min: 0, max: 2 ** bits - 1 }), { minLength: 1, maxLength: 300 }),
  }),
);

describe('Token Status List encoding (properties)', () => {
  it('encode → decode gives every value back, as a plain bit reader over zlib’s own inflate reads it', async () => {
    await fc.assert(
      fc.asyncProperty(listArb, async ({ bits, values }) => {
        let list = createTokenStatusList({ length: values.length, bits });
        values.forEach((v, i) => {
          list = setTokenStatus(list, i, v);
        });
        const claim = await encodeTokenStatusList(list);
        expect(claim.bits).toBe(bits);
        const inflated = new Uint8Array(inflateSync(Buffer.from(claim.lst, 'base64url')));
        expect(inflated).toEqual(list.bytes);
        const decoded = await decodeTokenStatusList(claim);
        // Whole bytes: a list of n entries decodes to n rounded up to the entries a byte holds.
        expect(decoded.length).toBe((Math.ceil((values.length * bits) / 8) * 8) / bits);
        values.forEach((v, i) => {
          expect(oracle(inflated, bits, i)).toBe(v);
          expect(getTokenStatus(decoded, i)).toBe(v);
        });
        for (let i = values.length; i < decoded.length; i += 1) expect(getTokenStatus(decoded, i)).toBe(0);
      }),
      { numRuns: 150 },
    );
  });
});
