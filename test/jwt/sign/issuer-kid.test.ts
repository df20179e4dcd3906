/**
 * What signCredential signs for a DID issuer, its verifiers accept: the kid of a did:key or did:jwk issuer is
 * the DID's own verification method, derived when the key is the DID's key, and a combination no verifier would
 * accept (another key, another kid, a did:web issuer without its DID URL) is refused at signing time.
 */
import { describe, expect, it } from 'vitest';
import { issueEudiCredential } from '../../../src/eudi/issue.js';
import { signTokenStatusList } from '../../../src/eudi/status/sign-token-status-list.js';
import { createTokenStatusList, setTokenStatus, TOKEN_STATUS } from '../../../src/eudi/status/token-status-list.js';
import { verifyEudiPresentation } from '../../../src/eudi/verify/verify-presentation.js';
import type { IssuerKey } from '../../../src/jwt/issuer-key.js';
import { didJwkFromJwk } from '../../../src/jwt/keys/did-jwk-encode.js';
import { didKeyFromJwk } from '../../../src/jwt/keys/did-key.js';
import { didJwkResolver } from '../../../src/jwt/resolvers/did-jwk-resolver.js';
import { didKeyResolver } from '../../../src/jwt/resolvers/did-key-resolver.js';
import { signCredential } from '../../../src/jwt/sign/sign-credential.js';
import { verifyCredential } from '../../../src/jwt/verify/verify-credential.js';
import type { MicroCredential } from '../../../src/model/micro-credential.js';
import { parseMicroCredential } from '../../../src/model/parse-micro-credential.js';
import { completeExample } from '../../support/examples.js';
import { expectCode, keyFor, segmentJson } from '../fixtures.js';

/** After the example credential's validFrom (2025-06-30), before its validUntil. */
const NOW = new Date('2025-07-01T12:00:00Z');

const VERIFY_AT = { now: NOW, status: false } as const;

function issuedBy(issuer: string): MicroCredential {
  const base = parseMicroCredential(completeExample());
  return { ...base, issuer: { ...base.issuer, id: issuer } };
}

/** The same key without its public JWK: nothing to compare the issuer DID with. */
function withoutPublicJwk(key: IssuerKey): { alg: IssuerKey['alg']; privateKey: CryptoKey; kid: string } {
  return { alg: key.alg, privateKey: key.privateKey, kid: key.kid };
}

describe('signCredential: the kid of a did:key issuer', () => {
  it('is derived as did:key:<mb>#<mb> when none is given, and the token verifies with didKeyResolver()', async () => {
    for (const alg of ['EdDSA', 'ES256'] as const) {
      const key = await keyFor(alg);
      const did = didKeyFromJwk(key.publicJwk);
      for (const format of ['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'] as const) {
        const token = await signCredential(issuedBy(did), key, { format, now: NOW });
        expect(segmentJson(token, 0)['kid']).toBe(`${did}#${did.slice('did:key:'.length)}`);
        const verified = await verifyCredential(token, didKeyResolver(), VERIFY_AT);
        expect(verified.issuer).toBe(did);
      }
    }
  });

  it('is refused when the key is not the key the DID encodes', async () => {
    const other = didKeyFromJwk((await keyFor('EdDSA', 'other')).publicJwk);
    const error = await expectCode(signCredential(issuedBy(other), await keyFor('EdDSA')), 'ERR_OPTIONS_INVALID');
    expect(error['option']).toBe('key');
    expect(String(error['message'])).toContain(other);
  });

  it('is refused when an explicit kid is not the DID’s verification method', async () => {
    const key = await keyFor('EdDSA');
    const did = didKeyFromJwk(key.publicJwk);
    for (const kid of [key.kid, `${did}#key-1`, `${did}#0`]) {
      const error = await expectCode(signCredential(issuedBy(did), key, { kid }), 'ERR_OPTIONS_INVALID');
      expect(error['option']).toBe('kid');
      expect(String(error['message'])).toContain(`${did}#${did.slice('did:key:'.length)}`);
    }
  });

  it('without a public JWK: refused with the kid to pass, and accepted once it is passed', async () => {
    const key = await keyFor('EdDSA');
    const did = didKeyFromJwk(key.publicJwk);
    const kid = `${did}#${did.slice('did:key:'.length)}`;
    const error = await expectCode(signCredential(issuedBy(did), withoutPublicJwk(key)), 'ERR_OPTIONS_INVALID');
    expect(String(error['message'])).toContain(`{ kid: '${kid}' }`);
    const token = await signCredential(issuedBy(did), withoutPublicJwk(key), { kid, now: NOW });
    expect((await verifyCredential(token, didKeyResolver(), VERIFY_AT)).issuer).toBe(did);
  });

  it('kid: false still omits it where the profile allows, and the verifier takes the DID’s one key', async () => {
    const key = await keyFor('ES256');
    const did = didKeyFromJwk(key.publicJwk);
    const token = await signCredential(issuedBy(did), key, { format: 'vc11-jwt', kid: false, now: NOW });
    expect(segmentJson(token, 0)).not.toHaveProperty('kid');
    expect((await verifyCredential(token, didKeyResolver(), VERIFY_AT)).issuer).toBe(did);
    await expectCode(signCredential(issuedBy(did), key, { kid: false }), 'ERR_OPTIONS_INVALID');
  });
});

describe('signCredential: the kid of a did:jwk issuer', () => {
  it('is derived as did:jwk:<b64>#0, and the token verifies with didJwkResolver()', async () => {
    for (const alg of ['EdDSA', 'ES256', 'ES384', 'PS256'] as const) {
      const key = await keyFor(alg);
      const did = didJwkFromJwk(key.publicJwk);
      const token = await signCredential(issuedBy(did), key, { now: NOW });
      expect(segmentJson(token, 0)['kid']).toBe(`${did}#0`);
      expect((await verifyCredential(token, didJwkResolver(), VERIFY_AT)).issuer).toBe(did);
    }
  });

  it('is refused for another key, and for a malformed did:jwk issuer', async () => {
    const key = await keyFor('ES256');
    const other = didJwkFromJwk((await keyFor('ES256', 'other')).publicJwk);
    expect((await expectCode(signCredential(issuedBy(other), key), 'ERR_OPTIONS_INVALID'))['option']).toBe('key');
    const malformed = await expectCode(signCredential(issuedBy('did:jwk:e30'), key), 'ERR_OPTIONS_INVALID');
    expect(malformed['option']).toBe('issuer');
  });
});

describe('signCredential: the kid of another DID issuer', () => {
  it('must be a DID URL under the issuer; the key’s thumbprint is refused with what to pass', async () => {
    const key = await keyFor('EdDSA');
    const issuer = 'did:web:uni.example';
    const error = await expectCode(signCredential(issuedBy(issuer), key), 'ERR_OPTIONS_INVALID');
    expect(String(error['message'])).toContain(`{ kid: '${issuer}#<id>' }`);
    await expectCode(signCredential(issuedBy(issuer), key, { kid: 'did:web:other.example#k' }), 'ERR_OPTIONS_INVALID');
    const token = await signCredential(issuedBy(issuer), key, { kid: `${issuer}#key-1`, now: NOW });
    expect(segmentJson(token, 0)['kid']).toBe(`${issuer}#key-1`);
  });

  it('an HTTPS issuer keeps the key’s kid', async () => {
    const key = await keyFor('EdDSA');
    const token = await signCredential(issuedBy('https://uni.example'), key, { now: NOW });
    expect(segmentJson(token, 0)['kid']).toBe(key.kid);
  });
});

describe('issueEudiCredential: the kid of a DID issuer', () => {
  it('is derived for did:jwk and did:key, and the presentation verifies with the DID resolver', async () => {
    const wallet = await keyFor('ES256', 'wallet');
    const key = await keyFor('ES256');
    for (const [did, resolver] of [
      [didJwkFromJwk(key.publicJwk), didJwkResolver()],
      [didKeyFromJwk(key.publicJwk), didKeyResolver()],
    ] as const) {
      const { token } = await issueEudiCredential(issuedBy(did), key, { holderKey: wallet.publicJwk, now: NOW });
      const kid = segmentJson(token.split('~')[0] as string, 0)['kid'];
      expect(kid).toBe(did.startsWith('did:jwk:') ? `${did}#0` : `${did}#${did.slice('did:key:'.length)}`);
      const verified = await verifyEudiPresentation(token, resolver, { now: NOW });
      expect(verified.result.complete).toBe(true);
    }
  });

  it('is refused for a key that is not the issuer DID’s', async () => {
    const wallet = await keyFor('ES256', 'wallet');
    const other = didJwkFromJwk((await keyFor('ES256', 'other')).publicJwk);
    await expectCode(
      issueEudiCredential(issuedBy(other), await keyFor('ES256'), { holderKey: wallet.publicJwk }),
      'ERR_OPTIONS_INVALID',
    );
  });
});

describe('signTokenStatusList: the kid of a DID issuer', () => {
  it('is derived, so the verifier resolves the list with the issuer’s DID resolver and reads the status', async () => {
    const wallet = await keyFor('ES256', 'wallet');
    const key = await keyFor('ES256');
    const did = didJwkFromJwk(key.publicJwk);
    const uri = 'https://uni.example/status/1';
    const status = { idx: 7, uri };
    const { token } = await issueEudiCredential(issuedBy(did), key, { holderKey: wallet.publicJwk, now: NOW, status });
    const list = setTokenStatus(createTokenStatusList({ bits: 2 }), 7, TOKEN_STATUS.SUSPENDED);
    const published = await signTokenStatusList(list, key, { uri, issuer: did, now: NOW });
    expect(segmentJson(published, 0)['kid']).toBe(`${did}#0`);
    await expectCode(
      verifyEudiPresentation(token, didJwkResolver(), { now: NOW, status: { tokens: { [uri]: published } } }),
      'ERR_CREDENTIAL_SUSPENDED',
    );
    const other = didJwkFromJwk((await keyFor('ES256', 'other')).publicJwk);
    await expectCode(signTokenStatusList(list, key, { uri, issuer: other }), 'ERR_OPTIONS_INVALID');
  });
});
