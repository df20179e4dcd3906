import { describe, expect, it } from 'vitest';
import { combineResolvers, didJwkFromJwk, didJwkResolver, didKeyResolver } from '../../../src/jwt/index.js';
import { decodeDidJwk } from '../../../src/jwt/keys/did-jwk.js';
import { toVerificationKey } from '../../../src/jwt/keys/verification-key.js';
import type { KeyRequest } from '../../../src/jwt/resolvers/types.js';
import { b64u, expectCode, keyFor } from '../fixtures.js';

/** The P-256 example of the did:jwk specification (https://github.com/quartzjer/did-jwk/blob/main/spec.md). */
const SPEC_P256 =
  'did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9';

const signal = new AbortController().signal;
const request = (over: Partial<KeyRequest> & { issuer: string }): KeyRequest => ({
  alg: 'ES256',
  profile: 'sd-jwt-vc',
  signal,
  ...over,
});
const didOf = (jwk: Record<string, unknown>): string => `did:jwk:${b64u(JSON.stringify(jwk))}`;

describe('did:jwk', () => {
  it('decodes the specification example to its public P-256 key', () => {
    const decoded = decodeDidJwk(SPEC_P256);
    expect(decoded?.jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(decoded?.algorithms).toEqual(['ES256']);
  });

  it.each(['EdDSA', 'ES256', 'ES384', 'PS256'] as const)('%s: encodes, resolves and imports a key', async (alg) => {
    const key = await keyFor(alg);
    const did = didJwkFromJwk(key.publicJwk);
    const resolved = await didJwkResolver()(request({ issuer: did, alg, kid: `${did}#0` }));
    expect(resolved).toMatchObject({ issuer: did, kid: `${did}#0`, source: 'did:jwk' });
    await expect(toVerificationKey(resolved.key, alg)).resolves.toBeDefined();
  });

  it('refuses a did:jwk that carries a private key, even when it would verify', async () => {
    const key = await keyFor('ES256', 'private');
    const { exportIssuerKey } = await import('../../../src/jwt/index.js');
    const { privateJwk } = await exportIssuerKey(key);
    const { kid: _kid, alg: _alg, use: _use, ...bare } = privateJwk;
    for (const jwk of [bare, { ...bare, d: undefined, k: 'AAAA' }, { kty: 'oct', k: 'c2VjcmV0' }]) {
      const did = didOf(jwk);
      expect(decodeDidJwk(did), did).toBeUndefined();
      await expectCode(didJwkResolver()(request({ issuer: did })), 'ERR_KEY_RESOLUTION');
    }
    expect(() => didJwkFromJwk(privateJwk)).toThrow(/public JWK/);
  });

  it('refuses malformed values', async () => {
    const key = await keyFor('ES256');
    const { kty, crv, x, y } = key.publicJwk;
    const good = didOf({ kty, crv, x, y });
    const bad = [
      'did:jwk:',
      'did:jwk:e30', // {}
      `did:jwk:${b64u('[1,2]')}`, // not an object
      `did:jwk:${b64u('not json')}`,
      `${good}#0`, // a DID URL, not a DID
      `${good}=`, // padding
      good.replace('did:jwk:', 'did:jwk:+'), // alphabet
      `did:jwk:${b64u(`{"kty":"EC","crv":"P-256","x":"${x}","x":"${x}","y":"${y}"}`)}`, // duplicate member
      didOf({ kty, crv, x, y, use: 'enc' }), // key agreement only
      didOf({ kty, crv: 'P-384', x, y }), // coordinates of the wrong size
      didOf({ kty, crv, x }), // no y
      didOf({ kty: 'OKP', crv: 'X25519', x: b64u(new Uint8Array(32)) }),
      didOf({ kty: 'EC', crv: 'secp256k1', x, y }),
      didOf({ kty: 'RSA', n: b64u(new Uint8Array(64).fill(1)), e: 'AQAB' }), // 512-bit RSA
      didOf({ kty, crv, x, y, alg: 'ES384' }), // alg does not fit the key
      `did:jwk:${b64u(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]))}`, // not UTF-8
      `did:jwk:${'A'.repeat(5000)}`,
      'did:key:zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv',
    ];
    // The last base64url character must not carry unused bits.
    const last = good.at(-1) as string;
    const tweaked = `${good.slice(0, -1)}${last === 'A' ? 'B' : String.fromCharCode(last.charCodeAt(0) + 1)}`;
    if (good.slice('did:jwk:'.length).length % 4 !== 0) bad.push(tweaked);
    for (const did of bad) {
      expect(decodeDidJwk(did), did).toBeUndefined();
      await expectCode(didJwkResolver()(request({ issuer: did })), 'ERR_KEY_RESOLUTION');
    }
    expect(decodeDidJwk(good)).toBeDefined();
  });

  it('refuses a wrong kid or an algorithm the key cannot verify', async () => {
    const did = didJwkFromJwk((await keyFor('ES256')).publicJwk);
    await expectCode(didJwkResolver()(request({ issuer: did, kid: `${did}#1` })), 'ERR_KEY_RESOLUTION');
    await expectCode(didJwkResolver()(request({ issuer: did, kid: 'did:jwk:other#0' })), 'ERR_KEY_RESOLUTION');
    await expectCode(didJwkResolver()(request({ issuer: did, alg: 'EdDSA' })), 'ERR_KEY_ALG_MISMATCH');
  });

  it('refuses a point off the curve when the key is imported', async () => {
    const zero = b64u(new Uint8Array(32));
    const did = didOf({ kty: 'EC', crv: 'P-256', x: zero, y: zero });
    const resolved = await didJwkResolver()(request({ issuer: did }));
    await expectCode(toVerificationKey(resolved.key, 'ES256'), 'ERR_KEY_RESOLUTION');
  });

  it('is dispatched by combineResolvers on the did:jwk prefix only', () => {
    const combined = combineResolvers([didKeyResolver(), didJwkResolver()]);
    expect(combined.handles?.(SPEC_P256)).toBe(true);
    expect(didJwkResolver().handles?.('did:key:z6Mk')).toBe(false);
  });

  it('refuses unsupported keys when encoding', () => {
    expect(() => didJwkFromJwk({ kty: 'OKP', crv: 'X25519', x: b64u(new Uint8Array(32)) })).toThrow(/supports/);
  });
});
