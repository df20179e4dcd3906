import { describe, expect, it } from 'vitest';
import { exportIssuerKey } from '../../../src/jwt/issuer-key.js';
import { jwksResolver } from '../../../src/jwt/resolvers/jwks-resolver.js';
import type { KeyRequest } from '../../../src/jwt/resolvers/types.js';
import { fakeFetch, hangingResponse, streamedResponse } from '../fake-fetch.js';
import { expectCode, ISSUER, keyFor } from '../fixtures.js';

const URL_A = 'https://uni.example/.well-known/jwks.json';
const signal = new AbortController().signal;
const request = (over: Partial<KeyRequest> = {}): KeyRequest => ({
  issuer: ISSUER,
  alg: 'ES256',
  profile: 'vc-jose-cose',
  signal,
  ...over,
});

describe('jwksResolver', () => {
  it('selects from a local set', async () => {
    const key = await keyFor('ES256');
    const resolve = jwksResolver({ [ISSUER]: { keys: [key.publicJwk] } });
    const r = await resolve(request({ kid: key.kid }));
    expect(r).toMatchObject({ issuer: ISSUER, kid: key.kid, source: 'jwks' });
    expect(resolve.handles?.(ISSUER)).toBe(true);
    await expectCode(resolve(request({ issuer: 'https://x.example' })), 'ERR_KEY_RESOLUTION');
  });

  it('fetches a remote set once, shares concurrent loads and caches until the TTL', async () => {
    const key = await keyFor('ES256');
    let now = 1_000_000;
    const fetch = fakeFetch({ [URL_A]: { body: { keys: [key.publicJwk] } } });
    const resolve = jwksResolver({ [ISSUER]: URL_A }, { fetch, clock: () => now, cacheTtlMs: 1000 });
    await Promise.all([resolve(request()), resolve(request()), resolve(request())]);
    expect(fetch.calls).toEqual([URL_A]);
    now += 999;
    await resolve(request());
    expect(fetch.calls).toHaveLength(1);
    now += 2;
    await resolve(request());
    expect(fetch.calls).toHaveLength(2);
  });

  it('remembers a failure for the cooldown, then retries', async () => {
    let now = 0;
    let answer = 500;
    const key = await keyFor('ES256');
    const fetch = fakeFetch({
      [URL_A]: () =>
        answer === 200 ? Response.json({ keys: [key.publicJwk] }) : new Response('down', { status: answer }),
    });
    const resolve = jwksResolver({ [ISSUER]: URL_A }, { fetch, clock: () => now, failureTtlMs: 100 });
    await expectCode(resolve(request()), 'ERR_KEY_RESOLUTION');
    answer = 200;
    await expectCode(resolve(request()), 'ERR_KEY_RESOLUTION');
    expect(fetch.calls).toHaveLength(1);
    now = 101;
    await resolve(request());
    expect(fetch.calls).toHaveLength(2);
  });

  it('refuses a remote set with private or secret keys, malformed sets and non-JSON', async () => {
    const key = await keyFor('ES256');
    const { privateJwk } = await exportIssuerKey(key);
    const bodies: unknown[] = [
      { keys: [key.publicJwk, privateJwk] },
      { keys: [{ kty: 'oct', k: 'AAAA' }] },
      { keys: [] },
      { keys: ['x'] },
      { keys: [{ kty: 5 }] },
      [key.publicJwk],
      '<html>oops</html>',
    ];
    for (const body of bodies) {
      const fetch = fakeFetch({ [URL_A]: { body: typeof body === 'string' ? body : (body as object) } });
      await expectCode(jwksResolver({ [ISSUER]: URL_A }, { fetch })(request()), 'ERR_KEY_RESOLUTION');
    }
  });

  it('applies the network rules: redirects, status, size cap, timeout, host list', async () => {
    const redirect = fakeFetch({ [URL_A]: { body: '', status: 302, headers: { location: 'https://127.0.0.1/' } } });
    await expectCode(jwksResolver({ [ISSUER]: URL_A }, { fetch: redirect })(request()), 'ERR_KEY_RESOLUTION');
    const big = fakeFetch({ [URL_A]: { body: 'x', headers: { 'content-length': '999999' } } });
    await expectCode(
      jwksResolver({ [ISSUER]: URL_A }, { fetch: big, maxBytes: 1000 })(request()),
      'ERR_KEY_RESOLUTION',
    );
    const streamed = fakeFetch({ [URL_A]: () => streamedResponse(200_000) });
    await expectCode(
      jwksResolver({ [ISSUER]: URL_A }, { fetch: streamed, maxBytes: 1000 })(request()),
      'ERR_KEY_RESOLUTION',
    );
    const hanging = fakeFetch({ [URL_A]: (_u, init) => hangingResponse(init) });
    await expectCode(
      jwksResolver({ [ISSUER]: URL_A }, { fetch: hanging, timeoutMs: 20 })(request()),
      'ERR_KEY_RESOLUTION',
    );
    const fetch = fakeFetch({});
    await expectCode(
      jwksResolver({ [ISSUER]: URL_A }, { fetch, allowedHosts: ['other.example'] })(request()),
      'ERR_KEY_RESOLUTION',
    );
    expect(fetch.calls).toEqual([]);
    const thrower = fakeFetch({ [URL_A]: () => Promise.reject(new TypeError('network down')) });
    await expectCode(jwksResolver({ [ISSUER]: URL_A }, { fetch: thrower })(request()), 'ERR_KEY_RESOLUTION');
  });

  it('refuses unsafe URLs and bad options at construction', () => {
    for (const url of ['http://uni.example/jwks', 'https://127.0.0.1/jwks', 'https://localhost/jwks', 'not a url']) {
      expect(() => jwksResolver({ [ISSUER]: url })).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
    }
    expect(() => jwksResolver({ [ISSUER]: { nope: 1 } as never })).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
    expect(() => jwksResolver({}, { timeoutMs: -1 })).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
    expect(() => jwksResolver({}, { bogus: 1 } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
    expect(() => jwksResolver({}, { fetch: 'x' } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
    expect(() => jwksResolver({}, { clock: 1 } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
    expect(() => jwksResolver({}, { allowedHosts: [1] } as never)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
    expect(() => jwksResolver(null as never)).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
    expect(() => jwksResolver({}, null as never)).not.toThrow();
    expect(() => jwksResolver({}, 5 as never)).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
  });
});
