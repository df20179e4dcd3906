import { describe, expect, it } from 'vitest';
import { didKeyFromJwk } from '../../../src/jwt/keys/did-key.js';
import { combineResolvers } from '../../../src/jwt/resolvers/combine-resolvers.js';
import { didKeyResolver } from '../../../src/jwt/resolvers/did-key-resolver.js';
import { didWebResolver } from '../../../src/jwt/resolvers/did-web-resolver.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import type { KeyRequest, KeyResolver } from '../../../src/jwt/resolvers/types.js';
import { fakeFetch } from '../fake-fetch.js';
import { expectCode, ISSUER, keyFor } from '../fixtures.js';

const signal = new AbortController().signal;
const request = (issuer: string): KeyRequest => ({ issuer, alg: 'EdDSA', profile: 'vc-jose-cose', signal });

describe('combineResolvers', () => {
  it('dispatches on the issuer to the first resolver that handles it', async () => {
    const key = await keyFor('EdDSA');
    const did = didKeyFromJwk(key.publicJwk);
    const combined = combineResolvers([
      staticKeyResolver({ [ISSUER]: key.publicJwk }),
      didKeyResolver(),
      didWebResolver({ fetch: fakeFetch({}) }),
    ]);
    expect((await combined(request(ISSUER))).source).toBe('static');
    expect((await combined(request(did))).source).toBe('did:key');
    expect(combined.handles?.('did:web:uni.example')).toBe(true);
    expect(combined.handles?.('https://nobody.example')).toBe(false);
    await expectCode(combined(request('https://nobody.example')), 'ERR_KEY_RESOLUTION');
  });

  it('never falls through to another resolver after a failure', async () => {
    const key = await keyFor('EdDSA');
    let fallbackCalled = false;
    const fallback: KeyResolver = async (r) => {
      fallbackCalled = true;
      return { issuer: r.issuer, key: key.publicJwk, source: 'custom' };
    };
    const combined = combineResolvers([didWebResolver({ fetch: fakeFetch({}) }), fallback]);
    await expectCode(combined(request('did:web:uni.example')), 'ERR_KEY_RESOLUTION');
    expect(fallbackCalled).toBe(false);
    expect((await combined(request('https://any.example'))).source).toBe('custom');
  });

  it('refuses an empty list or a non-function', () => {
    expect(() => combineResolvers([])).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
    expect(() => combineResolvers([{} as never])).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
  });
});
