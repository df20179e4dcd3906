import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import {
  communityExtensions,
  defaultCommunityExtensions,
  defineCommunityExtension,
  fromOpenBadge,
  fromVerifiableCredential,
  type ImportResult,
} from '../../../src/interop/index.js';
import { readJsonFixture } from '../../support/fixtures.js';

type Json = Record<string, unknown>;

const read = (r: ImportResult): Json => (r.complete ? r.credential : r.draft) as Json;
const communityTerms = (r: ImportResult): string[] =>
  r.warnings.filter((w) => w.code === 'community-term').map((w) => w.path.join('.'));
const kept = (r: ImportResult): Json => (read(r)['extensions'] ?? {}) as Json;

// Every expected value below was read by hand from the vendored document named in the test.
describe('Edubadges (educredentials OB 3.0 examples)', () => {
  const doc = readJsonFixture<Json>('community/educredentials/theed_microcredential_full_ho.json');
  const result = fromOpenBadge(doc);
  const mc = read(result);

  it('reads ECTS as workload credits in ECTS ("ECTS": 3.0)', () => {
    expect(mc['workload']).toEqual({ credits: [{ value: '3', unit: 'ECTS' }] });
  });
  it('reads the ext:EQF alignment (targetCode "4") as the EQF level', () => {
    expect(mc['level']).toEqual({ eqf: 4 });
  });
  it('reads participationType "onsite or blended" as both modes', () => {
    expect(mc['participation']).toEqual({ modes: ['onsite', 'blended'] });
  });
  it('reads assessmentType "testing" beside the criteria narrative', () => {
    expect(mc['assessment']).toEqual({
      description:
        'To earn this badge, you must attend the colleges on Mind Control, and on Meditation. You must pass a practical test and submit a written essay.',
      types: [{ id: 'https://edubadges.nl/static/obv3-glossary.html#assessment-type-testing', label: 'testing' }],
    });
  });
  it('reads supervisionType with identityChecked: true as supervised with identity verification, onsite', () => {
    expect(mc['supervision']).toEqual({ type: 'supervised-with-id-verification', setting: 'onsite' });
  });
  it('reads the ext:QualityAssurance alignment as a QA record with its decision and landing page', () => {
    expect(mc['qualityAssurance']).toEqual([
      {
        type: 'external-quality-assurance',
        title: 'M Psychological Assessment',
        decision: 'AV-4223: Toets nieuwe opleiding\n**WO-minor**\n Psychologische Assessment',
        landingPage: 'https://data.example.com/decisions/AV-4223',
      },
    ]);
  });
  it('reads the ext:ECTSGradeScore result (8.5 of 1–10, pass 6) as the grade', () => {
    expect(mc['grade']).toEqual({ value: '8.5', scheme: 'Final Project Grade (1–10, pass 6)' });
  });
  it('reports every mapping as a community-term warning naming the source term', () => {
    expect(communityTerms(result).sort()).toEqual(
      [
        'credentialSubject.achievement.ECTS',
        'credentialSubject.achievement.participationType',
        'credentialSubject.achievement.assessmentType',
        'credentialSubject.achievement.supervisionType',
        'credentialSubject.achievement.alignment.0',
        'credentialSubject.achievement.alignment.1',
        'credentialSubject.result.0',
      ].sort(),
    );
    const ects = result.warnings.find((w) => w.path.at(-1) === 'ECTS');
    expect(ects?.message).toMatch(/^ECTS \(Edubadges.*\) read as workload\.credits \(ECTS\)$/);
  });
  it('no longer lists the elements the extension gives as missing', () => {
    const missing = result.complete ? [] : result.missing;
    for (const element of ['workload', 'level', 'participation', 'assessment', 'qualityAssurance']) {
      expect(missing).not.toContain(element);
    }
  });
  it('keeps the terms it does not map (the achievement image, the credential schemas)', () => {
    expect(kept(result)['ob3:/credentialSubject/achievement/image']).toEqual({
      id: 'https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/images/mind.jpg',
      type: 'Image',
    });
    expect(kept(result)['ob3:/credentialSchema']).toEqual(doc['credentialSchema']);
  });
  it('with extensions: [] reads none of them and keeps every term as before', () => {
    const plain = fromOpenBadge(doc, { extensions: [] });
    expect(communityTerms(plain)).toEqual([]);
    expect(read(plain)['workload']).toBeUndefined();
    expect(kept(plain)['ob3:/credentialSubject/achievement/ECTS']).toBe(3);
    expect(kept(plain)['ob3:/credentialSubject/achievement/supervisionType']).toBe('onsite with identity verification');
  });
});

describe('Edubadges MBO example (SBU, no QA alignment)', () => {
  const result = fromOpenBadge(readJsonFixture('community/educredentials/theed_microcredential_full_mbo.json'));
  const mc = read(result);
  it('reads SBU 500 as 500 notional hours, not as credits', () => {
    expect(mc['workload']).toEqual({ hours: '500' });
  });
  it('reads the grade 8.0 as written', () => {
    expect(mc['grade']).toEqual({ value: '8.0', scheme: 'Final Project Grade (1–10, pass 6)' });
  });
  it('still misses quality assurance: the document has none', () => {
    expect(result.complete).toBe(false);
    if (!result.complete) expect(result.missing).toContain('qualityAssurance');
  });
});

describe('Edubadges example with an accreditation decision (uvh_at_microcredential_full_1)', () => {
  const result = fromOpenBadge(readJsonFixture('community/educredentials/uvh_at_microcredential_full_1.json'));
  it('reads the decision code and description, and keeps the programme identifier', () => {
    expect(read(result)['qualityAssurance']).toEqual([
      {
        type: 'external-quality-assurance',
        title: 'W Practische toepassing van animale transmutatie',
        decision: 'AV-7381: Accreditatie van de opleiding door de Wijze Raad van de Magiërs',
        landingPage: 'https://data.example.com/decisions/AV-7381',
      },
    ]);
    expect(read(result)['workload']).toEqual({ credits: [{ value: '3', unit: 'ECTS' }] });
    expect(kept(result)['ob3:/credentialSubject/achievement/educationProgramIdentifier']).toBe(20121350);
  });
});

describe('DC4EU micro-credential (dc4eu/vc bootstrapping, document 100)', () => {
  const all = readJsonFixture<Record<string, { document_data: Json }>>('community/dc4eu/microcredential.json');
  const doc = (all['100'] as { document_data: Json }).document_data;
  const result = fromOpenBadge(doc);
  const mc = read(result);
  it('reads "ECTS": 4.5, ext:EQF "4", onsite supervision with identity check', () => {
    expect(mc['workload']).toEqual({ credits: [{ value: '4.5', unit: 'ECTS' }] });
    expect(mc['level']).toEqual({ eqf: 4 });
    expect(mc['supervision']).toEqual({ type: 'supervised-with-id-verification', setting: 'onsite' });
    expect(mc['participation']).toEqual({ modes: ['onsite', 'blended'] });
  });
  it('keeps educationProgramIdentifier (20121354), which has no Annex I element', () => {
    expect(kept(result)['ob3:/credentialSubject/achievement/educationProgramIdentifier']).toBe(20121354);
  });
  it('applies the DC4EU extension by its vct when the Edubadges signals are absent', () => {
    const bare: Json = {
      ...doc,
      '@context': (doc['@context'] as string[]).slice(0, 2),
      vct: 'urn:eudi:micro_credential:1',
    };
    const subject = bare['credentialSubject'] as Json;
    const achievement = { ...(subject['achievement'] as Json), type: ['Achievement'] };
    const r = fromOpenBadge({ ...bare, credentialSubject: { ...subject, achievement } });
    expect(read(r)['workload']).toEqual({ credits: [{ value: '4.5', unit: 'ECTS' }] });
    expect(r.warnings.find((w) => w.code === 'community-term')?.message).toMatch(/DC4EU/);
  });
});

describe('MyNextID micro-credential (creditsAvailable without a unit)', () => {
  const doc = readJsonFixture<Json>('community/mynextid/open-badge-mc-example.json');
  it('by default keeps creditsAvailable 5 as a value without a unit', () => {
    const result = fromOpenBadge(doc);
    expect(read(result)['workload']).toBeUndefined();
    expect(kept(result)['ob3:/credentialSubject/achievement/creditsAvailable']).toBe(5);
  });
  it('reads it as 5 ECTS when the caller registers the MyNextID extension', () => {
    const result = fromOpenBadge(doc, { extensions: [...defaultCommunityExtensions, communityExtensions.myNextId] });
    expect(read(result)['workload']).toEqual({ credits: [{ value: '5', unit: 'ECTS' }] });
    expect(communityTerms(result)).toEqual(['credentialSubject.achievement.creditsAvailable']);
    expect(kept(result)['ob3:/credentialSubject/achievement/creditsAvailable']).toBeUndefined();
  });
});

describe('documents without community terms', () => {
  it('the JFF plugfest 2 badge gets no community mapping', () => {
    const result = fromOpenBadge(readJsonFixture('jff-plugfest/unsigned-badge-example-p2.json'));
    expect(communityTerms(result)).toEqual([]);
  });
});

describe('defineCommunityExtension', () => {
  const uni = defineCommunityExtension({
    id: 'example-uni',
    name: 'Example University',
    source: 'https://uni.example/context.json',
    match: { contexts: ['https://uni.example/context.json'] },
    terms: [
      { kind: 'credits', property: 'studyPoints', unit: 'custom:SE-HP' },
      { kind: 'level-alignment', targetTypes: ['ext:Level'] },
    ],
  });
  const badge = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://uni.example/context.json'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    credentialSubject: {
      achievement: {
        name: 'X',
        studyPoints: '7.5',
        alignment: [
          { targetType: 'ext:Level', targetCode: '9', targetName: 'not an EQF level' },
          { targetType: 'ext:Level', targetCode: '6' },
        ],
      },
    },
  };
  it("reads a user's own terms; a value out of range (EQF 9) is kept, not guessed", () => {
    const result = fromOpenBadge(badge, { extensions: [uni] });
    expect(read(result)['workload']).toEqual({ credits: [{ value: '7.5', unit: 'custom:SE-HP' }] });
    expect(read(result)['level']).toEqual({ eqf: 6 });
    expect(kept(result)['ob3:/credentialSubject/achievement/alignment/0']).toEqual(
      badge.credentialSubject.achievement.alignment[0],
    );
  });
  it('is inactive on a document without its signal', () => {
    const result = fromOpenBadge({ ...badge, '@context': badge['@context'].slice(0, 1) }, { extensions: [uni] });
    expect(read(result)['workload']).toBeUndefined();
  });
  it('applies in fromVerifiableCredential too', () => {
    const result = fromVerifiableCredential(badge, { extensions: [uni] });
    expect(read(result)['workload']).toEqual({ credits: [{ value: '7.5', unit: 'custom:SE-HP' }] });
  });
  it.each([
    [{ id: '', name: 'n', source: 's', match: {}, terms: [{ kind: 'hours', property: 'h' }] }, 'extension.id'],
    [{ id: 'i', name: 'n', source: 's', match: { colour: ['x'] }, terms: [] }, 'extension.match.colour'],
    [
      { id: 'i', name: 'n', source: 's', match: {}, terms: [{ kind: 'credits', property: 'c', unit: 'ects' }] },
      'extension.terms[0].unit',
    ],
    [
      { id: 'i', name: 'n', source: 's', match: {}, terms: [{ kind: 'weight', property: 'c' }] },
      'extension.terms[0].kind',
    ],
    [
      {
        id: 'i',
        name: 'n',
        source: 's',
        match: {},
        terms: [{ kind: 'qa-alignment', targetTypes: ['x'], qaType: 'good' }],
      },
      'extension.terms[0].qaType',
    ],
  ])('refuses a malformed definition with ERR_OPTIONS_INVALID naming the member (%#)', (definition, option) => {
    try {
      defineCommunityExtension(definition as never);
      expect.unreachable();
    } catch (e) {
      expect(isMicrocredError(e) && e.code).toBe('ERR_OPTIONS_INVALID');
      expect((e as { option: string }).option).toBe(option);
    }
  });
  it('refuses an extensions option that is not an array of definitions', () => {
    expect(() => fromOpenBadge(badge, { extensions: 'edubadges' as never })).toThrow(/extensions/);
    expect(() => fromOpenBadge(badge, { extensions: [{ id: 'x' } as never] })).toThrow(/extensions\[0\]\.name/);
  });
});
