import { describe, expect, it } from 'vitest';
import { dataIntegrityDocumentLoader, verifyDataIntegrityDocument } from '../../src/data-integrity/index.js';
import { PINNED_CONTEXTS } from '../../src/data-integrity/pinned-contexts.js';
import { encodeBase58btc } from '../../src/jwt/encoding/base58.js';
import { didKeyResolver, generateIssuerKey } from '../../src/jwt/index.js';
import { didKeyFromJwk } from '../../src/jwt/keys/did-key.js';

const KNOWS = 'https://poison.example/context';

/**
 * A credential whose subject links `size` blank nodes each to every other one (a clique): every node looks the
 * same to RDFC-1.0, whose work then grows factorially (w3c/rdf-canon#120).
 */
async function poisonCredential(size: number) {
  const key = await generateIssuerKey('EdDSA');
  const did = didKeyFromJwk(key.publicJwk);
  const nodes = Array.from({ length: size }, (_, i) => ({
    '@id': `_:b${i}`,
    knows: Array.from({ length: size }, (_, j) => ({ '@id': `_:b${j}` })).filter((_, j) => j !== i),
  }));
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', KNOWS],
    type: ['VerifiableCredential'],
    issuer: did,
    credentialSubject: { knows: nodes },
    proof: {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: `${did}#${did.slice('did:key:'.length)}`,
      proofPurpose: 'assertionMethod',
      proofValue: `z${encodeBase58btc(new Uint8Array(64).fill(7))}`,
    },
  };
}

const contexts = { [KNOWS]: { '@context': { knows: { '@id': 'https://poison.example/knows', '@type': '@id' } } } };

describe('canonicalisation limits', () => {
  it('stops a blank-node clique at the deep-iteration limit with a typed error', async () => {
    const document = await poisonCredential(12);
    await expect(
      verifyDataIntegrityDocument(document, didKeyResolver(), { contexts, status: false }),
    ).rejects.toMatchObject({ code: 'ERR_JSONLD_LIMIT', message: expect.stringContaining('deep iterations') });
  });

  it('stops it within the time budget when the work limit is raised', async () => {
    const document = await poisonCredential(12);
    await expect(
      verifyDataIntegrityDocument(document, didKeyResolver(), {
        contexts,
        status: false,
        maxWorkFactor: 2,
        timeoutMs: 200,
      }),
    ).rejects.toMatchObject({ code: 'ERR_JSONLD_LIMIT' });
  });

  it('refuses work factors that let poison graphs through', async () => {
    const document = await poisonCredential(2);
    await expect(
      verifyDataIntegrityDocument(document, didKeyResolver(), { contexts, maxWorkFactor: 3 }),
    ).rejects.toMatchObject({ code: 'ERR_OPTIONS_INVALID' });
  });
});

describe('input limits before any JSON-LD processing', () => {
  it('refuses a document deeper than the limit', async () => {
    let deep: Record<string, unknown> = { value: 1 };
    for (let i = 0; i < 80; i += 1) deep = { nested: deep };
    await expect(
      verifyDataIntegrityDocument({ '@context': ['https://www.w3.org/ns/credentials/v2'], deep }, didKeyResolver()),
    ).rejects.toMatchObject({ code: 'ERR_INPUT_TOO_LARGE' });
  });

  it('refuses a document that is not plain JSON', async () => {
    await expect(verifyDataIntegrityDocument({ when: new Date() }, didKeyResolver())).rejects.toMatchObject({
      code: 'ERR_VALIDATION',
    });
  });
});

describe('dataIntegrityDocumentLoader', () => {
  it('serves every pinned context, each matching its pin', async () => {
    for (const url of Object.keys(PINNED_CONTEXTS)) {
      await expect(dataIntegrityDocumentLoader(url)).resolves.toMatchObject({ documentUrl: url });
    }
  });

  it('refuses any other URL with its name, including near misses', async () => {
    for (const url of [
      'https://www.w3.org/ns/credentials/v2/',
      'http://www.w3.org/ns/credentials/v2',
      'https://www.w3.org/ns/credentials/examples/v2',
      'https://www.w3.org/ns/credentials/undefined-terms/v2',
      'https://attacker.example/ctx',
    ]) {
      await expect(dataIntegrityDocumentLoader(url)).rejects.toMatchObject({
        code: 'ERR_JSONLD_CONTEXT',
        message: expect.stringContaining(url),
      });
    }
  });
});
