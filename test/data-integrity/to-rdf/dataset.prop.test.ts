import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loaderFor } from '../../../src/data-integrity/document-loader.js';
import { PINNED_CONTEXTS } from '../../../src/data-integrity/pinned-contexts.js';
import { toOpenBadge } from '../../../src/interop/ob3/to-open-badge.js';
import { toVerifiableCredential } from '../../../src/interop/vc2/to-verifiable-credential.js';
import type { MicroCredential } from '../../../src/model/micro-credential.js';
import { microCredentialArb } from '../../support/arbitraries.js';
import { readFixtureText, recordedSums } from '../../support/fixtures.js';
import { fastCanonical, jsonldCanonical } from './oracle.js';

/**
 * The converter against jsonld.js, the oracle, over exported micro-credentials and random mutations of them:
 * whenever the converter answers, jsonld.js gives the same canonical N-Quads; whenever jsonld.js refuses
 * (safe mode or any other error), the converter has left the document to it.
 */

type Json = Record<string, unknown>;

const PROOF = {
  type: 'DataIntegrityProof',
  cryptosuite: 'eddsa-rdfc-2022',
  created: '2024-01-01T00:00:00Z',
  verificationMethod:
    'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
  proofPurpose: 'assertionMethod',
  proofValue: 'z58DAdFfa9SkqZMVPxAQpic7ndSayn1PzZs6ZjWp1CktyGesjuTSwRdoWhAfGFCF5bppETSTojQCrfFPP2oumHKtz',
};

const TERMS = [
  'name',
  'description',
  'id',
  'type',
  'image',
  'validFrom',
  'validUntil',
  'achievement',
  'alignment',
  'creditsAvailable',
  'proof',
  'allowedValue',
  'narrative',
  'url',
  'email',
  'issuer',
  'credentialSubject',
  'evidence',
  'result',
  'resultDescription',
  'tag',
  'inLanguage',
  'awardedDate',
  'endorsement',
  'criteria',
  'fooBar',
  'policyId',
  'https://example.org/vocab#p',
  'sec:foo',
  'xsd:string',
  'did:key:z6Mk',
  'schema:name',
  '@id',
  '@type',
  '@value',
  '@language',
  '@list',
  '@set',
  '@graph',
  '@reverse',
  '@included',
  '@nest',
  '@index',
  '@direction',
  '@json',
  '@foo',
  '_:b0',
  'cryptosuite',
  'proofPurpose',
  'created',
  'verificationMethod',
];
const TYPES = [
  'Achievement',
  'Profile',
  'AchievementSubject',
  'Image',
  'Evidence',
  'Alignment',
  'Result',
  'ResultDescription',
  'DataIntegrityProof',
  'VerifiableCredential',
  'OpenBadgeCredential',
  'EndorsementCredential',
  'Multikey',
  'Criteria',
  'https://example.org/T',
  'Unknown',
  '_:t',
  'xsd:string',
  '@json',
];
const URLS = [
  ...Object.keys(PINNED_CONTEXTS),
  'https://example.org/unknown-context',
  'https://www.w3.org/ns/credentials/examples/v2',
];

const scalarArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'https://example.org/a',
    'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
    'did:key:z6Mk',
    'relative/path',
    '_:b1',
    '',
    ' ',
    '2024-01-01T00:00:00Z',
    'not a date',
    'en',
    'assertionMethod',
    'Achievement',
    'sec:x',
    'https://example.org/a b',
    '@id',
    '\t',
    'multi\nline',
  ),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.constantFrom(0.1, -0, 1e21, 1.5, 2 ** 53, -7),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

const valueArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 4, arbitrary: scalarArb },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 2, arbitrary: tie('object') },
  ),
  object: fc.oneof(
    fc.dictionary(fc.constantFrom(...TERMS), tie('leaf'), { maxKeys: 3 }),
    fc.record({ '@value': scalarArb, '@language': fc.constantFrom('en', 'EN-gb', 'not valid!', 'de') }),
    fc.record({ '@value': scalarArb, '@type': fc.constantFrom(...TYPES, 'http://www.w3.org/2001/XMLSchema#dateTime') }),
    fc.record({ id: scalarArb }),
    fc.record({ type: fc.constantFrom(...TYPES), name: scalarArb }),
  ),
  leaf: fc.oneof(scalarArb, fc.array(scalarArb, { maxLength: 2 })),
})).value;

type Mutation =
  | { op: 'set'; at: number; key: string; value: unknown }
  | { op: 'delete'; at: number; pick: number }
  | { op: 'wrap'; at: number; pick: number }
  | { op: 'type'; at: number; value: string | string[] }
  | { op: 'context'; action: 'drop' | 'add' | 'inline' | 'swap'; pick: number; url: string }
  | { op: 'nested-context'; at: number; urls: string[] }
  | { op: 'present' };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), key: fc.constantFrom(...TERMS), value: valueArb }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({
    op: fc.constant('type' as const),
    at: fc.nat(),
    value: fc.oneof(fc.constantFrom(...TYPES), fc.array(fc.constantFrom(...TYPES), { maxLength: 3 })),
  }),
  fc.record({
    op: fc.constant('context' as const),
    action: fc.constantFrom('drop' as const, 'add' as const, 'inline' as const, 'swap' as const),
    pick: fc.nat(),
    url: fc.constantFrom(...URLS),
  }),
  fc.record({
    op: fc.constant('nested-context' as const),
    at: fc.nat(),
    urls: fc.array(fc.constantFrom(...URLS), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({ op: fc.constant('present' as const) }),
);

/** Every JSON object of the document outside `@context`, in document order. */
function objects(value: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const item of value) objects(item, found);
  else if (typeof value === 'object' && value !== null) {
    found.push(value as Json);
    for (const [key, member] of Object.entries(value)) if (key !== '@context') objects(member, found);
  }
  return found;
}

function mutate(document: Json, mutation: Mutation): Json {
  if (mutation.op === 'present') {
    // Wrapped in a presentation: VC 2.0 resets the context for verifiableCredential (a null scoped context).
    return {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: 'VerifiablePresentation',
      verifiableCredential: document,
    };
  }
  if (mutation.op === 'context') {
    const list = [...(Array.isArray(document['@context']) ? document['@context'] : [document['@context']])];
    const at = mutation.pick % Math.max(1, list.length);
    if (mutation.action === 'drop') list.splice(at, 1);
    if (mutation.action === 'add') list.splice(at, 0, mutation.url);
    if (mutation.action === 'inline') list.push({ extra: 'https://example.org/extra' });
    if (mutation.action === 'swap' && list.length > 1) list.push(...list.splice(at, 1));
    document['@context'] = list;
    return document;
  }
  const all = objects(document);
  const target = all[mutation.at % all.length] as Json;
  const keys = Object.keys(target).filter((k) => k !== '@context');
  const key = keys[('pick' in mutation ? mutation.pick : 0) % Math.max(1, keys.length)];
  if (mutation.op === 'nested-context')
    target['@context'] = mutation.urls.length === 1 ? mutation.urls[0] : mutation.urls;
  if (mutation.op === 'set') target[mutation.key] = structuredClone(mutation.value);
  if (mutation.op === 'type') target['type'] = mutation.value;
  if (mutation.op === 'delete' && key !== undefined) delete target[key];
  if (mutation.op === 'wrap' && key !== undefined) {
    const value = target[key];
    target[key] = Array.isArray(value) && value.length === 1 ? value[0] : [value];
  }
  return document;
}

/** A generated micro-credential with the identifiers both exports need. */
const credentialArb = fc.tuple(microCredentialArb, fc.uuid()).map(
  ([mc, uuid]) =>
    ({
      ...mc,
      issuer: { ...mc.issuer, id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' },
      id: `urn:uuid:${uuid}`,
      specificationId: 'https://uni.example/achievements/1',
    }) as MicroCredential,
);

/** The signed DCC test credentials (VC 1.1 and 2.0, Data Integrity and Ed25519Signature2020 proofs). */
const DCC = [...recordedSums().keys()]
  .filter((path) => /^data-integrity\/dcc\/verifiableCredentials\/.*\.json$/.test(path))
  .map((path) => readFixtureText(path))
  .filter((text) => text.trim().startsWith('{'))
  .map((text) => JSON.parse(text) as Json);

const seedArb: fc.Arbitrary<Json> = fc.oneof(
  fc
    .record({
      credential: credentialArb,
      format: fc.constantFrom('ob30' as const, 'vc20' as const),
      withProof: fc.boolean(),
    })
    .map(({ credential, format, withProof }) => {
      const exported = structuredClone(
        format === 'ob30' ? toOpenBadge(credential) : toVerifiableCredential(credential),
      ) as unknown as Json;
      if (withProof) exported['proof'] = { ...PROOF };
      return exported;
    }),
  fc.constantFrom(...DCC).map((document) => structuredClone(document)),
);

const documentArb = fc
  .record({ seed: seedArb, mutations: fc.array(mutationArb, { maxLength: 4 }) })
  .map(({ seed, mutations }) => mutations.reduce((document, mutation) => mutate(document, mutation), seed));

const loader = loaderFor({ contexts: {}, allowVocab: false, ob3Beta: false });

describe('pinned-context JSON-LD to RDF, property against jsonld.js', () => {
  it('equals jsonld.js whenever it answers, and answers only where jsonld.js does', async () => {
    const tally = { answered: 0, refusedByJsonld: 0 };
    await fc.assert(
      fc.asyncProperty(documentArb, async (document) => {
        const fast = await fastCanonical(document, loader);
        const oracle = await jsonldCanonical(document, loader);
        if ('error' in oracle) tally.refusedByJsonld += 1;
        if ('unsupported' in fast) return;
        tally.answered += 1;
        // A dataset RDFC-1.0 gives up on (too many deep iterations) is one jsonld.js's gives up on too.
        if ('error' in fast)
          expect(oracle).toEqual({ error: expect.objectContaining({ message: (fast.error as Error).message }) });
        else expect(oracle).toEqual({ nquads: fast.nquads });
      }),
      { numRuns: Number(process.env.RUNS ?? 300), ...(process.env.SEED ? { seed: Number(process.env.SEED) } : {}) },
    );
    // The property is not vacuous: both sides of it were exercised.
    expect(tally.answered).toBeGreaterThan(30);
    expect(tally.refusedByJsonld).toBeGreaterThan(30);
  });
});
