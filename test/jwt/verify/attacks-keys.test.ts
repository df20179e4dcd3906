/**
 * Keys that verify forgeries: an RSA key with e = 1 (a PS256 "signature" is then the PSS encoding of the
 * message, which anyone can compute) and Ed25519 keys of small order (the neutral point verifies R = neutral,
 * S = 0 for every message). Every path that admits a key must refuse them with ERR_KEY_INVALID.
 */
import type { JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { didJwkResolver } from '../../../src/jwt/resolvers/did-jwk-resolver.js';
import { didKeyResolver } from '../../../src/jwt/resolvers/did-key-resolver.js';
import { didWebResolver } from '../../../src/jwt/resolvers/did-web-resolver.js';
import { jwksResolver } from '../../../src/jwt/resolvers/jwks-resolver.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import { signCredentialDocument } from '../../../src/jwt/sign/sign-credential-document.js';
import { signStatusListCredential } from '../../../src/jwt/sign/sign-status-list-credential.js';
import { checkStatus } from '../../../src/jwt/status/check-status.js';
import type { KeyInput } from '../../../src/jwt/verify/resolve-key.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { fakeFetch } from '../fake-fetch.js';
import { b64u, expectCode, ISSUER, keyFor, NOW, segmentJson, vc2Document } from '../fixtures.js';
import { entry, LIST_URL, listWith } from '../status/status-server.js';
import { trustingResolver, vcJosePayload } from '../tokens.js';
import { exponentOneJwk, forgeExponentOne, forgeNeutral, NEUTRAL, okpJwk, someModulus } from '../weak-keys.js';

const opts = { now: NOW, status: false as const };
const WEB = 'did:web:uni.example';
const DOC_URL = 'https://uni.example/.well-known/did.json';
const JWKS_URL = 'https://uni.example/.well-known/jwks.json';
/** A credential any verifier would accept if its signature were genuine. */
const forgedPayload = (iss: string): Record<string, unknown> =>
  vcJosePayload({
    iss,
    issuer: iss,
    sub: 'did:example:eve',
    credentialSubject: { id: 'did:example:eve', name: 'Eve' },
  });

/** A forged token of `issuer` and the key inputs of every admission path that would trust `jwk` for it. */
function paths(
  jwk: Record<string, unknown>,
  forge: (iss: string, kid?: string) => string,
): [string, string, KeyInput][] {
  const didJwk = `did:jwk:${b64u(JSON.stringify(jwk))}`;
  const doc = {
    '@context': ['https://www.w3.org/ns/did/v1'],
    id: WEB,
    verificationMethod: [{ id: `${WEB}#k`, type: 'JsonWebKey', controller: WEB, publicKeyJwk: jwk }],
    assertionMethod: [`${WEB}#k`],
  };
  return [
    ['trusted key', forge(ISSUER), jwk],
    ['static resolver', forge(ISSUER), staticKeyResolver({ [ISSUER]: jwk })],
    ['local JWKS', forge(ISSUER), jwksResolver({ [ISSUER]: { keys: [jwk] } })],
    [
      'remote JWKS',
      forge(ISSUER),
      jwksResolver({ [ISSUER]: JWKS_URL }, { fetch: fakeFetch({ [JWKS_URL]: { body: { keys: [jwk] } } }) }),
    ],
    ['did:web', forge(WEB, `${WEB}#k`), didWebResolver({ fetch: fakeFetch({ [DOC_URL]: { body: doc } }) })],
    ['did:jwk', forge(didJwk, `${didJwk}#0`), didJwkResolver()],
    ['custom resolver (JWK)', forge(ISSUER), async (r) => ({ issuer: r.issuer, key: jwk, source: 'custom' as const })],
  ];
}

describe('RSA public exponent', () => {
  const n = someModulus();
  const jwk = exponentOneJwk(n);
  const forge = (iss: string, kid?: string): string =>
    forgeExponentOne({ alg: 'PS256', typ: 'vc+jwt', ...(kid === undefined ? {} : { kid }) }, forgedPayload(iss));

  it('the forgery is a genuine PS256 signature under e = 1 (WebCrypto accepts it)', async () => {
    const token = forge(ISSUER);
    const [h, p, s] = token.split('.') as [string, string, string];
    const key = await crypto.subtle.importKey('jwk', jwk, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['verify']);
    const sig = Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    expect(
      await crypto.subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, key, sig, new TextEncoder().encode(`${h}.${p}`)),
    ).toBe(true);
  });

  it.each(paths(jwk, forge))('refuses e = 1 through the %s path', async (_name, token, keys) => {
    const error = await expectCode(verifyCredentialDocument(token, keys, opts), 'ERR_KEY_INVALID');
    expect(String(error['message'])).toMatch(/exponent/);
  });

  it('refuses e = 1 in a CryptoKey a custom resolver returns', async () => {
    const key = await crypto.subtle.importKey('jwk', jwk, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']);
    const keys: KeyInput = async (r) => ({ issuer: r.issuer, key, source: 'custom' });
    await expectCode(verifyCredentialDocument(forge(ISSUER), keys, opts), 'ERR_KEY_INVALID');
  });
});

describe('Ed25519 small-order keys', () => {
  const jwk = okpJwk(NEUTRAL);
  const forge = (iss: string, kid?: string): string =>
    forgeNeutral({ alg: 'EdDSA', typ: 'vc+jwt', ...(kid === undefined ? {} : { kid }) }, forgedPayload(iss));

  it('the forgery is a genuine Ed25519 signature under the neutral key (WebCrypto accepts it)', async () => {
    const key = await crypto.subtle.importKey('raw', NEUTRAL, { name: 'Ed25519' }, false, ['verify']);
    const signature = new Uint8Array(64);
    signature.set(NEUTRAL);
    for (const message of ['', 'any payload at all']) {
      expect(await crypto.subtle.verify('Ed25519', key, signature, new TextEncoder().encode(message))).toBe(true);
    }
  });

  it.each(paths(jwk as Record<string, unknown>, forge))(
    'refuses the neutral key through the %s path',
    async (_name, token, keys) => {
      const error = await expectCode(verifyCredentialDocument(token, keys, opts), 'ERR_KEY_INVALID');
      expect(String(error['message'])).toMatch(/small order/);
    },
  );

  it('refuses the neutral key as a did:key (Ed25519 multicodec)', async () => {
    const bytes = Uint8Array.of(0xed, 0x01, ...NEUTRAL);
    const { encodeBase58btc } = await import('../../../src/jwt/encoding/base58.js');
    const did = `did:key:z${encodeBase58btc(bytes)}`;
    const token = forgeNeutral(
      { alg: 'EdDSA', typ: 'vc+jwt', kid: `${did}#z${encodeBase58btc(bytes)}` },
      forgedPayload(did),
    );
    await expectCode(verifyCredentialDocument(token, didKeyResolver(), opts), 'ERR_KEY_INVALID');
  });

  it('refuses the neutral key in an extractable CryptoKey, and any non-extractable Ed25519 CryptoKey', async () => {
    for (const extractable of [true, false]) {
      const key = await crypto.subtle.importKey('raw', NEUTRAL, { name: 'Ed25519' }, extractable, ['verify']);
      const keys: KeyInput = async (r) => ({ issuer: r.issuer, key, source: 'custom' });
      await expectCode(verifyCredentialDocument(forge(ISSUER), keys, opts), 'ERR_KEY_INVALID');
    }
  });
});

describe('status list credential keys', () => {
  it.each([
    ['e = 1', () => exponentOneJwk(someModulus()), (p: object) => forgeExponentOne({ alg: 'PS256', typ: 'vc+jwt' }, p)],
    ['neutral Ed25519', () => okpJwk(NEUTRAL), (p: object) => forgeNeutral({ alg: 'EdDSA', typ: 'vc+jwt' }, p)],
  ] as const)('a list signed for a %s key never clears a revoked credential', async (_name, weakKey, forgeList) => {
    const genuine = await keyFor('EdDSA');
    // The forged list copies a genuine empty list (nothing revoked) and is "signed" for the weak key.
    const { token: listToken } = await signStatusListCredential(listWith({}), genuine, {
      issuer: ISSUER,
      now: new Date(NOW.getTime() - 3_600_000),
    });
    const forged = forgeList(segmentJson(listToken, 1));
    const fetch = fakeFetch({ [LIST_URL]: { body: forged, headers: { 'content-type': 'application/vc+jwt' } } });
    const keys = staticKeyResolver({ [ISSUER]: weakKey() as JWK });
    const result = await checkStatus(entry(7), keys, { issuer: ISSUER, now: NOW, fetch });
    expect(result).toMatchObject({ outcome: 'unknown', reason: 'STATUS_VERIFICATION_ERROR' });
    const credential = await signCredentialDocument(vc2Document({ credentialStatus: entry(7) }), genuine, { now: NOW });
    const error = await expectCode(
      verifyCredentialDocument(credential, await trustingResolver(), { now: NOW, status: { fetch, keys } }),
      'ERR_STATUS_UNAVAILABLE',
    );
    expect(error['status']).toEqual([expect.objectContaining({ outcome: 'unknown' })]);
  });
});
