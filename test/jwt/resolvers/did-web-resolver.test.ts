import { describe, expect, it } from 'vitest';
import { encodeMultikey } from '../../../src/jwt/keys/multikey.js';
import { assertionKeys } from '../../../src/jwt/resolvers/did-document.js';
import { didWebResolver } from '../../../src/jwt/resolvers/did-web-resolver.js';
import type { KeyRequest } from '../../../src/jwt/resolvers/types.js';
import { fakeFetch, hangingResponse, streamedResponse } from '../fake-fetch.js';
import { expectCode, keyFor } from '../fixtures.js';

const DID = 'did:web:uni.example';
const DOC_URL = 'https://uni.example/.well-known/did.json';
const signal = new AbortController().signal;
const request = (over: Partial<KeyRequest> = {}): KeyRequest => ({
  issuer: DID,
  alg: 'ES256',
  profile: 'vc-jose-cose',
  signal,
  ...over,
});

async function didDocument(): Promise<Record<string, unknown>> {
  const es = await keyFor('ES256');
  const ed = await keyFor('EdDSA');
  const other = await keyFor('ES256', 'auth');
  const { kid: _k, alg: _a, use: _u, ...esJwk } = es.publicJwk;
  return {
    '@context': ['https://www.w3.org/ns/did/v1'],
    id: DID,
    verificationMethod: [
      { id: `${DID}#es`, type: 'JsonWebKey', controller: DID, publicKeyJwk: esJwk },
      { id: '#ed', type: 'Multikey', controller: DID, publicKeyMultibase: encodeMultikey(ed.publicJwk) },
      { id: `${DID}#auth`, type: 'JsonWebKey2020', controller: DID, publicKeyJwk: other.publicJwk },
      { id: `${DID}#foreign`, type: 'JsonWebKey', controller: 'did:web:evil.example', publicKeyJwk: other.publicJwk },
    ],
    assertionMethod: [`${DID}#es`, '#ed', `${DID}#foreign`, `${DID}#missing`],
    authentication: [`${DID}#auth`],
  };
}

describe('assertionKeys', () => {
  it('reads only assertion methods controlled by the DID, referenced or embedded', async () => {
    const doc = await didDocument();
    expect(assertionKeys(doc, DID).map((k) => k.id)).toEqual([`${DID}#es`, `${DID}#ed`]);
    const embedded = {
      id: DID,
      assertionMethod: [
        { id: `${DID}#x`, type: 'JsonWebKey', controller: DID, publicKeyJwk: (await keyFor('EdDSA')).publicJwk },
        {
          id: `${DID}#priv`,
          type: 'JsonWebKey',
          controller: DID,
          publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'A', d: 'A' },
        },
        { id: `${DID}#odd`, type: 'Ed25519VerificationKey2018', controller: DID, publicKeyBase58: 'abc' },
        { id: 'did:web:evil.example#k', type: 'JsonWebKey', controller: DID, publicKeyJwk: {} },
        { id: `${DID}#bad-mb`, type: 'Multikey', controller: DID, publicKeyMultibase: 'zzz' },
        'not-a-reference',
        5,
      ],
    };
    expect(assertionKeys(embedded, DID).map((k) => k.id)).toEqual([`${DID}#x`]);
    await expectCode(
      Promise.resolve().then(() => assertionKeys({ ...doc, id: 'did:web:other.example' }, DID)),
      'ERR_KEY_RESOLUTION',
    );
  });
});

describe('didWebResolver', () => {
  it('fetches the DID document and selects by kid or by algorithm', async () => {
    const fetch = fakeFetch({ [DOC_URL]: { body: await didDocument() } });
    const resolve = didWebResolver({ fetch });
    expect(await resolve(request({ kid: `${DID}#es` }))).toMatchObject({
      issuer: DID,
      kid: `${DID}#es`,
      source: 'did:web',
    });
    expect((await resolve(request({ alg: 'EdDSA' }))).kid).toBe(`${DID}#ed`);
    expect(fetch.calls).toEqual([DOC_URL]);
    expect(resolve.handles?.(DID)).toBe(true);
    expect(resolve.handles?.('did:key:z6Mk')).toBe(false);
  });

  it('never uses authentication-only or foreign keys, and refuses a kid of the wrong family', async () => {
    const resolve = didWebResolver({ fetch: fakeFetch({ [DOC_URL]: { body: await didDocument() } }) });
    await expectCode(resolve(request({ kid: `${DID}#auth` })), 'ERR_KEY_RESOLUTION');
    await expectCode(resolve(request({ kid: `${DID}#foreign` })), 'ERR_KEY_RESOLUTION');
    await expectCode(resolve(request({ kid: `${DID}#ed` })), 'ERR_KEY_ALG_MISMATCH');
    await expectCode(resolve(request({ alg: 'ES384' })), 'ERR_KEY_RESOLUTION');
  });

  it('refuses ambiguity without a kid', async () => {
    const doc = await didDocument();
    const second = {
      id: `${DID}#es2`,
      type: 'JsonWebKey',
      controller: DID,
      publicKeyJwk: (await keyFor('ES256', '2')).publicJwk,
    };
    const twoEs = {
      ...doc,
      verificationMethod: [...(doc['verificationMethod'] as object[]), second],
      assertionMethod: [`${DID}#es`, `${DID}#es2`],
    };
    const resolve = didWebResolver({ fetch: fakeFetch({ [DOC_URL]: { body: twoEs } }) });
    await expectCode(resolve(request()), 'ERR_KEY_AMBIGUOUS');
  });

  it('refuses unsafe DIDs before any request, and faulty answers', async () => {
    const fetch = fakeFetch({});
    const resolve = didWebResolver({ fetch });
    for (const did of ['did:web:127.0.0.1', 'did:web:localhost', 'did:web:169.254.169.254', 'did:web:example.com:..']) {
      await expectCode(resolve(request({ issuer: did })), 'ERR_KEY_RESOLUTION');
    }
    expect(fetch.calls).toEqual([]);
    const faults = [
      fakeFetch({ [DOC_URL]: { body: 'moved', status: 301, headers: { location: 'http://10.0.0.1/did.json' } } }),
      fakeFetch({ [DOC_URL]: { body: '<html></html>' } }),
      fakeFetch({ [DOC_URL]: { body: [] } }),
      fakeFetch({ [DOC_URL]: { body: 'gone', status: 404 } }),
      fakeFetch({ [DOC_URL]: () => streamedResponse(400_000) }),
      fakeFetch({ [DOC_URL]: { body: new Uint8Array([0xff, 0xfe, 0x7b]) } }),
      fakeFetch({ [DOC_URL]: (_u, init) => hangingResponse(init) }),
    ];
    for (const f of faults)
      await expectCode(didWebResolver({ fetch: f, timeoutMs: 30 })(request()), 'ERR_KEY_RESOLUTION');
  });

  it('honours allowedHosts and an abort signal', async () => {
    const fetch = fakeFetch({ [DOC_URL]: { body: await didDocument() } });
    await expectCode(didWebResolver({ fetch, allowedHosts: ['other.example'] })(request()), 'ERR_KEY_RESOLUTION');
    const aborted = new AbortController();
    aborted.abort();
    const slow = fakeFetch({ [DOC_URL]: (_u, init) => hangingResponse(init) });
    await expectCode(didWebResolver({ fetch: slow })(request({ signal: aborted.signal })), 'ERR_KEY_RESOLUTION');
  });
});
