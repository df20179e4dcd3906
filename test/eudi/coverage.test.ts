import { describe, expect, it } from 'vitest';
import { buildEudiClaims, readEudiClaims } from '../../src/eudi/index.js';
import { setup } from './support.js';

const table = (report: readonly { element: string; outcome: string; native: string; via: string }[]) =>
  Object.fromEntries(report.map((e) => [e.element, `${e.native} → ${e.outcome} (${e.via})`]));

describe('lossiness report for a credential with every Annex I element', () => {
  it('Learning Credential export', async () => {
    const { mc } = await setup();
    expect(table(buildEudiClaims(mc).coverage)).toEqual({
      learner: 'carried-with-loss → carried (microcred)',
      title: 'carried-with-loss → carried (microcred)',
      country: 'carried-with-loss → carried (microcred)',
      awardingBodies: 'carried-with-loss → carried (microcred)',
      issued: 'carried-with-loss → carried (microcred)',
      learningOutcomes: 'carried-with-loss → carried (microcred)',
      workload: 'carried → carried (native)',
      level: 'carried-with-loss → carried (microcred)',
      assessment: 'not-carried → carried (microcred)',
      participation: 'not-carried → carried (microcred)',
      qualityAssurance: 'carried-with-loss → carried (microcred)',
      prerequisites: 'carried-with-loss → carried (microcred)',
      supervision: 'not-carried → carried (microcred)',
      grade: 'carried-with-loss → carried (microcred)',
      stackability: 'carried-with-loss → carried (microcred)',
      furtherInformation: 'not-carried → carried (microcred)',
    });
    const plain = buildEudiClaims(mc, { microcred: false }).coverage;
    expect(plain.filter((e) => e.outcome === 'not-carried').map((e) => e.element)).toEqual([
      'assessment',
      'participation',
      'supervision',
      'furtherInformation',
    ]);
    expect(plain.every((e) => e.outcome === e.native)).toBe(true);
  });

  it('DC4EU export', async () => {
    const { mc } = await setup();
    const report = buildEudiClaims(mc, { type: 'dc4eu', microcred: false }).coverage;
    expect(table(report)).toEqual({
      learner: 'carried-with-loss → carried-with-loss (native)',
      title: 'carried-with-loss → carried-with-loss (native)',
      country: 'carried → carried (native)',
      awardingBodies: 'carried-with-loss → carried-with-loss (native)',
      issued: 'carried → carried (native)',
      learningOutcomes: 'carried-with-loss → carried-with-loss (native)',
      workload: 'carried-with-loss → carried-with-loss (native)',
      level: 'carried-with-loss → carried-with-loss (native)',
      assessment: 'carried-with-loss → carried-with-loss (native)',
      participation: 'carried-with-loss → carried-with-loss (native)',
      qualityAssurance: 'carried-with-loss → carried-with-loss (native)',
      prerequisites: 'not-carried → not-carried (none)',
      supervision: 'carried → carried (native)',
      grade: 'carried-with-loss → carried-with-loss (native)',
      stackability: 'not-carried → not-carried (none)',
      furtherInformation: 'not-carried → not-carried (none)',
    });
    expect(buildEudiClaims(mc, { type: 'dc4eu' }).coverage.every((e) => e.outcome === 'carried')).toBe(true);
  });

  it('import of EU-issued claims: assessment and participation are not carried, nothing is invented', () => {
    const claims = {
      vct: 'urn:eu.europa.ec.eudi:learning:credential:1',
      iss: 'https://uni.example',
      issuing_authority: 'Example University',
      issuing_country: 'FR',
      date_of_issuance: '2026-02-01',
      family_name: 'Dupont',
      achievement_title: 'Data literacy',
      language_of_classes: ['fr'],
      learner_identification: 'S-12345',
      expected_study_time: '12 months',
      level_of_learning_experience: 5,
      types_of_quality_assurance: ['Internal Evaluation', 'Peer review'],
    };
    const { result, coverage } = readEudiClaims(claims);
    expect(result.complete).toBe(false);
    if (!result.complete) {
      expect(result.missing).toEqual(['learningOutcomes', 'workload', 'assessment', 'participation']);
      expect(result.warnings.map((w) => w.code)).toContain('unmapped-value');
    }
    expect(table(coverage)).toMatchObject({
      workload: 'absent → absent (none)',
      assessment: 'not-carried → not-carried (none)',
      participation: 'not-carried → not-carried (none)',
      level: 'carried-with-loss → carried-with-loss (native)',
    });
  });
});
