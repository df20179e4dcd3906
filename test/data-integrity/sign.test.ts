import { describe, expect, it } from 'vitest';
import {
  signDataIntegrityCredential,
  verifyDataIntegrityCredential,
  verifyDataIntegrityDocument,
} from '../../src/data-integrity/index.js';
import { didKeyResolver, generateIssuerKey } from '../../src/jwt/index.js';
import { signedExample } from './signed-example.js';

type Json = Record<string, unknown>;
const NOW = new Date('2026-03-01T00:00:00Z');

describe('signDataIntegrityCredential', () => {
  for (const alg of ['EdDSA', 'ES256', 'ES384'] as const) {
    for (const format of ['ob30', 'vc20'] as const) {
      it(`${alg} ${format}: signs a proof that verifies and gives back the same micro-credential`, async () => {
        const { did, mc, signed } = await signedExample(alg, format);
        const proof = signed['proof'] as Json;
        expect(proof).toMatchObject({
          type: 'DataIntegrityProof',
          cryptosuite: alg === 'EdDSA' ? 'eddsa-rdfc-2022' : 'ecdsa-rdfc-2019',
          created: '2026-01-01T00:00:00Z',
          verificationMethod: `${did}#${did.slice('did:key:'.length)}`,
          proofPurpose: 'assertionMethod',
        });
        const verified = await verifyDataIntegrityCredential(signed, didKeyResolver(), { now: NOW, status: false });
        expect(verified.issuer).toBe(did);
        expect(verified.credential.title).toEqual(mc.title);
        expect(verified.credential.learningOutcomes).toEqual(mc.learningOutcomes);
      });
    }
  }

  it('refuses a key that does not fit the suite', async () => {
    const key = await generateIssuerKey('ES256');
    const { mc } = await signedExample();
    await expect(signDataIntegrityCredential(mc, key)).rejects.toMatchObject({ code: 'ERR_KEY_ALG_MISMATCH' });
  });

  it('refuses a verification method that is not the issuer’s', async () => {
    const { key, mc } = await signedExample();
    await expect(
      signDataIntegrityCredential(mc, key, { verificationMethod: 'did:key:z6MkOther#z6MkOther' }),
    ).rejects.toMatchObject({ code: 'ERR_OPTIONS_INVALID' });
  });
});

describe('a signed credential changed after signing', () => {
  it('is refused for every single-character change of the proof value', async () => {
    const { signed } = await signedExample();
    const proof = signed['proof'] as Json;
    const value = proof['proofValue'] as string;
    const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    for (let i = 1; i < value.length; i += 1) {
      const replacement = alphabet[(alphabet.indexOf(value[i] as string) + 1) % alphabet.length] as string;
      const changed = `${value.slice(0, i)}${replacement}${value.slice(i + 1)}`;
      await expect(
        verifyDataIntegrityDocument({ ...signed, proof: { ...proof, proofValue: changed } }, didKeyResolver(), {
          now: NOW,
          status: false,
        }),
      ).rejects.toMatchObject({ code: expect.stringMatching(/^ERR_PROOF_(SIGNATURE|INVALID)$/) });
    }
  });

  it('is refused for a change of any signed string member (one character each)', async () => {
    const { signed } = await signedExample();
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      if (typeof value === 'string' && path[0] !== 'proof' && path[0] !== '@context') paths.push(path);
      else if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, [...path, i]);
      else if (typeof value === 'object' && value !== null)
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(signed, []);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const copy = structuredClone(signed);
      let parent: Json = copy;
      for (const key of path.slice(0, -1)) parent = parent[key as string] as Json;
      const last = path.at(-1) as string;
      const text = parent[last] as string;
      parent[last] = `${text.slice(0, -1)}${text.endsWith('x') ? 'y' : 'x'}`;
      await expect(
        verifyDataIntegrityDocument(copy, didKeyResolver(), { now: NOW, status: false }),
        path.join('/'),
      ).rejects.toHaveProperty('code');
    }
  });

  it('is refused, not silently accepted, when a member with an undefined term is added', async () => {
    const { signed } = await signedExample();
    await expect(
      verifyDataIntegrityDocument({ ...signed, policyId: 'added' }, didKeyResolver(), { now: NOW, status: false }),
    ).rejects.toMatchObject({ code: 'ERR_JSONLD_INVALID' });
    const subject = signed['credentialSubject'] as Json;
    await expect(
      verifyDataIntegrityDocument(
        { ...signed, credentialSubject: { ...subject, undefinedTerm: 1 } },
        didKeyResolver(),
        { now: NOW, status: false },
      ),
    ).rejects.toMatchObject({ code: 'ERR_JSONLD_INVALID' });
  });

  it('is refused with the URL when a context is not pinned', async () => {
    const { signed } = await signedExample();
    const url = 'https://attacker.example/context.jsonld';
    await expect(
      verifyDataIntegrityDocument(
        { ...signed, '@context': [...(signed['@context'] as string[]), url] },
        didKeyResolver(),
        { now: NOW, status: false },
      ),
    ).rejects.toMatchObject({ code: 'ERR_JSONLD_CONTEXT', message: expect.stringContaining(url) });
  });

  it('is refused when an inline context sets @vocab or @base, unless the caller allows it', async () => {
    const { signed } = await signedExample();
    for (const key of ['@vocab', '@base']) {
      const document = {
        ...signed,
        '@context': [...(signed['@context'] as unknown[]), { [key]: 'https://x.example/' }],
      };
      await expect(
        verifyDataIntegrityDocument(document, didKeyResolver(), { now: NOW, status: false }),
      ).rejects.toMatchObject({ code: 'ERR_JSONLD_INVALID', message: expect.stringContaining(key) });
      // Allowed: every term here is defined and no IRI is relative, so the statements (and the proof) are unchanged.
      await expect(
        verifyDataIntegrityDocument(document, didKeyResolver(), { now: NOW, status: false, allowVocab: true }),
      ).resolves.toBeDefined();
    }
  });

  it('is refused when a proof of an unsupported suite is added beside the valid one', async () => {
    const { signed } = await signedExample();
    const proof = signed['proof'] as Json;
    const other = { ...proof, cryptosuite: 'bbs-2023' };
    await expect(
      verifyDataIntegrityDocument({ ...signed, proof: [proof, other] }, didKeyResolver(), { now: NOW, status: false }),
    ).rejects.toMatchObject({ code: 'ERR_PROOF_UNSUPPORTED' });
  });
});

describe('proof options', () => {
  it('refuses a proof for another purpose, a future created time and a passed expires', async () => {
    const { signed } = await signedExample();
    const proof = signed['proof'] as Json;
    const run = (p: Json, now = NOW) =>
      verifyDataIntegrityDocument({ ...signed, proof: p }, didKeyResolver(), { now, status: false });
    await expect(run({ ...proof, proofPurpose: 'authentication' })).rejects.toMatchObject({
      code: 'ERR_PROOF_INVALID',
    });
    await expect(run(proof, new Date('2025-12-31T23:58:00Z'))).rejects.toMatchObject({ code: 'ERR_PROOF_INVALID' });
    await expect(run(proof, new Date('2025-12-31T23:59:30Z'))).resolves.toBeDefined(); // within the 60 s tolerance
    await expect(run({ ...proof, created: 'yesterday' })).rejects.toMatchObject({ code: 'ERR_PROOF_INVALID' });
    await expect(run({ ...proof, expires: '2026-02-01T00:00:00Z' })).rejects.toMatchObject({
      code: 'ERR_PROOF_INVALID',
    });
  });

  it('refuses a proof whose key algorithm the caller did not accept', async () => {
    const { signed } = await signedExample('ES256');
    const run = (algorithms: ('EdDSA' | 'ES256')[]) =>
      verifyDataIntegrityDocument(signed, didKeyResolver(), { now: NOW, status: false, algorithms });
    await expect(run(['EdDSA'])).rejects.toMatchObject({ code: 'ERR_PROOF_UNSUPPORTED' });
    await expect(run(['ES256'])).resolves.toMatchObject({ suite: 'ecdsa-rdfc-2019' });
  });

  it('refuses a verification method of another controller than the issuer', async () => {
    const { signed } = await signedExample();
    const other = await signedExample();
    const proof = other.signed['proof'] as Json;
    await expect(
      verifyDataIntegrityDocument({ ...signed, proof }, didKeyResolver(), { now: NOW, status: false }),
    ).rejects.toMatchObject({ code: 'ERR_KEY_RESOLUTION' });
  });
  it('reports a key that cannot be resolved before a document the canonicalisation refuses', async () => {
    // The key is resolved while the document is canonicalised; which error is reported must not depend on which
    // of the two finishes first.
    const { signed } = await signedExample();
    const other = await signedExample();
    const proof = other.signed['proof'] as Json;
    const document = { ...signed, policyId: 'an undefined term', proof };
    for (let round = 0; round < 5; round += 1) {
      await expect(
        verifyDataIntegrityDocument(document, didKeyResolver(), { now: NOW, status: false }),
      ).rejects.toMatchObject({ code: 'ERR_KEY_RESOLUTION' });
    }
    await expect(
      verifyDataIntegrityDocument({ ...signed, policyId: 'an undefined term' }, didKeyResolver(), {
        now: NOW,
        status: false,
      }),
    ).rejects.toMatchObject({ code: 'ERR_JSONLD_INVALID' });
  });
});
