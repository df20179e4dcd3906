import { describe, expect, it } from 'vitest';
import { keyThumbprint, publicMembers, toVerificationKey } from '../../../src/jwt/keys/verification-key.js';
import { expectCode, keyFor } from '../fixtures.js';

describe('toVerificationKey', () => {
  it('accepts public CryptoKeys and JWKs of the right family, importing each JWK once', async () => {
    const key = await keyFor('ES256');
    expect(await toVerificationKey(key.publicKey, 'ES256')).toBe(key.publicKey);
    const a = await toVerificationKey(key.publicJwk, 'ES256');
    expect(await toVerificationKey(key.publicJwk, 'ES256')).toBe(a);
  });

  it('refuses verify-less CryptoKeys, out-of-range RSA and unimportable JWKs', async () => {
    const key = await keyFor('EdDSA');
    const signOnly = await crypto.subtle.importKey('jwk', publicMembers(key.publicJwk), { name: 'Ed25519' }, true, []);
    await expectCode(toVerificationKey(signOnly, 'EdDSA'), 'ERR_KEY_ALG_MISMATCH');
    await expectCode(toVerificationKey({ kty: 'RSA', n: 'AQAB', e: 'AQAB' }, 'PS256'), 'ERR_KEY_ALG_MISMATCH');
    await expectCode(
      toVerificationKey({ kty: 'RSA', n: 'not base64url!', e: 'AQAB' }, 'PS256'),
      'ERR_KEY_ALG_MISMATCH',
    );
    await expectCode(
      toVerificationKey({ kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' }, 'ES256'),
      'ERR_KEY_RESOLUTION',
    );
  });
});

describe('keyThumbprint', () => {
  it('is the RFC 7638 thumbprint, cached; undefined for a key that cannot be exported', async () => {
    const key = await keyFor('EdDSA');
    expect(await keyThumbprint(key.publicJwk)).toBe(key.kid);
    expect(await keyThumbprint(key.publicKey)).toBe(key.kid);
    const hidden = await crypto.subtle.importKey('jwk', publicMembers(key.publicJwk), { name: 'Ed25519' }, false, [
      'verify',
    ]);
    expect(await keyThumbprint(hidden)).toBeUndefined();
  });
});
