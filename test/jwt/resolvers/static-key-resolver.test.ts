import type { JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { exportIssuerKey } from '../../../src/jwt/issuer-key.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import type { KeyRequest } from '../../../src/jwt/resolvers/types.js';
import { expectCode, ISSUER, keyFor } from '../fixtures.js';

const signal = new AbortController().signal;
const request = (over: Partial<KeyRequest> = {}): KeyRequest => ({
  issuer: ISSUER,
  alg: 'EdDSA',
  profile: 'vc-jose-cose',
  signal,
  ...over,
});

describe('staticKeyResolver', () => {
  it('returns the one key of the issuer, by kid or alone', async () => {
    const key = await keyFor('EdDSA');
    const resolve = staticKeyResolver({ [ISSUER]: key.publicJwk });
    expect(await resolve(request({ kid: key.kid }))).toEqual({
      issuer: ISSUER,
      kid: key.kid,
      key: key.publicJwk,
      source: 'static',
    });
    expect((await resolve(request())).key).toBe(key.publicJwk);
    expect(resolve.handles?.(ISSUER)).toBe(true);
    expect(resolve.handles?.('https://other.example')).toBe(false);
  });

  it('never gives one issuer a key configured for another', async () => {
    const a = await keyFor('EdDSA', 'a');
    const resolve = staticKeyResolver({ 'https://a.example': a.publicJwk });
    await expectCode(resolve(request({ issuer: 'https://b.example' })), 'ERR_KEY_RESOLUTION');
  });

  it('selects by kid among several keys and refuses ambiguity without one', async () => {
    const a = await keyFor('EdDSA', 'a');
    const b = await keyFor('EdDSA', 'b');
    const resolve = staticKeyResolver({ [ISSUER]: [a.publicJwk, b.publicJwk] });
    expect((await resolve(request({ kid: b.kid }))).key).toBe(b.publicJwk);
    await expectCode(resolve(request()), 'ERR_KEY_AMBIGUOUS');
    await expectCode(resolve(request({ kid: 'unknown' })), 'ERR_KEY_RESOLUTION');
  });

  it('filters by algorithm family and JWK alg/use before choosing', async () => {
    const ed = await keyFor('EdDSA');
    const es = await keyFor('ES256');
    const resolve = staticKeyResolver({ [ISSUER]: [ed.publicJwk, es.publicJwk] });
    expect((await resolve(request({ alg: 'ES256' }))).key).toBe(es.publicJwk);
    expect((await resolve(request({ alg: 'EdDSA' }))).key).toBe(ed.publicJwk);
    await expectCode(resolve(request({ alg: 'ES384' })), 'ERR_KEY_RESOLUTION');
    const encOnly = staticKeyResolver({ [ISSUER]: { ...ed.publicJwk, use: 'enc' } as JWK });
    await expectCode(encOnly(request()), 'ERR_KEY_RESOLUTION');
  });

  it('takes CryptoKeys, {kid, key} entries and JWKS objects; kid-less keys serve any kid', async () => {
    const key = await keyFor('ES256');
    const viaCrypto = staticKeyResolver({ [ISSUER]: key.publicKey });
    const r = await viaCrypto(request({ alg: 'ES256', kid: 'whatever' }));
    expect(r.key).toBe(key.publicKey);
    expect(r.kid).toBe('whatever');
    const named = staticKeyResolver({ [ISSUER]: { kid: 'k1', key: key.publicKey } });
    expect((await named(request({ alg: 'ES256', kid: 'k1' }))).kid).toBe('k1');
    await expectCode(named(request({ alg: 'ES256', kid: 'k2' })), 'ERR_KEY_RESOLUTION');
    const jwks = staticKeyResolver({ [ISSUER]: { keys: [key.publicJwk] } });
    expect((await jwks(request({ alg: 'ES256' }))).key).toBe(key.publicJwk);
  });

  it('refuses secret, private and malformed keys at construction', async () => {
    const key = await keyFor('EdDSA');
    const { privateJwk } = await exportIssuerKey(key);
    const bad: unknown[] = [
      privateJwk,
      { kty: 'oct', k: 'c2VjcmV0' },
      key.privateKey,
      new Uint8Array(32),
      'a PEM string',
      [],
      { kid: 5, key: key.publicJwk },
      { kty: 5 },
    ];
    for (const value of bad) {
      expect(() => staticKeyResolver({ [ISSUER]: value as JWK }), String(value)).toThrow(
        expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
      );
    }
    expect(() => staticKeyResolver({ '': key.publicJwk })).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
    expect(() => staticKeyResolver(null as never)).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
  });
});
