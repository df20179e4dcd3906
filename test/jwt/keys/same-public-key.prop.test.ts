import fc from 'fast-check';
import { calculateJwkThumbprint, type JWK as JoseJwk } from 'jose';
import { describe, expect, it } from 'vitest';
import type { JWK } from '../../../src/jwt/keys/jwk.js';
import { samePublicKey } from '../../../src/jwt/keys/same-public-key.js';

// Oracle: RFC 7638 thumbprints computed by jose. Two keys are the same exactly when both thumbprints can be
// computed and are equal.
const thumbprint = async (jwk: JWK): Promise<string | undefined> =>
  calculateJwkThumbprint(jwk as JoseJwk, 'sha256').catch(() => undefined);

const SEED = Number(process.env['FC_SEED'] ?? 7638);
const piece = fc.constantFrom('AQAB', 'AQAC', 'x1', 'x2', 'y1', 'n1', 'n2');
const member = fc.oneof({ weight: 8, arbitrary: piece }, { weight: 1, arbitrary: fc.constantFrom(1, null, '') });
const jwk: fc.Arbitrary<JWK> = fc
  .record(
    {
      kty: fc.constantFrom('OKP', 'EC', 'RSA', 'oct', 'okp'),
      crv: fc.constantFrom('Ed25519', 'P-256', 'P-384', 'X25519'),
      x: member,
      y: member,
      n: member,
      e: member,
      kid: fc.constantFrom('a', 'b'),
      alg: fc.constantFrom('EdDSA', 'ES256'),
    },
    { requiredKeys: ['kty'] },
  )
  .map((k) => k as unknown as JWK);

describe('samePublicKey', () => {
  it('says two JWKs are the same key exactly when their RFC 7638 thumbprints are equal', async () => {
    await fc.assert(
      fc.asyncProperty(jwk, jwk, fc.boolean(), async (a, b, copy) => {
        // Half the pairs share their key members, so "same" is exercised as often as "different".
        const other = copy ? ({ ...b, kty: a.kty, crv: a.crv, x: a.x, y: a.y, n: a.n, e: a.e } as JWK) : b;
        const [ta, tb] = await Promise.all([thumbprint(a), thumbprint(other)]);
        expect(samePublicKey(a, other)).toBe(ta !== undefined && ta === tb);
      }),
      { numRuns: 600, seed: SEED },
    );
  });

  it('ignores members outside the thumbprint (kid, alg, use) and never matches an unknown key type', () => {
    const a = { kty: 'OKP', crv: 'Ed25519', x: 'x1', kid: 'one', alg: 'EdDSA' } as JWK;
    expect(samePublicKey(a, { kty: 'OKP', crv: 'Ed25519', x: 'x1', kid: 'two', use: 'sig' } as JWK)).toBe(true);
    expect(samePublicKey(a, { kty: 'OKP', crv: 'Ed25519', x: 'x2' } as JWK)).toBe(false);
    expect(samePublicKey({ kty: 'oct', k: 'c2VjcmV0' } as JWK, { kty: 'oct', k: 'c2VjcmV0' } as JWK)).toBe(false);
  });
});
