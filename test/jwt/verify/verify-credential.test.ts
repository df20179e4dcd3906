import { describe, expect, it } from 'vitest';
import { toOpenBadge } from '../../../src/interop/ob3/to-open-badge.js';
import { toVerifiableCredential } from '../../../src/interop/vc2/to-verifiable-credential.js';
import type { SigningAlgorithm } from '../../../src/jwt/algorithms.js';
import type { JwtProfile } from '../../../src/jwt/profiles.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import { signCredential } from '../../../src/jwt/sign/sign-credential.js';
import { signCredentialDocument } from '../../../src/jwt/sign/sign-credential-document.js';
import { verifyCredential } from '../../../src/jwt/verify/verify-credential.js';
import { verifyCredentials } from '../../../src/jwt/verify/verify-credentials.js';
import type { MicroCredential } from '../../../src/model/micro-credential.js';
import { parseMicroCredential } from '../../../src/model/parse-micro-credential.js';
import { fc, IDS, modelArb, withIds } from '../../interop/round-trip-support.js';
import { completeExample } from '../../support/examples.js';
import { expectCode, keyFor } from '../fixtures.js';
import { entry, listWith, serveList } from '../status/status-server.js';

const mc = (): MicroCredential => parseMicroCredential(completeExample());
const AT = new Date('2025-07-01T00:00:00Z');
const opts = { now: AT, status: false as const };
const resolverFor = async (alg: SigningAlgorithm, issuer = mc().issuer.id as string) =>
  staticKeyResolver({ [issuer]: (await keyFor(alg)).publicJwk });

describe('verifyCredential', () => {
  for (const format of ['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'] as const) {
    it(`${format}: returns the micro-credential, the document and what was verified`, async () => {
      const token = await signCredential(mc(), await keyFor('EdDSA'), { format, now: AT });
      const v = await verifyCredential(token, await resolverFor('EdDSA'), opts);
      expect(v.credential).toEqual(mc());
      expect(v.profile).toBe(format);
      expect(v.issuer).toBe(mc().issuer.id);
      expect(v.warnings).toEqual([]);
      expect(v.checks).toContainEqual({ name: 'model', outcome: 'passed' });
      expect(v.document['@context']).toBeDefined();
    });
  }

  it('refuses a credential that is not a complete micro-credential', async () => {
    const key = await keyFor('EdDSA');
    const bare = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: mc().issuer.id,
      credentialSubject: { id: 'did:example:x' },
    };
    const token = await signCredentialDocument(bare, key, { now: AT });
    const error = await expectCode(verifyCredential(token, await resolverFor('EdDSA'), opts), 'ERR_VALIDATION');
    expect((error['issues'] as unknown[]).length).toBeGreaterThan(0);
    expect((error['checks'] as { name: string }[]).map((c) => c.name)).toContain('signature');
  });

  it('refuses a signed endorsement or CLR bundle after its signature verifies: neither is a micro-credential', async () => {
    const key = await keyFor('EdDSA');
    const issuer = mc().issuer.id as string;
    const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
    const endorsement = {
      '@context': ['https://www.w3.org/ns/credentials/v2', OB],
      id: 'urn:uuid:1e5c3ad2-8c38-4f7e-9a7b-0b6f0c1f2b3a',
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: { id: issuer, type: ['Profile'], name: 'Accreditor' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'https://uni.example/achievements/x', type: ['EndorsementSubject'] },
    };
    const clr = {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
        OB,
      ],
      id: 'urn:uuid:5b0f1d9e-2b0e-4d8f-8a2c-7c4f3e2d1b0a',
      type: ['VerifiableCredential', 'ClrCredential'],
      issuer: { id: issuer, type: ['Profile'], name: 'Uni' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { type: ['ClrSubject'], verifiableCredential: [] },
    };
    for (const [doc, says] of [
      [endorsement, /EndorsementCredential is not a micro-credential/],
      [clr, /ClrCredential is a bundle of credentials/],
    ] as const) {
      const token = await signCredentialDocument(doc, key, { now: AT });
      const error = await expectCode(
        verifyCredential(token, await resolverFor('EdDSA'), opts),
        'ERR_INTEROP_NOT_ACHIEVEMENT',
      );
      expect(error['message']).toMatch(says);
      expect(error['path']).toEqual(['credential', 'type']);
      expect((error['checks'] as { name: string }[]).map((c) => c.name)).toContain('signature');
    }
  });

  it('rejects a model that contradicts the signed envelope (issuer, id, learner, validity)', async () => {
    const key = await keyFor('EdDSA');
    const resolver = await resolverFor('EdDSA');
    const vc = toVerifiableCredential(mc());
    const subject = vc['credentialSubject'] as Record<string, unknown>;
    const tamper = async (doc: Record<string, unknown>) =>
      expectCode(
        verifyCredential(await signCredentialDocument(doc, key, { now: AT }), resolver, opts),
        'ERR_JWT_CLAIM_MISMATCH',
      );
    const issuer = subject['microcred:issuer'] as Record<string, unknown>;
    await tamper({
      ...vc,
      credentialSubject: { ...subject, 'microcred:issuer': { ...issuer, id: 'https://other.example' } },
    });
    await tamper({
      ...vc,
      credentialSubject: {
        ...subject,
        'microcred:learner': { ...(subject['microcred:learner'] as object), id: 'did:example:someone-else' },
      },
    });
    await tamper({
      ...vc,
      credentialSubject: { ...subject, 'microcred:id': 'urn:uuid:00000000-0000-4000-8000-00000000000f' },
    });
    await tamper({ ...vc, credentialSubject: { ...subject, 'microcred:validUntil': '2099-01-01T00:00:00Z' } });
    await tamper({ ...vc, credentialSubject: { ...subject, 'microcred:validFrom': '2025-01-01T00:00:00Z' } });
  });

  it('keeps or rejects unmappable parts as asked', async () => {
    const key = await keyFor('EdDSA');
    const vc = toVerifiableCredential(mc());
    const token = await signCredentialDocument({ ...vc, evidence: [{ id: 'https://uni.example/e/1' }] }, key, {
      now: AT,
    });
    const kept = await verifyCredential(token, await resolverFor('EdDSA'), opts);
    expect(kept.warnings.map((w) => w.code)).toEqual(['unknown-property']);
    await expectCode(
      verifyCredential(token, await resolverFor('EdDSA'), { ...opts, unmappable: 'reject' }),
      'ERR_INTEROP_UNMAPPABLE',
    );
    await expect(
      verifyCredential(token, await resolverFor('EdDSA'), { ...opts, unmappable: 'drop' as never }),
    ).rejects.toMatchObject({
      code: 'ERR_OPTIONS_INVALID',
    });
  });

  it('checks the status entries the model states, not only the envelope', async () => {
    const key = await keyFor('EdDSA');
    const issuer = mc().issuer.id as string;
    const list = listWith({ 12: 1 });
    const fetch = await serveList(list, key, issuer, {}, AT);
    const credential = { ...mc(), credentialStatus: [entry(3) as never, entry(12) as never] };
    const badge = toOpenBadge(credential);
    const token = await signCredentialDocument(badge, key, { format: 'ob30-jwt', now: AT });
    await expectCode(
      verifyCredential(token, await resolverFor('EdDSA'), { now: AT, status: { fetch } }),
      'ERR_CREDENTIAL_REVOKED',
    );
  });
});

describe('verifyCredentials', () => {
  it('verifies a batch with shared resolution and status, one result per token', async () => {
    const key = await keyFor('EdDSA');
    const issuer = mc().issuer.id as string;
    const fetch = await serveList(listWith({ 7: 1 }), key, issuer, {}, AT);
    const good = await signCredential({ ...mc(), credentialStatus: [entry(1) as never] }, key, { now: AT });
    const revoked = await signCredential({ ...mc(), credentialStatus: [entry(7) as never] }, key, { now: AT });
    const progress: number[] = [];
    const results = await verifyCredentials([good, revoked, 'junk', good, good], await resolverFor('EdDSA'), {
      now: AT,
      status: { fetch },
      concurrency: 3,
      onProgress: (p) => progress.push(p.done),
    });
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'ok',
      'ERR_CREDENTIAL_REVOKED',
      'ERR_JWT_INVALID',
      'ok',
      'ok',
    ]);
    expect(fetch.calls).toHaveLength(1);
    expect(progress).toHaveLength(5);
    await expect(verifyCredentials([good], await resolverFor('EdDSA'), { concurrency: 0 })).rejects.toMatchObject({
      code: 'ERR_OPTIONS_INVALID',
    });
    await expect(verifyCredentials([good], await resolverFor('EdDSA'), { bogus: 1 } as never)).rejects.toMatchObject({
      code: 'ERR_OPTIONS_INVALID',
    });
  });
});

describe('round trip property', () => {
  it('model → signCredential → verifyCredential → model is the model, per profile and algorithm', async () => {
    const profiles: JwtProfile[] = ['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'];
    const algs: SigningAlgorithm[] = ['EdDSA', 'ES256', 'ES384', 'PS256'];
    await fc.assert(
      fc.asyncProperty(modelArb, fc.constantFrom(...profiles), fc.constantFrom(...algs), async (model, format, alg) => {
        const expected = withIds(model, { achievement: format === 'ob30-jwt' });
        const from = Date.parse(expected.validFrom ?? expected.issued);
        const until = expected.validUntil === undefined ? Number.POSITIVE_INFINITY : Date.parse(expected.validUntil);
        fc.pre(from >= 0 && until - from > 5000 && (format !== 'ob30-jwt' || expected.learner.id !== undefined));
        const now = new Date(Math.floor(from / 1000) * 1000 + 2000);
        const key = await keyFor(alg);
        const issuer = expected.issuer.id as string;
        const kid = `${issuer}#key-1`;
        const token = await signCredential(model, key, { format, kid, now, ...IDS });
        const resolver = staticKeyResolver({ [issuer]: { kid, key: key.publicJwk } });
        const v = await verifyCredential(token, resolver, { now, status: false });
        expect(v.credential).toEqual({ ...expected, id: model.id ?? IDS.id });
        expect(v.profile).toBe(format);
      }),
      { numRuns: 120, seed: Number(process.env['FC_SEED'] ?? 99) },
    );
  });
});
