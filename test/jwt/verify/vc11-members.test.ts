/**
 * A VC 1.1 token carries its credential in `vc`; beside it stand only the registered JWT claims. A credential
 * member placed beside `vc` would be ignored by one reader and merged by another (did-jwt-vc), so the same
 * signed bytes would mean two things: it is refused.
 */
import { normalizeCredential } from 'did-jwt-vc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { expectCode, ISSUER, type Json, LEARNER, NOW, segmentJson } from '../fixtures.js';
import { forge, tokenFor, trustingResolver } from '../tokens.js';

const opts = { now: NOW, status: false as const };
const ALLOWED = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'vc'];
// (A top-level "issuer" whose id is "iss" is accepted only when "vc" has no issuer: see below.)
const HEADER = { alg: 'EdDSA', typ: 'JWT' };

/** The payload our signer writes for the default VC 1.1 document, plus `extra` at the top level. */
async function payloadWith(extra: Json): Promise<Json> {
  return { ...segmentJson(await tokenFor('vc11-jwt'), 1), ...extra };
}

describe('vc11-jwt: members beside the "vc" claim', () => {
  const revokedEntry = {
    id: 'https://uni.example/status/1#7',
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: '7',
    statusListCredential: 'https://uni.example/status/1',
  };

  it.each([
    ['credentialStatus', revokedEntry],
    ['issuer', 'did:web:other.example'],
    ['expirationDate', '2020-01-01T00:00:00Z'],
    ['issuanceDate', '2020-01-01T00:00:00Z'],
    ['id', 'urn:uuid:00000000-0000-4000-8000-000000000000'],
    ['credentialSchema', { id: 'https://uni.example/schema', type: 'JsonSchema' }],
    ['evidence', [{ type: ['Evidence'] }]],
    ['cnf', { jwk: { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' } }],
    ['nonce', 'n-0S6_WzA2Mj'],
  ])('refuses a top-level "%s" with ERR_JWT_CLAIM_MISMATCH naming it', async (member, value) => {
    const token = await forge(HEADER, await payloadWith({ [member]: value }));
    const error = await expectCode(
      verifyCredentialDocument(token, await trustingResolver(), opts),
      'ERR_JWT_CLAIM_MISMATCH',
    );
    expect(error['path']).toEqual(['payload', member]);
  });

  it('refuses the token another VC 1.1 reader takes for another issuer’s expired credential', async () => {
    const payload = await payloadWith({
      credentialStatus: revokedEntry,
      issuer: 'did:web:other.example',
      expirationDate: '2020-01-01T00:00:00Z',
    });
    const token = await forge(HEADER, payload);
    // did-jwt-vc merges the members beside "vc" into the credential it reports.
    const theirs = normalizeCredential(token) as unknown as Json;
    expect(theirs['issuer']).toBe('did:web:other.example');
    expect(theirs['expirationDate']).toBe('2020-01-01T00:00:00Z');
    await expectCode(verifyCredentialDocument(token, await trustingResolver(), opts), 'ERR_JWT_CLAIM_MISMATCH');
  });

  it('accepts the registered claims beside "vc" (aud included)', async () => {
    const token = await forge(HEADER, await payloadWith({ aud: 'https://verifier.example' }));
    const verified = await verifyCredentialDocument(token, await trustingResolver(), opts);
    expect(verified.issuer).toBe(ISSUER);
    expect(verified.document['credentialSubject']).toMatchObject({ id: LEARNER });
  });

  it('reads an issuer profile beside "vc" only in did-jwt-vc\'s layout: its id is "iss", none in "vc"', async () => {
    const resolver = await trustingResolver();
    const base = await payloadWith({});
    const { issuer: _dropped, ...inner } = base['vc'] as Json;
    const profile = { id: ISSUER, name: 'Example University' };
    const ok = await verifyCredentialDocument(
      await forge(HEADER, { ...base, vc: inner, issuer: profile }),
      resolver,
      opts,
    );
    expect(ok.document['issuer']).toEqual(profile);
    const asId = await verifyCredentialDocument(
      await forge(HEADER, { ...base, vc: inner, issuer: ISSUER }),
      resolver,
      opts,
    );
    expect(asId.document['issuer']).toBe(ISSUER);
    for (const [vc, issuer] of [
      [inner, { id: 'did:web:other.example', name: 'Other' }],
      [inner, 'did:web:other.example'],
      [inner, { name: 'No id' }],
      [inner, `${ISSUER}/`],
      [base['vc'], profile],
      [base['vc'], ISSUER],
    ] as const) {
      const token = await forge(HEADER, { ...base, vc, issuer });
      const error = await expectCode(verifyCredentialDocument(token, resolver, opts), 'ERR_JWT_CLAIM_MISMATCH');
      expect(error['path']).toEqual(['payload', 'issuer']);
    }
  });

  it('any top-level member outside the registered claims and "vc" is refused', async () => {
    const resolver = await trustingResolver();
    const base = await payloadWith({});
    const name = fc
      .oneof(
        fc.string({ minLength: 1, maxLength: 16 }),
        fc.constantFrom('credentialStatus', 'issuer', 'validFrom', 'proof', 'termsOfUse', 'refreshService', 'vp_'),
      )
      .filter((n) => !ALLOWED.includes(n) && !['__proto__', 'constructor', 'prototype', 'vp'].includes(n));
    await fc.assert(
      fc.asyncProperty(name, fc.jsonValue({ maxDepth: 2 }), async (member, value) => {
        const token = await forge(HEADER, { ...base, [member]: value });
        const error = await expectCode(verifyCredentialDocument(token, resolver, opts), 'ERR_JWT_CLAIM_MISMATCH');
        expect(error['path']).toEqual(['payload', member]);
      }),
      { numRuns: 100, seed: Number(process.env['FC_SEED'] ?? 11) },
    );
  });
});
