import { describe, expect, it } from 'vitest';
import { buildEudiClaims, DC4EU_MICRO_CREDENTIAL_VCT, readEudiClaims } from '../../../src/eudi/index.js';
import { parseMicroCredential } from '../../../src/index.js';
import type { MicroCredential } from '../../../src/model/micro-credential.js';
import { obSchemaErrors } from '../../support/oracles.js';
import { setup } from '../support.js';

type Json = Record<string, unknown>;

/** The example credential with some elements replaced (and validated). */
async function variant(changes: Json, drop: readonly string[] = []): Promise<MicroCredential> {
  const { mc } = await setup();
  const next: Json = { ...mc, ...changes };
  for (const key of drop) delete next[key];
  return parseMicroCredential(next);
}
/** The DC4EU claims of a credential, without the microcred terms: only what the type itself holds. */
const nativeClaims = (mc: MicroCredential) => buildEudiClaims(mc, { type: 'dc4eu', microcred: false }).claims;
const achievementOf = (claims: Json) => (claims['credentialSubject'] as Json)['achievement'] as Json;
/** Reads the claims back: the credential, or the draft. */
function readBack(claims: Json): Json {
  const { result } = readEudiClaims(claims);
  return (result.complete ? result.credential : result.draft) as Json;
}

describe('DC4EU claims: export', () => {
  it('writes ECTS, assessment, participation and supervision types, identityChecked and QA alignments', async () => {
    const claims = nativeClaims((await setup()).mc);
    expect(claims['@context']).toContain(
      'https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/contexts/educredential.json',
    );
    const achievement = achievementOf(claims);
    expect(achievement).toMatchObject({
      type: ['Achievement', 'EducredentialAchievement'],
      ECTS: 5,
      assessmentType: 'testing',
      participationType: 'onsite or blended',
      supervisionType: 'supervised online',
      identityChecked: true,
    });
    expect(achievement['alignment']).toContainEqual({
      type: ['Alignment'],
      targetName: 'Institutional accreditation (ITK)',
      targetCode: 'institutional-quality-assurance',
      targetType: 'ext:QualityAssurance',
      targetUrl: 'https://www.nvao.net/en/decisions',
    });
    // The payload is still an Open Badges 3.0 credential by the official JSON Schema (vct and iss aside).
    const { vct: _vct, iss: _iss, ...badge } = claims;
    expect(obSchemaErrors(badge)).toEqual([]);
  });

  it('writes a single-valued claim only when the model maps to one value', async () => {
    const mixed = await variant({
      participation: { modes: ['online', 'blended'] },
      assessment: { types: ['written-examination', 'portfolio'] },
    });
    expect(achievementOf(nativeClaims(mixed))).not.toHaveProperty('participationType');
    expect(achievementOf(nativeClaims(mixed))).not.toHaveProperty('assessmentType');
    const unmapped = await variant({
      participation: { modes: ['project-based'] },
      assessment: { types: ['peer-review'] },
    });
    expect(achievementOf(nativeClaims(unmapped))).not.toHaveProperty('participationType');
    const hours = await variant({ workload: { hours: '40' } });
    expect(achievementOf(nativeClaims(hours))).not.toHaveProperty('ECTS');
  });
});

describe('DC4EU claims: read back (the type’s own claims only)', () => {
  it('supervision: every Annex value and setting comes back exactly', async () => {
    for (const supervision of [
      { type: 'unsupervised-no-id-verification' },
      { type: 'supervised-no-id-verification' },
      { type: 'supervised-with-id-verification' },
      { type: 'supervised-with-id-verification', setting: 'online' },
      { type: 'supervised-with-id-verification', setting: 'onsite' },
    ]) {
      expect(readBack(nativeClaims(await variant({ supervision })))['supervision']).toEqual(supervision);
    }
  });

  it('participation: one mode per value; "onsite or blended" as both modes; a volunteering activity', async () => {
    const cases: [Json, Json][] = [
      [{ modes: ['online'] }, { modes: ['online'] }],
      [{ modes: ['onsite', 'blended'] }, { modes: ['onsite', 'blended'] }],
      [{ modes: ['onsite'] }, { modes: ['onsite', 'blended'] }],
      [{ modes: ['work-based'], setting: 'non-formal' }, { modes: ['work-based'] }],
      [{ activities: ['volunteering'] }, { activities: ['volunteering'] }],
    ];
    for (const [participation, back] of cases) {
      expect(readBack(nativeClaims(await variant({ participation })))['participation']).toEqual(back);
    }
  });

  it('workload: ECTS as an exact decimal; the unit explains creditsAvailable (no warning)', async () => {
    for (const [value, back] of [
      ['2.5', '2.5'],
      ['30', '30'],
      ['2.50', '2.5'],
    ]) {
      const claims = nativeClaims(await variant({ workload: { credits: [{ value, unit: 'ECTS' }] } }));
      expect(readBack(claims)['workload']).toEqual({ credits: [{ value: back, unit: 'ECTS' }] });
      expect(readEudiClaims(claims).result.warnings).toEqual([]);
    }
  });

  it('quality assurance: type, title and landing page; a type-only record points at its concept', async () => {
    const qualityAssurance = [
      { type: 'programme-license' },
      { type: 'external-quality-assurance', title: 'Peer review', landingPage: 'https://qa.example/r/1' },
      { type: { id: 'https://qa.example/types/audit' } },
      { type: 'internal-quality-assurance' },
    ];
    const claims = nativeClaims(await variant({ qualityAssurance }));
    // The last has no URL an alignment could point at, so it is not written (and reported as a loss).
    expect(readBack(claims)['qualityAssurance']).toEqual(qualityAssurance.slice(0, 3));
    const report = buildEudiClaims(await variant({ qualityAssurance }), { type: 'dc4eu', microcred: false }).coverage;
    expect(report.find((e) => e.element === 'qualityAssurance')?.native).toBe('carried-with-loss');
  });
});

describe('DC4EU claims: import of an attestation shaped like the DC4EU issuer’s samples', () => {
  /** After dc4eu/vc bootstrapping/microcredential.json (the achievement part), values our own. */
  const sample = (achievement: Json): Json => ({
    vct: DC4EU_MICRO_CREDENTIAL_VCT,
    iss: 'https://issuer.example',
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/contexts/educredential.json',
    ],
    id: 'https://issuer.example/credentials/1',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: 'https://issuer.example',
      type: ['Profile'],
      name: 'Example University',
      address: { type: ['Address'], addressCountryCode: 'NL' },
    },
    validFrom: '2024-08-30T00:00:00Z',
    awardedDate: '2024-08-30T00:00:00Z',
    credentialSubject: {
      id: 'https://issuer.example/students/1',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://issuer.example/achievements/1',
        type: ['Achievement', 'EducredentialAchievement'],
        name: 'Argumentation',
        description: 'Arguing about anything.',
        criteria: { narrative: 'The student argues for hours.' },
        alignment: [
          {
            type: ['Alignment'],
            targetCode: 'AV-4223',
            targetName: 'M Psychological Assessment',
            targetType: 'ext:QualityAssurance',
            targetUrl: 'https://data.example.com/decisions/AV-4223',
          },
          {
            type: ['Alignment'],
            targetCode: '4',
            targetName: 'EQF level 4',
            targetType: 'ext:EQF',
            targetUrl: 'http://data.europa.eu/snb/eqf/4',
          },
        ],
        ...achievement,
      },
    },
  });

  it('reads ECTS, assessment, participation and supervision; keeps a QA alignment that names no QA type', () => {
    const { result, coverage } = readEudiClaims(
      sample({
        ECTS: 4.5,
        assessmentType: 'testing',
        participationType: 'onsite or blended',
        supervisionType: 'onsite with identity verification',
        identityChecked: true,
      }),
    );
    expect(result.complete).toBe(false);
    if (result.complete) return;
    // Outcomes travel only as skill alignments in Open Badges, and the sample has none.
    expect(result.missing).toEqual(['learningOutcomes', 'qualityAssurance']);
    expect(result.draft).toMatchObject({
      workload: { credits: [{ value: '4.5', unit: 'ECTS' }] },
      assessment: {
        types: [{ id: 'https://edubadges.nl/static/obv3-glossary.html#assessment-type-testing', label: 'testing' }],
        description: 'The student argues for hours.',
      },
      participation: { modes: ['onsite', 'blended'] },
      supervision: { type: 'supervised-with-id-verification', setting: 'onsite' },
      level: { eqf: 4 },
    });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'unknown-concept', path: ['credentialSubject', 'achievement', 'alignment', 0] }),
    );
    const outcome = (element: string) => coverage.find((e) => e.element === element)?.outcome;
    expect([outcome('workload'), outcome('participation'), outcome('supervision')]).toEqual([
      'carried-with-loss',
      'carried-with-loss',
      'carried',
    ]);
  });

  it('keeps values that name no model value, and conflicting supervision claims, with a warning', () => {
    const cases: [Json, string, string][] = [
      [{ ECTS: 0 }, 'ECTS', 'invalid-value'],
      [{ ECTS: '5' }, 'ECTS', 'invalid-value'],
      [{ assessmentType: 'exam' }, 'assessmentType', 'unknown-concept'],
      [{ participationType: 'personalized learning activities' }, 'participationType', 'unmapped-value'],
      [{ supervisionType: 'supervised online' }, 'supervisionType', 'unmapped-value'],
      [
        { supervisionType: 'onsite with identity verification', identityChecked: false },
        'supervisionType',
        'unmapped-value',
      ],
      [
        { supervisionType: 'unsupervised with no identity verification', identityChecked: true },
        'supervisionType',
        'unmapped-value',
      ],
      [{ identityChecked: false }, 'supervisionType', 'unmapped-value'],
      [{ identityChecked: 'yes' }, 'identityChecked', 'invalid-value'],
    ];
    for (const [claims, key, code] of cases) {
      const { result } = readEudiClaims(sample(claims));
      expect(result.warnings, key).toContainEqual(
        expect.objectContaining({ code, path: ['credentialSubject', 'achievement', key] }),
      );
    }
    const supervised = readEudiClaims(sample({ supervisionType: 'supervised online', identityChecked: false })).result;
    const draft = (supervised.complete ? supervised.credential : supervised.draft) as Json;
    expect(draft['supervision']).toEqual({ type: 'supervised-no-id-verification' });
  });
});
