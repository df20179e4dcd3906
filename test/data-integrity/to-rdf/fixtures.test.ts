import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../../src/data-integrity/document-loader.js';
import { PINNED_CONTEXTS } from '../../../src/data-integrity/pinned-contexts.js';
import { readFixtureText, recordedSums } from '../../support/fixtures.js';
import { fastCanonical, jsonldCanonical } from './oracle.js';

type Json = Record<string, unknown>;

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every vendored JSON document with a `@context`: Data Integrity vectors, DCC credentials, OB 3.0 examples. */
const documents = [...recordedSums().keys()]
  .filter((path) => /^(data-integrity|standards\/openbadges\/examples)\/.*\.json(ld)?$/.test(path))
  .map((path) => ({ path, document: parsed(readFixtureText(path)) }))
  .filter((f): f is { path: string; document: Json } => {
    const d = f.document as Json | null;
    return (
      typeof d === 'object' &&
      d !== null &&
      !Array.isArray(d) &&
      '@context' in d &&
      !('@vocab' in (d['@context'] as Json))
    );
  });

/** A document, the document without its proofs and each proof's configuration, as the suites canonicalise them. */
function variants(document: Json): [string, Json][] {
  const { proof, ...unsecured } = document;
  const proofs = (Array.isArray(proof) ? proof : proof === undefined ? [] : [proof]) as Json[];
  return [
    ['document', document],
    ['unsecured', unsecured],
    ...proofs.map((p, i): [string, Json] => {
      const { proofValue: _value, ...options } = p;
      return [`proof ${i}`, { ...options, '@context': document['@context'] }];
    }),
  ];
}

const loader = loaderFor({ contexts: {}, allowVocab: false, ob3Beta: false });

/** Whether every `@context` entry of a document, nested ones included, is a URL microcred pins. */
function onlyPinnedContexts(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(onlyPinnedContexts);
  if (typeof value !== 'object' || value === null) return true;
  return Object.entries(value).every(([key, member]) =>
    key === '@context'
      ? (Array.isArray(member) ? member : [member]).every(
          (url) => typeof url === 'string' && Object.hasOwn(PINNED_CONTEXTS, url),
        )
      : onlyPinnedContexts(member),
  );
}

describe('pinned-context JSON-LD to RDF against jsonld.js on every vendored document', () => {
  for (const { path, document } of documents) {
    it(`${path}: the same canonical N-Quads, and no fallback when only pinned contexts are used`, async () => {
      for (const [name, input] of variants(document)) {
        const fast = await fastCanonical(input, loader);
        const oracle = await jsonldCanonical(input, loader);
        if ('unsupported' in fast) {
          // Leaving a document to jsonld.js is only allowed for what the converter does not model: contexts
          // that are not pinned URLs, or documents jsonld.js refuses.
          expect(onlyPinnedContexts(input) && 'nquads' in oracle, `${path} ${name}: ${fast.unsupported}`).toBe(false);
          continue;
        }
        expect(fast, `${path} ${name}`).toHaveProperty('nquads');
        expect(oracle, `${path} ${name}`).toEqual({ nquads: (fast as { nquads: string }).nquads });
      }
    });
  }

  it('covers the DCC credentials and the Open Badges 3.0 examples', () => {
    const covered = documents.filter((d) => onlyPinnedContexts(d.document)).map((d) => d.path);
    expect(covered.filter((p) => p.startsWith('data-integrity/dcc/verifiableCredentials/')).length).toBeGreaterThan(20);
    expect(covered.filter((p) => p.startsWith('standards/openbadges/examples/')).length).toBeGreaterThan(2);
  });
});
