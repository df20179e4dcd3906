import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '../../../src/jwt/encoding/base64url.js';
import { ed25519KeyProblem } from '../../../src/jwt/keys/ed25519-point.js';
import { rsaExponentProblem } from '../../../src/jwt/keys/key-admission.js';
import { toVerificationKey } from '../../../src/jwt/keys/verification-key.js';
import { readJsonFixture } from '../../support/fixtures.js';
import { b64u, expectCode, keyFor } from '../fixtures.js';
import {
  admissibleEd25519,
  littleEndian,
  nonCanonicalEncodings,
  okpJwk,
  P,
  smallOrderEncodings,
  smallOrderPoints,
  someModulus,
} from '../weak-keys.js';

const SEED = Number(process.env['FC_SEED'] ?? 25_519);
const bigEndian = (value: bigint): Uint8Array => {
  const hex = value.toString(16);
  const padded = hex.length % 2 === 0 ? hex : `0${hex}`;
  return Uint8Array.from(padded.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
};

describe('Ed25519 public keys', () => {
  it('refuses each of the 8 small-order points in all their encodings (canonical, sign bit, y + p)', async () => {
    expect(smallOrderPoints()).toHaveLength(8);
    const encodings = smallOrderEncodings();
    // 5 distinct y values × 2 sign bits, plus y + p for y ∈ {0, 1} (the only ones with y + p < 2^255) × 2.
    expect(encodings).toHaveLength(14);
    for (const bytes of encodings) {
      expect(ed25519KeyProblem(bytes), b64u(bytes)).toBeDefined();
      await expectCode(toVerificationKey(okpJwk(bytes), 'EdDSA'), 'ERR_KEY_INVALID');
    }
  });

  it('refuses every non-canonical encoding (p ≤ y < 2^255, either sign bit)', async () => {
    const encodings = nonCanonicalEncodings();
    expect(encodings).toHaveLength(38);
    for (const bytes of encodings) {
      expect(ed25519KeyProblem(bytes)).toMatch(/canonical/);
      await expectCode(toVerificationKey(okpJwk(bytes), 'EdDSA'), 'ERR_KEY_INVALID');
    }
  });

  it('admits every public key of the Wycheproof Ed25519 vectors and freshly generated keys', async () => {
    const file = readJsonFixture<{ testGroups: { publicKey: { pk: string } }[] }>(
      'vectors/wycheproof/testvectors_v1/ed25519_test.json',
    );
    const keys = new Set(file.testGroups.map((g) => g.publicKey.pk));
    expect(keys.size).toBeGreaterThan(10);
    for (const hex of keys) {
      const bytes = Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
      expect(ed25519KeyProblem(bytes), hex).toBeUndefined();
    }
    const fresh = await keyFor('EdDSA');
    expect(ed25519KeyProblem(decodeBase64url(fresh.publicJwk.x as string) as Uint8Array)).toBeUndefined();
  });

  it('admits exactly the canonical curve points outside the small-order subgroup (curve-arithmetic oracle)', () => {
    const interesting = fc.oneof(
      fc.uint8Array({ minLength: 32, maxLength: 32 }),
      fc.bigInt({ min: P - 64n, max: 2n ** 256n - 1n }).map(littleEndian),
      fc.constantFrom(...smallOrderEncodings(), ...nonCanonicalEncodings()),
    );
    fc.assert(
      fc.property(interesting, (bytes) => {
        expect(ed25519KeyProblem(bytes) === undefined).toBe(admissibleEd25519(bytes));
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('refuses wrong lengths', () => {
    for (const n of [0, 31, 33, 64]) expect(ed25519KeyProblem(new Uint8Array(n))).toBeDefined();
  });
});

describe('RSA public exponents', () => {
  it('admits odd e with 2^16 < e < 2^256 and refuses everything else (FIPS 186-5 §A.1.1)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: 0n, max: 2n ** 17n }),
          fc.bigInt({ min: 2n ** 256n - 4n, max: 2n ** 256n + 4n }),
          fc.bigInt({ min: 0n, max: 2n ** 300n }),
        ),
        (e) => {
          const admitted = e % 2n === 1n && e > 65_536n && e < 2n ** 256n;
          expect(rsaExponentProblem(bigEndian(e)) === undefined).toBe(admitted);
        },
      ),
      { numRuns: 400, seed: SEED },
    );
  });

  it('reads leading zero octets as the same integer and refuses an empty or missing exponent', () => {
    expect(rsaExponentProblem(Uint8Array.of(0, 1, 0, 1))).toBeUndefined();
    expect(rsaExponentProblem(Uint8Array.of(...new Array(40).fill(0), 1, 0, 1))).toBeUndefined();
    expect(rsaExponentProblem(new Uint8Array(0))).toBeDefined();
    expect(rsaExponentProblem(undefined)).toBeDefined();
  });

  it('refuses e = 1, 3, 17 and an even e in a JWK or a CryptoKey, and admits 65537', async () => {
    const n = someModulus();
    for (const e of [1n, 3n, 17n, 65_538n]) {
      const jwk = { kty: 'RSA', n, e: b64u(bigEndian(e)) };
      await expectCode(toVerificationKey(jwk, 'PS256'), 'ERR_KEY_INVALID');
      const key = await crypto.subtle.importKey('jwk', jwk, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']);
      await expectCode(toVerificationKey(key, 'PS256'), 'ERR_KEY_INVALID');
    }
    await expect(toVerificationKey({ kty: 'RSA', n, e: 'AQAB' }, 'PS256')).resolves.toBeDefined();
    await expectCode(toVerificationKey({ kty: 'RSA', n }, 'PS256'), 'ERR_KEY_INVALID');
  });
});
