import { describe, expect, it, vi } from 'vitest';
import { canonizeRdf } from '../../src/data-integrity/canonize.js';
import { loaderFor } from '../../src/data-integrity/document-loader.js';
import { readJsonFixture } from '../support/fixtures.js';
import { jsonldCanonical } from './to-rdf/oracle.js';

const fallback = vi.hoisted(() => ({ calls: 0 }));

// The real jsonld.js fallback, counted: which documents reach it.
vi.mock('../../src/data-integrity/jsonld-fallback.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/data-integrity/jsonld-fallback.js')>();
  return {
    canonizeWithJsonld: (...args: Parameters<typeof actual.canonizeWithJsonld>) => {
      fallback.calls += 1;
      return actual.canonizeWithJsonld(...args);
    },
  };
});

const loader = loaderFor({ contexts: {}, allowVocab: false, ob3Beta: false });
const settings = { loader, maxWorkFactor: 1, maxDeepIterations: undefined, signal: new AbortController().signal };
const credential = readJsonFixture<Record<string, unknown>>(
  'data-integrity/dcc/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json',
);
const { proof: _proof, ...unsecured } = credential;

describe('canonizeRdf', () => {
  it('canonicalises a credential with only pinned contexts without jsonld.js, to the same N-Quads', async () => {
    fallback.calls = 0;
    const nquads = await canonizeRdf(unsecured, 'sha256', settings, []);
    expect(fallback.calls).toBe(0);
    expect(await jsonldCanonical(unsecured, loader)).toEqual({ nquads });
  });

  it('hands a document with an inline context to jsonld.js', async () => {
    fallback.calls = 0;
    const inline = { ...unsecured, '@context': [...(unsecured['@context'] as string[]), { extra: 'https://e.org/x' }] };
    const nquads = await canonizeRdf(inline, 'sha256', settings, []);
    expect(fallback.calls).toBe(1);
    expect(await jsonldCanonical(inline, loader)).toEqual({ nquads });
  });

  it("keeps jsonld.js's safe-mode refusal, code and path for an undefined term", async () => {
    fallback.calls = 0;
    const refused = canonizeRdf({ ...unsecured, policyId: 'x' }, 'sha256', settings, ['proof']);
    await expect(refused).rejects.toMatchObject({ code: 'ERR_JSONLD_INVALID', path: ['proof'] });
    expect(fallback.calls).toBe(1);
  });

  it('applies the work limit to converted documents too', async () => {
    const poison = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: 'VerifiableCredential',
      // Two indistinguishable blank nodes that point at each other: RDFC-1.0 needs deep iterations.
      credentialSubject: [
        { 'https://e.org/p': { id: '_:a' }, id: '_:b' },
        { 'https://e.org/p': { id: '_:b' }, id: '_:a' },
      ],
    };
    fallback.calls = 0;
    const limited = canonizeRdf(poison, 'sha256', { ...settings, maxDeepIterations: 0 }, []);
    await expect(limited).rejects.toMatchObject({ code: 'ERR_JSONLD_LIMIT' });
    expect(fallback.calls).toBe(0);
  });

  it('stops at an aborted signal before converting', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      canonizeRdf(unsecured, 'sha256', { ...settings, signal: controller.signal }, []),
    ).rejects.toMatchObject({
      code: 'ERR_JSONLD_LIMIT',
    });
  });
});
