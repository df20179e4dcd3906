/**
 * Differential interop with did-jwt-vc (an independent VC-JWT 1.1 implementation): tokens it signs verify in
 * microcred, and ours verify in it. Every disagreement is a case where did-jwt-vc merges a claim/property
 * conflict that microcred rejects; each is listed below with the reason.
 */
import { EdDSASigner, ES256Signer } from 'did-jwt';
import { createVerifiableCredentialJwt, verifyCredential as didJwtVerify } from 'did-jwt-vc';
import type { Resolvable } from 'did-resolver';
import type { JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { toVerifiableCredential } from '../../../src/interop/vc2/to-verifiable-credential.js';
import { toVc11Document } from '../../../src/jwt/credential/vc11-envelope.js';
import { exportIssuerKey, type IssuerKey } from '../../../src/jwt/issuer-key.js';
import { didKeyFromJwk } from '../../../src/jwt/keys/did-key.js';
import { didKeyResolver } from '../../../src/jwt/resolvers/did-key-resolver.js';
import { signCredential } from '../../../src/jwt/sign/sign-credential.js';
import { verifyCredential } from '../../../src/jwt/verify/verify-credential.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import type { MicroCredential } from '../../../src/model/micro-credential.js';
import { parseMicroCredential } from '../../../src/model/parse-micro-credential.js';
import { completeExample } from '../../support/examples.js';
import { expectCode, keyFor, V1 } from '../fixtures.js';

const AT = new Date('2025-07-01T00:00:00Z');
const policies = { now: AT.getTime() / 1000 };
const bytes = (b64u: string): Uint8Array =>
  Uint8Array.from(atob(b64u.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

interface DidIssuer {
  did: string;
  kid: string;
  key: IssuerKey;
  jwk: JWK;
  signer: ReturnType<typeof EdDSASigner>;
  alg: 'EdDSA' | 'ES256';
}

async function didIssuer(alg: 'EdDSA' | 'ES256'): Promise<DidIssuer> {
  const key = await keyFor(alg, 'did');
  const { privateJwk } = await exportIssuerKey(key);
  const { kty, crv, x, y } = key.publicJwk;
  const jwk = (y === undefined ? { kty, crv, x } : { kty, crv, x, y }) as JWK;
  const did = didKeyFromJwk(jwk);
  const d = bytes(privateJwk.d as string);
  const signer = alg === 'EdDSA' ? EdDSASigner(d) : ES256Signer(d);
  return { did, kid: `${did}#${did.slice('did:key:'.length)}`, key, jwk, signer, alg };
}

/** A did-resolver answer for our did:key issuers, as did-jwt expects it (JsonWebKey2020 assertion method). */
function resolverFor(...issuers: DidIssuer[]): Resolvable {
  return {
    resolve: async (didUrl: string) => {
      const issuer = issuers.find((i) => didUrl.startsWith(i.did));
      if (issuer === undefined)
        return { didResolutionMetadata: { error: 'notFound' }, didDocument: null, didDocumentMetadata: {} };
      const method = { id: issuer.kid, type: 'JsonWebKey2020', controller: issuer.did, publicKeyJwk: issuer.jwk };
      return {
        didResolutionMetadata: {},
        didDocument: {
          id: issuer.did,
          verificationMethod: [method],
          assertionMethod: [issuer.kid],
          authentication: [issuer.kid],
        },
        didDocumentMetadata: {},
      };
    },
  } as unknown as Resolvable;
}

const model = (did: string): MicroCredential => {
  const mc = parseMicroCredential(completeExample());
  return { ...mc, issuer: { ...mc.issuer, id: did } };
};

describe('did-jwt-vc → microcred', () => {
  for (const alg of ['EdDSA', 'ES256'] as const) {
    it(`${alg}: a VC-JWT 1.1 credential did-jwt-vc signs verifies, claims mapped back to properties`, async () => {
      const issuer = await didIssuer(alg);
      const payload = {
        sub: 'did:example:learner-1',
        nbf: 1_735_689_600,
        jti: 'urn:uuid:2f3a4b5c-6d7e-4f80-9a1b-2c3d4e5f6a7b',
        vc: {
          '@context': [V1],
          type: ['VerifiableCredential'],
          credentialSubject: { degree: { type: 'BachelorDegree', name: 'Data literacy' } },
        },
      };
      const token = await createVerifiableCredentialJwt(payload, issuer, { header: { alg, kid: issuer.kid } });
      const v = await verifyCredentialDocument(token, didKeyResolver(), { now: AT, status: false });
      expect(v.profile).toBe('vc11-jwt');
      expect(v.document).toMatchObject({
        issuer: issuer.did,
        id: payload.jti,
        issuanceDate: '2025-01-01T00:00:00Z',
        credentialSubject: { id: payload.sub, degree: { name: 'Data literacy' } },
      });
      expect(v.key.source).toBe('did:key');
    });
  }

  it('a micro-credential signed by did-jwt-vc verifies in microcred and maps to the model', async () => {
    const issuer = await didIssuer('EdDSA');
    const mc = model(issuer.did);
    const vc = toVc11Document(toVerifiableCredential(mc));
    const token = await createVerifiableCredentialJwt({ ...vc, iss: undefined } as never, issuer, {
      header: { alg: 'EdDSA' },
    });
    const v = await verifyCredential(token, didKeyResolver(), { now: AT, status: false });
    // did-jwt-vc keeps only the NumericDate of issuanceDate (nbf), so the instant comes back in UTC: the one
    // documented difference of the VC 1.1 claim mapping.
    expect(v.credential).toEqual({ ...mc, validFrom: '2025-06-30T12:00:00Z' });
    expect(Date.parse(v.credential.validFrom as string)).toBe(Date.parse(mc.validFrom as string));
  });
});

describe('microcred → did-jwt-vc', () => {
  for (const alg of ['EdDSA', 'ES256'] as const) {
    it(`${alg}: our vc11-jwt tokens verify in did-jwt-vc with the same issuer and subject`, async () => {
      const issuer = await didIssuer(alg);
      const mc = model(issuer.did);
      const token = await signCredential(mc, issuer.key, { format: 'vc11-jwt', kid: issuer.kid, now: AT });
      const verified = await didJwtVerify(token, resolverFor(issuer), { policies });
      expect(verified.issuer).toBe(issuer.did);
      expect(verified.verifiableCredential.credentialSubject.id).toBe(mc.learner.id);
      expect(verified.verifiableCredential.id).toBe(mc.id);
      // And microcred agrees on the very same token.
      expect((await verifyCredential(token, didKeyResolver(), { now: AT, status: false })).credential).toEqual(mc);
    });
  }
});

describe('disagreements, each explained', () => {
  it('a token of issuer A whose vc names issuer B: did-jwt-vc drops the stated issuer silently, microcred rejects', async () => {
    const a = await didIssuer('EdDSA');
    const b = await didIssuer('ES256');
    const vc = {
      '@context': [V1],
      type: ['VerifiableCredential'],
      issuer: { id: b.did, name: 'University B' },
      issuanceDate: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:x' },
    };
    // Signed by A, with iss = A, but the credential names B as its issuer.
    const { CompactSign } = await import('jose');
    const payload = { iss: a.did, sub: 'did:example:x', nbf: 1_735_689_600, vc };
    const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: a.kid })
      .sign(a.key.privateKey);
    const theirs = await didJwtVerify(token, resolverFor(a, b), { policies });
    // Accepted there: the signer A is reported and the credential's own issuer (B, "University B") is gone.
    expect(theirs.verifiableCredential.issuer).toEqual({ id: a.did });
    await expectCode(
      verifyCredentialDocument(token, didKeyResolver(), { now: AT, status: false }),
      'ERR_JWT_CLAIM_MISMATCH',
    );
  });

  it('sub contradicting credentialSubject.id, and nbf contradicting issuanceDate: merged there, rejected here', async () => {
    const a = await didIssuer('EdDSA');
    const { CompactSign } = await import('jose');
    const sign = (payload: object) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: a.kid })
        .sign(a.key.privateKey);
    const base = { '@context': [V1], type: ['VerifiableCredential'], issuanceDate: '2025-01-01T00:00:00Z' };
    const subjectConflict = await sign({
      iss: a.did,
      sub: 'did:example:alice',
      nbf: 1_735_689_600,
      vc: { ...base, credentialSubject: { id: 'did:example:mallory' } },
    });
    const dateConflict = await sign({
      iss: a.did,
      sub: 'did:example:alice',
      nbf: 1_700_000_000,
      vc: { ...base, credentialSubject: { id: 'did:example:alice' } },
    });
    for (const token of [subjectConflict, dateConflict]) {
      await expect(didJwtVerify(token, resolverFor(a), { policies })).resolves.toBeDefined();
      await expectCode(
        verifyCredentialDocument(token, didKeyResolver(), { now: AT, status: false }),
        'ERR_JWT_CLAIM_MISMATCH',
      );
    }
  });
});
