import { describe, expect, it } from 'vitest';
import { fromElm, type ImportedDraft } from '../../src/interop/index.js';
import { readJsonFixture } from '../support/fixtures.js';

const sample = (): Record<string, unknown> =>
  readJsonFixture<Record<string, unknown>>('standards/elm/examples/Sample-MC-Annex1-unsigned.jsonld');

function imported(): ImportedDraft {
  const r = fromElm(sample());
  if (r.complete) throw new Error('The Annex I sample has no quality assurance: it cannot be complete');
  return r;
}

describe('the official ELM micro-credential sample (Annex I) imports as what it really contains', () => {
  const r = imported();
  // biome-ignore lint/suspicious/noExplicitAny: the draft is untyped JSON; each test states what it expects
  const d = r.draft as Record<string, any>;

  it('(a) learner, (b) title, (c) Ireland, (d) University of Zed', () => {
    expect(d.learner).toMatchObject({
      id: 'urn:epass:person:1',
      fullName: 'Ana Andromeda',
      givenName: 'Ana',
      familyName: 'Andromeda',
      nationalId: { notation: 'LA-234218', country: 'IT' },
      email: 'ana.andromeda@email.com',
    });
    expect(d.title).toEqual({ en: 'Digital micro-credential creation' });
    expect(d.issuer).toMatchObject({
      legalName: { en: 'University of Zed' },
      country: 'IE',
      homepage: 'https://uniz.edu',
      registration: '0000',
    });
    expect(d.awardingBodies).toEqual([expect.objectContaining({ id: 'urn:epass:org:1', country: 'IE' })]);
  });

  it('(e) no awarding date in the sample: read from validFrom, with a warning', () => {
    expect(d.issued).toBe('2022-12-31T23:00:00Z');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'date-fallback' }));
  });

  it('(f) two learning outcomes with their ESCO and DigComp skills, multilingual text kept', () => {
    expect(d.learningOutcomes).toHaveLength(2);
    expect(d.learningOutcomes[1]).toMatchObject({
      text: { en: 'Developing digital content', es: 'Contento digital' },
      reusabilityLevel: 'cross-sector',
    });
    expect(d.learningOutcomes[1].relatedSkills).toHaveLength(3);
  });

  it("(g) 2 ECTS exactly and PT60H; the activity's P60M (60 months) is not read as hours", () => {
    expect(d.workload).toEqual({ credits: [{ value: '2', unit: 'ECTS' }], hours: '60' });
    expect(
      (d.extensions as Record<string, unknown>)[
        'elm:/credentialSubject/hasClaim/influencedBy/specifiedBy/volumeOfLearning'
      ],
    ).toBe('P60M');
  });

  it('(h) EQF 6 and the RQF level 6 NQF concept; ISCED-F 003 and 0688', () => {
    expect(d.level).toEqual({
      eqf: 6,
      nqf: [{ level: 'RQF Level 6', uri: 'http://data.europa.eu/snb/qdr/c_c392e7a2' }],
    });
    expect(d.subject).toEqual(['003', '0688']);
  });

  it('(i) the local "artefact assessment" concept is kept as an external concept, with a warning', () => {
    expect(d.assessment.types).toEqual([
      {
        id: 'urn:epass:concept:d1ebf223-3c68-449a-9023-90bc245a0079',
        label: { en: 'artefact assessment' },
        scheme: 'urn:epass:conceptScheme:1b79dc3d-cf98-4937-b504-80eb7b5d076c',
      },
    ]);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        code: 'unknown-concept',
        path: expect.arrayContaining(['provenBy', 'specifiedBy', 'dcType']),
      }),
    );
  });

  it('(j) Blended mode, non-formal setting, e-learning coursework', () => {
    expect(d.participation).toEqual({
      modes: ['blended'],
      setting: 'non-formal',
      activities: ['e-learning-coursework'],
    });
  });

  it('(k) no quality assurance: missing, never invented', () => {
    expect(d.qualityAssurance).toBeUndefined();
    expect(r.missing).toEqual(['qualityAssurance']);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'element-missing', path: ['qualityAssurance'] }));
  });

  it('optional elements: entry requirement, grade "Pass", supervision "Unsupervised without ID Verification"; no stackability', () => {
    expect(d.prerequisites).toEqual({
      en: 'The learner needs to have an EDC Online Credential Builder account, that requires an EU Login ID.',
    });
    expect(d.grade).toEqual({ value: 'Pass', scheme: 'Standard grading' });
    expect(d.supervision).toEqual({ type: 'unsupervised-no-id-verification' });
    expect(d.stackability).toBeUndefined();
  });

  it('keeps every part it does not model in extensions, each with a warning naming it', () => {
    const ext = d.extensions as Record<string, unknown>;
    for (const key of [
      'elm:/displayParameter',
      'elm:/identifier',
      'elm:/credentialSubject/hasClaim/specifiedBy/maximumDuration',
      'elm:/credentialSubject/hasClaim/specifiedBy/isPartialQualification',
    ]) {
      expect(ext).toHaveProperty([key]);
    }
    const kept = r.warnings.flatMap((w) => (w.extensionKey === undefined ? [] : [w.extensionKey]));
    expect(kept.sort()).toEqual(Object.keys(ext).sort());
  });

  it('requireComplete throws ERR_VALIDATION naming qualityAssurance', () => {
    expect(() => fromElm(sample(), { requireComplete: true })).toThrow(
      expect.objectContaining({ code: 'ERR_VALIDATION' }),
    );
  });
});
