import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../../src/data-integrity/document-loader.js';
import { fastCanonical, jsonldCanonical } from './oracle.js';

/**
 * The rules of the converter's subset, one at a time: what it converts (checked against jsonld.js) and what it
 * leaves to jsonld.js.
 */

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const OB303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const MICROCRED = 'https://w3id.org/microcred/contexts/v0.jsonld';
const loader = loaderFor({ contexts: {}, allowVocab: false, ob3Beta: false });

const base = {
  '@context': [VC2, OB303],
  id: 'urn:uuid:7a3e4b1c-2f5d-4e8a-9b6c-1d2e3f4a5b6c',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', type: 'Profile', name: 'Uni' },
  validFrom: '2024-01-01T00:00:00Z',
  credentialSubject: {
    type: 'AchievementSubject',
    achievement: { id: 'https://uni.example/a/1', type: 'Achievement', name: 'A', criteria: { narrative: 'n' } },
  },
};

async function converted(document: unknown): Promise<string> {
  const fast = await fastCanonical(document, loader);
  if ('unsupported' in fast) throw new Error(`left to jsonld.js: ${fast.unsupported}`);
  if ('error' in fast) throw fast.error;
  expect(await jsonldCanonical(document, loader)).toEqual({ nquads: fast.nquads });
  return fast.nquads;
}

async function leftToJsonld(document: unknown): Promise<string> {
  const fast = await fastCanonical(document, loader);
  if (!('unsupported' in fast)) throw new Error('converted');
  return fast.unsupported;
}

describe('what the converter models, equal to jsonld.js', () => {
  it('puts a VC 2.0 proof in a named graph with a blank node name', async () => {
    const nquads = await converted({
      ...base,
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        created: '2024-01-01T00:00:00Z',
        verificationMethod: 'did:key:z6Mk#z6Mk',
        proofPurpose: 'assertionMethod',
      },
    });
    expect(nquads).toMatch(/<https:\/\/w3id.org\/security#proof> _:c14n\d+ \.\n/);
    expect(nquads).toMatch(/<https:\/\/w3id.org\/security#assertionMethod> _:c14n\d+ \.\n/);
  });

  it('writes an @list container as rdf:first / rdf:rest, and an empty one as rdf:nil', async () => {
    const withList = structuredClone(base) as Record<string, unknown> & typeof base;
    (withList.credentialSubject.achievement as Record<string, unknown>)['resultDescription'] = [
      { id: 'urn:r:1', type: 'ResultDescription', name: 'Grade', resultType: 'LetterGrade', allowedValue: ['A', 'B'] },
      { id: 'urn:r:2', type: 'ResultDescription', name: 'None', resultType: 'LetterGrade', allowedValue: [] },
    ];
    const nquads = await converted(withList);
    expect(nquads).toContain('<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "A"');
    expect(nquads).toContain('<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>');
  });

  it('writes numbers, booleans, datatypes and language tags in their canonical lexical forms', async () => {
    const nquads = await converted({
      ...base,
      credentialSubject: {
        ...base.credentialSubject,
        achievement: {
          ...base.credentialSubject.achievement,
          creditsAvailable: 1.5,
          description: { '@value': 'Beschreibung', '@language': 'DE-at' },
          'https://example.org/count': [5, 1e21, true, 0.1],
        },
      },
    });
    expect(nquads).toContain('"1.5E0"^^<https://www.w3.org/2001/XMLSchema#float>');
    expect(nquads).toContain('"Beschreibung"@de-at');
    expect(nquads).toContain('"5"^^<http://www.w3.org/2001/XMLSchema#integer>');
    expect(nquads).toContain('"1.0E21"^^<http://www.w3.org/2001/XMLSchema#double>');
  });

  it('writes @json terms as JSON literals in canonical JSON', async () => {
    const nquads = await converted({
      ...base,
      '@context': [VC2, OB303, MICROCRED],
      credentialSubject: { ...base.credentialSubject, 'microcred:workload': { z: 1, a: [true, null, 'x'] } },
    });
    expect(nquads).toContain(
      '"{\\"a\\":[true,null,\\"x\\"],\\"z\\":1}"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>',
    );
  });

  it('merges the same identifier met twice and keeps each value once', async () => {
    const issuer = { id: 'did:example:issuer', type: 'Profile', name: 'Uni' };
    await converted({
      ...base,
      issuer,
      credentialSubject: {
        ...base.credentialSubject,
        achievement: { ...base.credentialSubject.achievement, creator: issuer },
      },
    });
  });
});

describe('what the converter leaves to jsonld.js', () => {
  it.each([
    ['an inline context', { ...base, '@context': [VC2, OB303, { extra: 'https://example.org/extra' }] }, /URLs/],
    ['a context that is not pinned', { ...base, '@context': [VC2, 'https://example.org/ctx'] }, /not pinned/],
    ['an undefined term', { ...base, policyId: 'x' }, /policyId is not defined/],
    ['a relative identifier', { ...base, id: 'credential/1' }, /not absolute/],
    ['an undefined type', { ...base, type: ['VerifiableCredential', 'Unknown'] }, /Unknown/],
    ['@reverse', { ...base, '@reverse': {} }, /@reverse/],
    ['@included', { ...base, '@included': [] }, /@included/],
    ['a blank node type', { ...base, type: ['VerifiableCredential', '_:t'] }, /_:t/],
    ['nested arrays', { ...base, name: [['a']] }, /array/],
    ['a proof graph that is only a reference', { ...base, proof: 'did:example:p' }, /graph/],
    [
      'both @type and @language on a value',
      { ...base, name: { '@value': 'x', '@type': 'https://e.org/t', '@language': 'en' } },
      /both/,
    ],
  ])('%s', async (_name, document, reason) => {
    expect(await leftToJsonld(document)).toMatch(reason);
  });

  it('a redefinition of a protected term that jsonld.js refuses', async () => {
    const document = { ...base, '@context': [VC2, VC1] };
    expect(await jsonldCanonical(document, loader)).toHaveProperty('error');
    expect(await leftToJsonld(document)).toMatch(/protected term/);
  });
});
