import { compactVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateIssuerKey } from '../../../src/jwt/issuer-key.js';
import { didKeyFromJwk } from '../../../src/jwt/keys/did-key.js';
import { didKeyResolver } from '../../../src/jwt/resolvers/did-key-resolver.js';
import { signCredentialDocument } from '../../../src/jwt/sign/sign-credential-document.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import {
  expectCode,
  ISSUER,
  keyFor,
  LEARNER,
  NOW,
  obDocument,
  segmentJson,
  vc2Document,
  vc11Document,
} from '../fixtures.js';
import { trustingResolver } from '../tokens.js';

const iat = Math.floor(NOW.getTime() / 1000);

describe('signCredentialDocument: claim mapping per profile', () => {
  it('vc-jose-cose: the credential is the payload, typ vc+jwt, iss/jti/sub/iat added', async () => {
    const key = await keyFor('EdDSA');
    const token = await signCredentialDocument(vc2Document(), key, { now: NOW });
    expect(segmentJson(token, 0)).toEqual({ alg: 'EdDSA', typ: 'vc+jwt', kid: key.kid });
    expect(segmentJson(token, 1)).toEqual({
      ...vc2Document(),
      iss: ISSUER,
      jti: vc2Document()['id'],
      sub: LEARNER,
      iat,
    });
    const exp = await signCredentialDocument(vc2Document(), key, {
      now: NOW,
      expiresAt: new Date('2026-01-01T00:00:00.700Z'),
    });
    expect(segmentJson(exp, 1)['exp']).toBe(1_767_225_600);
  });

  it('vc11-jwt: the credential in the vc claim, nbf/exp from its dates', async () => {
    const doc = vc11Document({ expirationDate: '2030-01-01T00:00:00Z' });
    const token = await signCredentialDocument(doc, await keyFor('ES256'), { format: 'vc11-jwt', now: NOW });
    expect(segmentJson(token, 0)['typ']).toBe('JWT');
    expect(segmentJson(token, 1)).toEqual({
      iss: ISSUER,
      jti: doc['id'],
      sub: LEARNER,
      nbf: 1_735_689_600,
      exp: 1_893_456_000,
      iat,
      vc: doc,
    });
  });

  it('ob30-jwt: the badge is the payload with iss, sub, jti, nbf (exp when validUntil), no iat', async () => {
    const doc = obDocument({ validUntil: '2030-01-01T00:00:00Z' });
    const token = await signCredentialDocument(doc, await keyFor('EdDSA'), { format: 'ob30-jwt', now: NOW });
    const { iss, sub, jti, nbf, exp, iat: noIat } = segmentJson(token, 1);
    expect({ iss, sub, jti, nbf, exp, noIat }).toEqual({
      iss: ISSUER,
      sub: LEARNER,
      jti: doc['id'],
      nbf: 1_735_689_600,
      exp: 1_893_456_000,
      noIat: undefined,
    });
  });

  it('vc-jose-cose: several subjects sign without sub', async () => {
    const doc = vc2Document({ credentialSubject: [{ id: 'did:example:a' }, { id: 'did:example:b' }] });
    const token = await signCredentialDocument(doc, await keyFor('EdDSA'), { now: NOW });
    expect(segmentJson(token, 1)['sub']).toBeUndefined();
    expect((await verifyCredentialDocument(token, await trustingResolver(), { now: NOW })).document).toEqual(doc);
  });

  it('ob30-jwt: embeds the public jwk when asked, never a private member', async () => {
    const key = await keyFor('EdDSA');
    const token = await signCredentialDocument(obDocument(), key, {
      format: 'ob30-jwt',
      kid: false,
      embedJwk: true,
      now: NOW,
    });
    const header = segmentJson(token, 0);
    expect(header).toEqual({ alg: 'EdDSA', typ: 'JWT', jwk: { kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x } });
    expect((await verifyCredentialDocument(token, await trustingResolver(), { now: NOW })).profile).toBe('ob30-jwt');
  });

  it('signs a did:key issuer whose token verifies with the did:key resolver alone', async () => {
    const key = await keyFor('ES256');
    const did = didKeyFromJwk(key.publicJwk);
    const kid = `${did}#${did.slice(8)}`;
    const token = await signCredentialDocument(vc2Document({ issuer: did }), key, { kid, now: NOW });
    expect((await verifyCredentialDocument(token, didKeyResolver(), { now: NOW })).key.source).toBe('did:key');
  });
});

describe('signCredentialDocument: refusals', () => {
  it('refuses documents the profile does not allow (what we sign, we accept)', async () => {
    const key = await keyFor('EdDSA');
    const without = (doc: Record<string, unknown>, member: string) =>
      Object.fromEntries(Object.entries(doc).filter(([k]) => k !== member));
    const cases: [Record<string, unknown>, object, string][] = [
      [vc11Document(), {}, 'ERR_JWT_CLAIM_MISMATCH'],
      [vc2Document(), { format: 'vc11-jwt' }, 'ERR_JWT_CLAIM_MISMATCH'],
      [vc2Document({ iss: ISSUER }), {}, 'ERR_JWT_CLAIM_MISMATCH'],
      [vc2Document({ vc: {} }), {}, 'ERR_JWT_CLAIM_MISMATCH'],
      [without(vc2Document(), 'issuer'), {}, 'ERR_VALIDATION'],
      [vc2Document({ __proto__x: 1, nested: JSON.parse('{"__proto__":{"x":1}}') }), {}, 'ERR_VALIDATION'],
      [without(obDocument(), 'id'), { format: 'ob30-jwt' }, 'ERR_JWT_CLAIM_INVALID'],
      [
        obDocument({ credentialSubject: { type: ['AchievementSubject'] } }),
        { format: 'ob30-jwt' },
        'ERR_JWT_CLAIM_INVALID',
      ],
      [obDocument({ validFrom: 'yesterday' }), { format: 'ob30-jwt' }, 'ERR_VALIDATION'],
      [vc11Document({ issuanceDate: '2025-01-01' }), { format: 'vc11-jwt' }, 'ERR_VALIDATION'],
    ];
    for (const [doc, options, code] of cases) {
      await expectCode(signCredentialDocument(doc, key, { now: NOW, ...options }), code as never);
    }
  });

  it('refuses keys that cannot sign, or not with their stated algorithm', async () => {
    const ed = await keyFor('EdDSA');
    const es = await keyFor('ES256');
    await expectCode(
      signCredentialDocument(vc2Document(), { alg: 'ES256', privateKey: ed.privateKey }),
      'ERR_KEY_ALG_MISMATCH',
    );
    await expectCode(
      signCredentialDocument(vc2Document(), { alg: 'EdDSA', privateKey: ed.publicKey }),
      'ERR_KEY_INVALID',
    );
    await expectCode(
      signCredentialDocument(vc2Document(), { alg: 'HS256' as never, privateKey: ed.privateKey }),
      'ERR_KEY_INVALID',
    );
    await expectCode(signCredentialDocument(vc2Document(), null as never), 'ERR_KEY_INVALID');
    await expectCode(
      signCredentialDocument(vc2Document(), { alg: 'ES256', privateKey: {} as CryptoKey }),
      'ERR_KEY_INVALID',
    );
    await expectCode(signCredentialDocument(vc2Document(), { ...es, alg: 'ES384' }), 'ERR_KEY_ALG_MISMATCH');
  });

  it('refuses malformed options and kid rules that would not verify', async () => {
    const key = await keyFor('EdDSA');
    const bad: [Record<string, unknown>, object][] = [
      [vc2Document(), { format: 'jwt' }],
      [vc2Document(), { kid: '' }],
      [vc2Document(), { kid: 5 }],
      [vc2Document(), { now: 'today' }],
      [vc2Document(), { bogus: true }],
      [vc2Document(), { embedJwk: true }],
      [vc11Document(), { format: 'vc11-jwt', expiresAt: new Date() }],
      [obDocument(), { format: 'ob30-jwt', kid: false }],
      [obDocument(), { format: 'ob30-jwt', kid: false, embedJwk: true, __key: 'no public jwk' }],
      [vc2Document({ issuer: 'did:web:uni.example' }), { kid: false }],
      [vc2Document({ issuer: 'did:web:uni.example' }), { kid: 'did:web:other.example#k' }],
    ];
    for (const [doc, options] of bad) {
      const { __key, ...rest } = options as { __key?: string };
      const signer = __key === undefined ? key : { alg: key.alg, privateKey: key.privateKey };
      await expectCode(signCredentialDocument(doc, signer, { now: NOW, ...rest } as never), 'ERR_OPTIONS_INVALID');
    }
    await expectCode(signCredentialDocument('doc' as never, key), 'ERR_OPTIONS_INVALID');
    await expectCode(signCredentialDocument(vc2Document(), key, null as never), 'ERR_OPTIONS_INVALID');
  });

  it('produces tokens an independent verifier (jose alone) accepts', async () => {
    for (const alg of ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'] as const) {
      const key = await generateIssuerKey(alg);
      const token =
        alg === 'RS256'
          ? await signCredentialDocument(obDocument(), key, { format: 'ob30-jwt', now: NOW })
          : await signCredentialDocument(vc2Document(), key, { now: NOW });
      const { payload } = await compactVerify(token, key.publicKey);
      expect(JSON.parse(new TextDecoder().decode(payload))['iss']).toBe(ISSUER);
    }
  });

  it('refuses RS256 outside Open Badges, as the verifier does', async () => {
    const key = await keyFor('RS256');
    await expectCode(signCredentialDocument(vc2Document(), key, { now: NOW }), 'ERR_JWT_ALG_NOT_ALLOWED');
    await expectCode(
      signCredentialDocument(vc11Document(), key, { format: 'vc11-jwt', now: NOW }),
      'ERR_JWT_ALG_NOT_ALLOWED',
    );
  });
});
