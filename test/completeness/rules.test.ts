import { describe, expect, it } from 'vitest';
import { check, completeFor, findings } from '../support/completeness.js';
import { completeExample, exampleData } from '../support/examples.js';

const base = completeExample;

describe('eu2022 value rules', () => {
  it('EU-i: "not assessed" is an error; EU-i2: attendance alone warns', () => {
    expect(findings(check({ ...base(), assessment: { types: ['none'] } }), 'i')).toEqual([
      'EU-i error assessment_none',
    ]);
    expect(findings(check({ ...base(), assessment: { types: ['level-of-attendance'] } }), 'i')).toEqual([
      'EU-i2 warning assessment_attendance_only',
    ]);
    expect(findings(check({ ...base(), assessment: { types: ['level-of-attendance', 'quiz'] } }), 'i')).toEqual([]);
  });

  it('EU-g2: a workload not in ECTS warns', () => {
    expect(findings(check({ ...base(), workload: { hours: '40' } }), 'g')).toContain(
      'EU-g2 warning workload_not_in_ects',
    );
  });

  it('EU-o1 and EU-o2: only the Annex values for supervision and stackability', () => {
    const report = check({ ...base(), supervision: { type: 'proctored' }, stackability: { type: 'stackable' } });
    expect(findings(report, 'supervision')).toEqual(['EU-o1 error schema_violation']);
    expect(findings(report, 'stackability')).toEqual(['EU-o2 error schema_violation']);
  });

  it('NMC-01: qualification words in any language of the title warn, as whole words only', () => {
    const titled = (title: unknown) => findings(check({ ...base(), title }), 'b');
    expect(titled({ en: 'Masterclass in data' })).toEqual([]);
    expect(titled({ en: 'Data basics', fr: 'Diplôme de données' })).toEqual([
      'NMC-01 warning title_has_qualification_word',
    ]);
    expect(titled("Master's module in data")).toEqual(['NMC-01 warning title_has_qualification_word']);
    expect(titled('BACHELOR and MASTER bridge')).toHaveLength(2);
  });

  it('NMC-03: a QA record expired before the date of issuing, or with no accrediting body, warns', () => {
    const qa = [
      { type: 'programme-quality-assurance', accreditedBy: { legalName: 'NVAO' }, expiry: '2025-06-29' },
      { type: 'external-quality-assurance' },
      { type: 'internal-quality-assurance' },
      { type: 'programme-quality-assurance', accreditedBy: { legalName: 'NVAO' }, expiry: '2025-06-30' },
    ];
    const report = check({ ...base(), qualityAssurance: qa });
    const k = report.entries.find((e) => e.element === 'k');
    expect(k?.findings.map((f) => [f.reason, f.path])).toEqual([
      ['qa_expired', ['qualityAssurance', 0, 'expiry']],
      ['qa_no_accrediting_body', ['qualityAssurance', 1]],
    ]);
  });

  it('NMC-03: a QA record whose limits do not cover the level, field or issuer country warns (Annex II, 1)', () => {
    const qa = [
      {
        type: 'programme-quality-assurance',
        accreditedBy: { legalName: 'NVAO' },
        limitEqfLevels: [5, 7],
        limitFields: ['041', '0688'],
        limitJurisdictions: ['BE'],
      },
      {
        type: 'programme-quality-assurance',
        accreditedBy: { legalName: 'NVAO' },
        limitEqfLevels: [6],
        limitFields: ['04', '06'],
        limitJurisdictions: ['NL'],
      },
    ];
    const k = check({ ...base(), qualityAssurance: qa }).entries.find((e) => e.element === 'k');
    expect(k?.findings.map((f) => [f.reason, f.params])).toEqual([
      ['qa_level_not_covered', { eqf: '6' }],
      ['qa_jurisdiction_not_covered', { country: 'NL' }],
    ]);
    const outside = check({ ...base(), subject: ['0688', '0511'], qualityAssurance: qa.slice(1) });
    expect(outside.entries.find((e) => e.element === 'k')?.findings.map((f) => f.params['field'])).toEqual(['0511']);
  });
});

describe('microbol', () => {
  it('MB-03 and MB-04 need evidence the model does not hold: without it they warn, never assume', () => {
    const { draft, options } = completeFor('microbol');
    const none = check(draft, 'microbol', { ...options, evidence: {} });
    expect(findings(none, 'authenticity')).toEqual(['MB-03 warning proof_not_supplied']);
    const failed = check(draft, 'microbol', { evidence: { proof: 'failed' } });
    expect(findings(failed, 'authenticity')).toEqual(['MB-03 error proof_not_verified']);
    const { credentialStatus: _s, id: _i, ...bare } = draft;
    expect(findings(check(bare, 'microbol', { evidence: { proof: 'absent' } }), 'authenticity')).toEqual([
      'MB-03 error proof_missing',
      'MB-04 error verification_impossible',
    ]);
    expect(findings(check(bare, 'microbol'), 'authenticity')).toEqual([
      'MB-03 warning proof_not_supplied',
      'MB-04 warning verification_not_supplied',
    ]);
    const addressed = { ...bare, id: 'https://uni.example/credentials/1' };
    expect(findings(check(addressed, 'microbol'), 'authenticity')).toEqual(['MB-03 warning proof_not_supplied']);
  });

  it('MB-05: the date of assessment may stand in for the date of issuing; one of them is required', () => {
    const { draft, options } = completeFor('microbol');
    const { issued: _issued, ...noIssue } = draft;
    const report = check(noIssue, 'microbol', options);
    const e = report.entries.find((x) => x.element === 'e');
    expect(e?.status).toBe('not-applicable');
    expect(e?.reason).toBe('assessment_date_used');
    const noDates = { ...noIssue, assessment: { types: ['quiz'] } };
    expect(findings(check(noDates, 'microbol', options), 'e')).toEqual([
      'MB-05 error issue_or_assessment_date_missing',
    ]);
  });

  it('MB-08, MB-09, MB-10: NQF, EQF and cycle, ISCED level', () => {
    const { draft, options } = completeFor('microbol');
    const report = check({ ...draft, level: { eqf: 6 } }, 'microbol', options);
    expect(findings(report, 'h')).toEqual([
      'MB-08 warning nqf_level_missing',
      'MB-09 warning qf_ehea_cycle_missing',
      'MB-11 info sectoral_level_not_recorded',
    ]);
    expect(findings(report, 'subject')).toEqual(['MB-10 error isced_level_missing']);
    const low = check({ ...draft, level: { eqf: 4, isced: 4, nqf: [{ level: '4' }] } }, 'microbol', options);
    expect(findings(low, 'h')).toEqual(['MB-11 info sectoral_level_not_recorded']);
    const noEqf = check({ ...draft, level: { isced: 6, nqf: [{ level: '6' }] } }, 'microbol', options);
    expect(findings(noEqf, 'h')).toContain('MB-09 warning eqf_level_missing');
  });

  it('MB-10 and MB-12: subject code and access requirements are mandatory', () => {
    const { draft, options } = completeFor('microbol');
    const { subject: _s, prerequisites: _p, ...rest } = draft;
    const report = check(rest, 'microbol', options);
    expect(findings(report, 'subject')).toEqual(['MB-10 error element_missing']);
    expect(findings(report, 'prerequisites')).toEqual(['MB-12 error element_missing']);
    expect(check({ ...draft, prerequisites: 'None' }, 'microbol', options).verdict).not.toBe('incomplete');
  });
});

describe('emcCmf', () => {
  it('CMF-04 attendance only, CMF-05 identity verification, CMF-06 stackability, CMF-07 both figures', () => {
    const draft = {
      ...base(),
      assessment: { types: ['level-of-attendance'] },
      supervision: { type: 'supervised-no-id-verification' },
      stackability: { type: 'stand-alone' },
      workload: { credits: [{ value: '5', unit: 'ECTS' }] },
    };
    const report = check(draft, 'emcCmf');
    expect(findings(report, 'i')).toEqual([
      'CMF-04 error assessment_attendance_only',
      'EU-i2 warning assessment_attendance_only',
    ]);
    expect(findings(report, 'supervision')).toEqual(['CMF-05 error identity_not_verified']);
    expect(findings(report, 'stackability')).toEqual(['CMF-06 error not_stackable']);
    expect(findings(report, 'g')).toEqual([
      'CMF-07 error workload_hours_missing',
      'CMF-01 warning credits_conversion_needed',
    ]);
    const { stackability: _s, ...noStack } = base();
    expect(findings(check(noStack, 'emcCmf'), 'stackability')).toEqual(['CMF-06 warning element_missing']);
    expect(findings(check({ ...base(), workload: { hours: '120' } }, 'emcCmf'), 'g')).toContain(
      'CMF-07 error workload_ects_missing',
    );
  });
});

describe('auNmf', () => {
  it('AU-02 AQF award names warn; AU-04 attendance only fails; AU-07 critical information warns', () => {
    const draft: Record<string, unknown> = {
      ...base(),
      title: 'Certificate IV in Data',
      assessment: { types: ['level-of-attendance'] },
      workload: { credits: [{ value: '5', unit: 'ECTS' }] },
      participation: { activities: ['e-learning-coursework'] },
    };
    const { stackability: _s, ...rest } = draft;
    const report = check(rest, 'auNmf');
    expect(findings(report, 'b')).toEqual(['AU-02 warning title_has_qualification_word']);
    expect(findings(report, 'i')).toContain('AU-04 error assessment_attendance_only');
    expect(
      report.entries
        .find((e) => e.element === 'g')
        ?.findings.filter((f) => f.rule === 'AU-07')
        .map((f) => f.params['item']),
    ).toEqual(['volume-of-learning', 'delivery-mode', 'credit-and-recognition']);
  });

  it('AU-06: no QA statement warns besides EU-k', () => {
    const { qualityAssurance: _q, ...rest } = base();
    expect(findings(check(rest, 'auNmf'), 'k')).toEqual([
      'EU-k error element_missing',
      'AU-06 warning element_missing',
    ]);
  });
});

describe('nzqa', () => {
  it('NZ-02 an NZQF level; NZ22-02 NZ credits stated and listing details; NZ22-03 no qualification words', () => {
    const { draft } = completeFor('nzqa');
    expect(check(draft, 'nzqa').verdict).toBe('complete-with-warnings');
    const report = check(
      { ...draft, title: 'Diploma of Kaitiakitanga', level: { eqf: 4 }, workload: { hours: '150' } },
      'nzqa',
    );
    expect(findings(report, 'b')).toEqual(['NZ22-03 error title_has_qualification_word']);
    expect(findings(report, 'h')).toEqual(['NZ-02 error nqf_level_missing']);
    expect(findings(report, 'g')).toContain('NZ22-02 error credits_unit_not_stated');
    const other = check({ ...draft, level: { nqf: [{ level: '6', framework: 'RQF', country: 'GB' }] } }, 'nzqa');
    expect(findings(other, 'h')).toEqual(['NZ-02 error nqf_level_other_country']);
    const { description: _d, ...noPurpose } = draft;
    expect(findings(check(noPurpose, 'nzqa'), 'other')).toEqual([
      'NZ22-02 warning listing_detail_missing',
      'NZ22-02 warning not_recorded_in_model',
    ]);
  });

  it('nzqa2018 keeps the title heuristic as a warning and notes the approval conditions', () => {
    const { draft } = completeFor('nzqa2018');
    const report = check({ ...draft, title: 'Diploma of Kaitiakitanga' }, 'nzqa2018');
    expect(findings(report, 'b')).toEqual(['NMC-01 warning title_has_qualification_word']);
    expect(findings(report, 'other')).toEqual(['NZ18-03 info process_not_checkable']);
    expect(report.profile).toEqual({ id: 'nzqa', version: '2018', title: 'NZQA micro-credential rules' });
  });
});

describe('estonia', () => {
  it('EE-02: an NQF level is required', () => {
    expect(findings(check({ ...base(), level: { eqf: 6 } }, 'estonia'), 'h')).toEqual([
      'EE-02 error nqf_level_missing',
    ]);
    expect(findings(check({ ...base(), level: { notApplicable: true } }, 'estonia'), 'h')).toEqual([
      'EE-02 error nqf_level_missing',
    ]);
  });

  it('the hours example is not in ECTS: the size cannot be evaluated without a table', () => {
    const report = check(exampleData('micro-credential-hours.json'), 'estonia');
    expect(findings(report, 'g')).toContain('EE-01 warning credits_conversion_needed');
  });
});
