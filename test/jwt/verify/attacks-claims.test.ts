/**
 * Attack suite, claim classes: a claim that contradicts its credential property is rejected, never merged
 * (did-jwt-vc lets the properties win, so a token signed by issuer A can come out naming issuer B).
 */
import { describe, it } from 'vitest';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import {
  expectCode,
  ISSUER,
  type Json,
  keyFor,
  LEARNER,
  NOW,
  obDocument,
  V1,
  V2,
  vc2Document,
  vc11Document,
} from '../fixtures.js';
import { forge, trustingResolver, vcJosePayload } from '../tokens.js';

const opts = { now: NOW, status: false as const };
const JOSE = { alg: 'EdDSA', typ: 'vc+jwt' };
const JWT = { alg: 'EdDSA', typ: 'JWT' };
const OB_JWT = { alg: 'EdDSA', typ: 'JWT', kid: 'k' };

const vc11Payload = (vc: Json = vc11Document(), claims: Json = {}): Json => ({
  iss: ISSUER,
  sub: LEARNER,
  jti: vc['id'],
  nbf: 1_735_689_600,
  vc,
  ...claims,
});
const obPayload = (doc: Json = obDocument(), claims: Json = {}): Json => ({
  ...doc,
  iss: ISSUER,
  sub: LEARNER,
  jti: doc['id'],
  nbf: 1_735_689_600,
  ...claims,
});

async function refused(
  header: Json,
  payload: Json | string,
  code: Parameters<typeof expectCode>[1] = 'ERR_JWT_CLAIM_MISMATCH',
) {
  const h = header['kid'] === 'k' ? { ...header, kid: (await keyFor('EdDSA')).kid } : header;
  return expectCode(verifyCredentialDocument(await forge(h, payload), await trustingResolver(), opts), code);
}

describe('iss / issuer conflicts', () => {
  it('rejects iss that differs from issuer or issuer.id, in every profile', async () => {
    await refused(JOSE, vcJosePayload({ issuer: 'https://evil.example' }));
    await refused(JOSE, vcJosePayload({ issuer: { id: 'https://evil.example', name: 'Evil' } }));
    await refused(JWT, vc11Payload(vc11Document({ issuer: 'https://evil.example' })));
    await refused(OB_JWT, obPayload(obDocument({ issuer: { id: 'https://evil.example', type: ['Profile'] } })));
  });

  it('rejects a missing or malformed iss', async () => {
    const { iss: _i, ...noIss } = vcJosePayload();
    await refused(JOSE, noIss, 'ERR_JWT_CLAIM_INVALID');
    await refused(JOSE, vcJosePayload({ iss: 42 }), 'ERR_JWT_CLAIM_INVALID');
    await refused(JOSE, vcJosePayload({ iss: '' }), 'ERR_JWT_CLAIM_INVALID');
    await refused(JWT, { ...vc11Payload(), iss: undefined }, 'ERR_JWT_CLAIM_INVALID');
  });

  it('a DID URL kid must belong to the issuer DID', async () => {
    await refused({ ...JOSE, kid: 'did:web:evil.example#key-1' }, vcJosePayload());
    await refused(
      { ...JOSE },
      vcJosePayload({ iss: 'did:web:uni.example', issuer: 'did:web:uni.example' }),
      'ERR_JWT_INVALID',
    );
  });
});

describe('jti / sub conflicts', () => {
  it('rejects jti ≠ id, sub ≠ credentialSubject.id and sub with several subjects', async () => {
    await refused(JOSE, vcJosePayload({ jti: 'urn:uuid:other' }));
    await refused(JOSE, vcJosePayload({ sub: 'did:example:someone-else' }));
    await refused(JOSE, vcJosePayload({ credentialSubject: [{ id: LEARNER }, { id: 'did:example:2' }] }));
    await refused(JOSE, vcJosePayload({ credentialSubject: { name: 'no id' } }));
    await refused(JOSE, vcJosePayload({ sub: 5 }), 'ERR_JWT_CLAIM_INVALID');
    await refused(JWT, vc11Payload(vc11Document(), { jti: 'urn:uuid:other' }));
    await refused(JWT, vc11Payload(vc11Document(), { sub: 'did:example:other' }));
    await refused(OB_JWT, obPayload(obDocument(), { sub: 'did:example:other' }));
  });
});

describe('VC 1.1 vs 2.0 claim conflicts', () => {
  it('vc11-jwt: nbf and exp must equal issuanceDate and expirationDate (whole seconds)', async () => {
    await refused(JWT, vc11Payload(vc11Document(), { nbf: 1_735_689_601 }));
    await refused(JWT, vc11Payload(vc11Document({ expirationDate: '2030-01-01T00:00:00Z' }), { exp: 1_893_456_001 }));
    // Fractions of a second in the property are floored, so these agree.
    const v = await verifyCredentialDocument(
      await forge(JWT, vc11Payload(vc11Document({ issuanceDate: '2025-01-01T00:00:00.900Z' }))),
      await trustingResolver(),
      opts,
    );
    if (v.document['issuanceDate'] !== '2025-01-01T00:00:00.900Z')
      throw new Error('the property must be kept as signed');
  });

  it('rejects VC 2.0 members in a VC 1.1 credential and the reverse', async () => {
    await refused(JWT, vc11Payload(vc11Document({ validFrom: '2024-12-31T23:59:59Z' })));
    await refused(JWT, vc11Payload(vc11Document({ '@context': [V2] })));
    await refused(JOSE, vcJosePayload({ issuanceDate: '2025-01-01T00:00:00Z' }));
    await refused(JOSE, vcJosePayload({ expirationDate: '2030-01-01T00:00:00Z' }));
    await refused(JOSE, vcJosePayload({ '@context': [V1] }));
    await refused(JOSE, vcJosePayload({ '@context': 'https://www.w3.org/ns/credentials/v2' }));
  });

  it('rejects a vc or vp claim in vc+jwt and a vc claim beside top-level credential members', async () => {
    await refused(JOSE, vcJosePayload({ vc: vc11Document() }));
    await refused(JOSE, vcJosePayload({ vp: {} }));
    await refused(JWT, { ...vc11Payload(), '@context': [V2] });
    await refused(JWT, { ...vc11Payload(), credentialSubject: { id: LEARNER } });
    await refused(JWT, { ...vc11Payload(), type: ['VerifiableCredential'] });
    await refused(JWT, { ...vc11Payload(), vc: 'not an object' }, 'ERR_JWT_CLAIM_INVALID');
  });
});

describe('Open Badges 3.0 claim rules', () => {
  it('requires iss, sub, jti and nbf, and kid or jwk', async () => {
    for (const claim of ['iss', 'sub', 'jti', 'nbf']) {
      const payload = obPayload();
      delete payload[claim];
      await refused(OB_JWT, payload, 'ERR_JWT_CLAIM_INVALID');
    }
    await refused(JWT, obPayload());
  });

  it('nbf = validFrom, exp = validUntil, and no validUntil without exp (or exp without validUntil)', async () => {
    await refused(OB_JWT, obPayload(obDocument(), { nbf: 1_735_689_599 }));
    await refused(OB_JWT, obPayload(obDocument({ validUntil: '2030-01-01T00:00:00Z' })));
    await refused(OB_JWT, obPayload(obDocument({ validUntil: '2030-01-01T00:00:00Z' }), { exp: 1_893_456_000 + 1 }));
    await refused(OB_JWT, obPayload(obDocument(), { exp: 1_893_456_000 }));
    await refused(OB_JWT, obPayload(obDocument({ id: 'urn:uuid:a' }), { jti: 'urn:uuid:b' }));
  });

  it('allows no header parameter beyond alg, typ, kid and jwk', async () => {
    for (const extra of [{ x5c: ['x'] }, { cty: 'vc' }, { b: 1 }]) {
      const header = { ...OB_JWT, kid: (await keyFor('EdDSA')).kid, ...extra };
      const error = await verifyCredentialDocument(
        await forge(header, obPayload()),
        await trustingResolver(),
        opts,
      ).catch((e) => e);
      if (!['ERR_JWT_CLAIM_MISMATCH', 'ERR_JWT_TYPE'].includes(error.code)) throw error;
    }
  });

  it('judges an OB credential in a vc+jwt token by the OB envelope as well', async () => {
    const { validFrom: _v, ...noStart } = obDocument();
    await refused(JOSE, { ...noStart, iss: ISSUER }, 'ERR_VALIDATION');
  });
});

describe('credential envelope', () => {
  it('refuses credentials that are not VCs, with every issue and its path', async () => {
    const { sub: _s, ...noSub } = vcJosePayload();
    const error = await refused(
      JOSE,
      { ...noSub, type: ['Other'], validFrom: '2025-13-01T00:00:00Z', credentialSubject: [] },
      'ERR_VALIDATION',
    );
    const paths = (error['issues'] as { path: unknown[] }[]).map((i) => i.path.join('.'));
    for (const p of ['credential.type', 'credential.validFrom', 'credential.credentialSubject']) {
      if (!paths.includes(p)) throw new Error(`missing issue at ${p}: ${paths.join(', ')}`);
    }
    await refused(JOSE, { ...vc2Document(), iss: ISSUER, issuer: undefined }, 'ERR_VALIDATION');
    await refused(JOSE, vcJosePayload({ validFrom: '2025-01-01' }), 'ERR_VALIDATION');
    await refused(JOSE, vcJosePayload({ validFrom: '2025-01-01T00:00:00' }), 'ERR_VALIDATION');
  });
});
