import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ed25519KeyProblem } from '../../../src/jwt/keys/ed25519-point.js';

const bytes = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

/**
 * The encodings of the eight small-order points and their non-canonical aliases, as listed by libsodium's
 * `ge25519_has_small_order` blocklist (sign bit clear; a set sign bit names the same y).
 */
const SMALL_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
];
const NON_CANONICAL = [
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = p + 1
  'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // y = 2^255 - 1
];

describe('Ed25519 public key checks', () => {
  it('refuses every small-order point', () => {
    for (const hex of SMALL_ORDER) expect(ed25519KeyProblem(bytes(hex)), hex).toMatch(/small order/);
  });

  it('refuses y values at or above the field prime', () => {
    for (const hex of NON_CANONICAL) expect(ed25519KeyProblem(bytes(hex)), hex).toMatch(/canonical/);
  });

  it('refuses negative zero x and wrong lengths', () => {
    const negativeZero = bytes(SMALL_ORDER[1] as string);
    negativeZero[31] = 0x80; // y = 1 has x = 0; the sign bit asks for -0
    expect(ed25519KeyProblem(negativeZero)).toMatch(/small order/);
    expect(ed25519KeyProblem(new Uint8Array(31))).toMatch(/32 bytes/);
  });

  it('accepts every key Node generates (an independent implementation)', () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        const jwk = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
        expect(ed25519KeyProblem(new Uint8Array(Buffer.from(jwk.x as string, 'base64url')))).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});
