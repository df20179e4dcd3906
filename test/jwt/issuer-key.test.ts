import { CompactSign, calculateJwkThumbprint, compactVerify, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { SIGNING_ALGORITHMS } from '../../src/jwt/algorithms.js';
import { exportIssuerKey, generateIssuerKey, importIssuerKey } from '../../src/jwt/issuer-key.js';

const EXPECTED_SHAPE = {
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
  ES256: { kty: 'EC', crv: 'P-256' },
  ES384: { kty: 'EC', crv: 'P-384' },
  PS256: { kty: 'RSA' },
  RS256: { kty: 'RSA' },
} as const;

async function signsAndVerifies(privateKey: CryptoKey, publicKey: CryptoKey, alg: string): Promise<boolean> {
  const jws = await new CompactSign(new TextEncoder().encode('payload')).setProtectedHeader({ alg }).sign(privateKey);
  const { payload } = await compactVerify(jws, publicKey);
  return new TextDecoder().decode(payload) === 'payload';
}

describe('generateIssuerKey', () => {
  it.each(SIGNING_ALGORITHMS)(
    '%s: a working pair, public JWK with kid = RFC 7638 thumbprint, no private members',
    async (alg) => {
      const key = await generateIssuerKey(alg);
      expect(key.alg).toBe(alg);
      expect(key.publicJwk).toMatchObject({ ...EXPECTED_SHAPE[alg], alg, use: 'sig', kid: key.kid });
      for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(key.publicJwk).not.toHaveProperty(member);
      const { kid: _k, alg: _a, use: _u, ...bare } = key.publicJwk;
      expect(key.kid).toBe(await calculateJwkThumbprint(bare, 'sha256'));
      expect(key.privateKey.extractable).toBe(false);
      expect(await signsAndVerifies(key.privateKey, key.publicKey, alg)).toBe(true);
    },
  );

  it('defaults to EdDSA and accepts an explicit kid', async () => {
    expect((await generateIssuerKey()).alg).toBe('EdDSA');
    expect((await generateIssuerKey('ES256', { kid: 'key-1' })).publicJwk.kid).toBe('key-1');
  });

  it('refuses algorithms outside the allow-list', async () => {
    for (const alg of ['none', 'HS256', 'ES512', 'RS512', '']) {
      await expect(generateIssuerKey(alg as never)).rejects.toMatchObject({ code: 'ERR_OPTIONS_INVALID' });
    }
  });
});

describe('exportIssuerKey / importIssuerKey', () => {
  it.each(SIGNING_ALGORITHMS)('%s: export then import gives a key that signs for the same public key', async (alg) => {
    const original = await generateIssuerKey(alg, { extractable: true });
    const { privateJwk, publicJwk } = await exportIssuerKey(original);
    expect(privateJwk).toMatchObject({ kid: original.kid, alg, use: 'sig' });
    expect(typeof privateJwk.d).toBe('string');
    expect(publicJwk).toEqual(original.publicJwk);
    const imported = await importIssuerKey(privateJwk);
    expect(imported.kid).toBe(original.kid);
    expect(imported.publicJwk).toEqual(original.publicJwk);
    expect(await signsAndVerifies(imported.privateKey, original.publicKey, alg)).toBe(true);
  });

  it('refuses to export a non-extractable key', async () => {
    await expect(exportIssuerKey(await generateIssuerKey('ES256'))).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
  });

  it('refuses public keys, unknown algorithms and mismatched shapes', async () => {
    const { privateJwk, publicJwk } = await exportIssuerKey(await generateIssuerKey('ES256', { extractable: true }));
    await expect(importIssuerKey(publicJwk)).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
    await expect(importIssuerKey(null as unknown as JWK)).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
    await expect(importIssuerKey({ ...privateJwk, alg: undefined } as unknown as JWK)).rejects.toMatchObject({
      code: 'ERR_KEY_INVALID',
    });
    await expect(importIssuerKey({ ...privateJwk, alg: 'HS256' })).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
    await expect(importIssuerKey(privateJwk, 'ES384')).rejects.toMatchObject({ code: 'ERR_KEY_ALG_MISMATCH' });
    const { alg: _drop, ...noAlg } = privateJwk;
    await expect(importIssuerKey(noAlg, 'EdDSA')).rejects.toMatchObject({ code: 'ERR_KEY_ALG_MISMATCH' });
    await expect(importIssuerKey({ ...privateJwk, d: 'AAAA' })).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
  });
});
