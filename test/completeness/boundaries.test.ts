import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../src/completeness/index.js';
import { check, findings, type ProfileKey } from '../support/completeness.js';
import { completeExample } from '../support/examples.js';

type Credit = { value: string; unit: string };

function withWorkload(workload: { credits?: Credit[]; hours?: string }, base = completeExample()) {
  return { ...base, workload };
}

/** The findings of one rule, as `severity reason`. */
function ruleFindings(key: ProfileKey, rule: string, workload: { credits?: Credit[]; hours?: string }, table?: object) {
  const report = check(withWorkload(workload), key, table === undefined ? {} : { conversion: table });
  return findings(report)
    .filter((f) => f.startsWith(`${rule} `))
    .map((f) => f.slice(rule.length + 1));
}

const ects = (value: string) => ({ credits: [{ value, unit: 'ECTS' }], hours: '125' });

describe('numeric rules at, just below and just above each bound (inclusive, exact)', () => {
  it.each([
    ['4.999', ['error credits_below_minimum']],
    ['5', []],
    ['30', []],
    ['30.001', ['error credits_above_maximum']],
  ])('EE-01 5–30 ECTS: %s ECTS', (value, expected) => {
    expect(ruleFindings('estonia', 'EE-01', ects(value))).toEqual(expected);
  });

  it.each([
    ['99', ['error credits_below_minimum']],
    ['99.999', ['error credits_below_minimum']],
    ['100', []],
    ['150', []],
    ['150.001', ['error credits_above_maximum']],
    ['151', ['error credits_above_maximum']],
  ])('CMF-01 100–150 hours: %s h', (hours, expected) => {
    expect(ruleFindings('emcCmf', 'CMF-01', { credits: [{ value: '5', unit: 'ECTS' }], hours })).toEqual(expected);
  });

  it.each([
    ['ECTS', '3.999', ['error credits_below_minimum']],
    ['ECTS', '4', []],
    ['ECTS', '6', []],
    ['ECTS', '6.001', ['error credits_above_maximum']],
    ['UK-CATS', '9.999', ['error credits_below_minimum']],
    ['UK-CATS', '10', []],
    ['UK-CATS', '15', []],
    ['UK-CATS', '15.001', ['error credits_above_maximum']],
    ['US-SCH', '1.999', ['error credits_below_minimum']],
    ['US-SCH', '2', []],
    ['US-SCH', '3', []],
    ['US-SCH', '3.001', ['error credits_above_maximum']],
  ])('CMF-02 4–6 ECTS, as stated 10–15 UK or 2–3 US credits: %s %s', (unit, value, expected) => {
    expect(ruleFindings('emcCmf', 'CMF-02', { credits: [{ value, unit }], hours: '125' })).toEqual(expected);
  });

  it.each([
    ['0.999', ['error credits_below_minimum']],
    ['1', []],
    ['1.001', []],
  ])('AU-01 at least 1 hour: %s h', (hours, expected) => {
    expect(ruleFindings('auNmf', 'AU-01', { hours })).toEqual(expected);
  });

  it.each([
    ['4.999', ['error credits_below_minimum']],
    ['5', []],
    ['40', []],
    ['40.001', ['error credits_above_maximum']],
  ])('NZ18-01 5–40 NZ credits: %s', (value, expected) => {
    expect(ruleFindings('nzqa2018', 'NZ18-01', { credits: [{ value, unit: 'NZ-CREDIT' }] })).toEqual(expected);
  });

  it.each([
    ['0', ['error credits_not_positive']],
    ['0.001', []],
    ['40', []],
    ['40.001', ['error credits_above_maximum']],
  ])('NZ22-01 more than 0, at most 40 NZ credits: %s', (value, expected) => {
    expect(ruleFindings('nzqa', 'NZ22-01', { credits: [{ value, unit: 'NZ-CREDIT' }] })).toEqual(expected);
  });

  it.each([
    ['30', []],
    ['30.001', ['info volume_above_published_caps']],
    ['59.999', ['info volume_above_published_caps']],
    ['60', ['warning volume_full_year']],
    ['240', ['warning volume_full_year']],
  ])('NMC-02 size heuristic: %s ECTS', (value, expected) => {
    expect(ruleFindings('eu2022', 'NMC-02', ects(value))).toEqual(expected);
  });

  it('EU-g: every stated amount must be above zero', () => {
    expect(ruleFindings('eu2022', 'EU-g', { hours: '0' })).toEqual(['error credits_not_positive']);
    expect(ruleFindings('eu2022', 'EU-g', { credits: [{ value: '0.000', unit: 'ECTS' }], hours: '1' })).toEqual([
      'error credits_not_positive',
    ]);
    expect(ruleFindings('eu2022', 'EU-g', { hours: '0.001' })).toEqual([]);
  });
});

describe('a bound in another unit is converted exactly, and only with the caller’s table', () => {
  const hours = (h: string) => ({ hours: h });
  const table = { hoursPerEcts: '26' };

  it.each([
    ['129.974', ['error credits_below_minimum', 'info credits_converted']], // 4.999 ECTS
    ['130', ['info credits_converted']], // exactly 5 ECTS
    ['780', ['info credits_converted']], // exactly 30 ECTS
    ['780.026', ['error credits_above_maximum', 'info credits_converted']], // 30.001 ECTS
  ])('EE-01 at 26 h per ECTS: %s h', (h, expected) => {
    expect(ruleFindings('estonia', 'EE-01', hours(h), table)).toEqual(expected);
  });

  it('shows the exact conversion, thirds included', () => {
    const report = check(withWorkload({ hours: '130' }), 'estonia', { conversion: { hoursPerEcts: '30' } });
    const converted = report.entries.flatMap((e) => e.findings).find((f) => f.reason === 'credits_converted');
    expect(converted?.params).toEqual({ from: '130', fromUnit: 'HOURS', value: '13/3', unit: 'ECTS' });
  });

  it.each([
    ['3.96', ['error credits_below_minimum', 'info credits_converted']], // 99 h
    ['4', ['info credits_converted']], // 100 h
    ['6', ['info credits_converted']], // 150 h
    ['6.04', ['error credits_above_maximum', 'info credits_converted']], // 151 h
  ])('CMF-01 from ECTS only, at 25 h per ECTS: %s ECTS', (value, expected) => {
    expect(ruleFindings('emcCmf', 'CMF-01', { credits: [{ value, unit: 'ECTS' }] }, { hoursPerEcts: '25' })).toEqual(
      expected,
    );
  });

  it('without a table the rule cannot be evaluated: a warning, never a guess', () => {
    expect(ruleFindings('estonia', 'EE-01', hours('130'))).toEqual(['warning credits_conversion_needed']);
    expect(ruleFindings('nzqa2018', 'NZ18-01', { credits: [{ value: '5', unit: 'ECTS' }] })).toEqual([
      'warning credits_conversion_needed',
    ]);
  });

  it('a table without the needed factor cannot evaluate it either', () => {
    const ecvet = { credits: [{ value: '10', unit: 'ECVET' }] };
    expect(ruleFindings('estonia', 'EE-01', ecvet, { hoursPerEcts: '25', ectsPerUnit: { ECVET: null } })).toEqual([
      'warning credits_not_convertible',
    ]);
  });

  it('NZ credits by share of a year (1/2 ECTS each) under the caller’s table', () => {
    expect(
      ruleFindings(
        'nzqa2018',
        'NZ18-01',
        { credits: [{ value: '2.5', unit: 'ECTS' }] },
        { ectsPerUnit: { 'NZ-CREDIT': '1/2' } },
      ),
    ).toEqual(['info credits_converted']);
    expect(
      ruleFindings(
        'nzqa2018',
        'NZ18-01',
        { credits: [{ value: '2.4995', unit: 'ECTS' }] },
        { ectsPerUnit: { 'NZ-CREDIT': '1/2' } },
      ),
    ).toEqual(['error credits_below_minimum', 'info credits_converted']);
  });
});

describe('levels', () => {
  const level = (l: object) => ({ ...completeExample(), level: l });

  it.each([
    [5, 'short', []],
    [6, 'first', []],
    [7, 'second', []],
    [8, 'third', []],
    [6, 'short', ['EU-h2 error level_inconsistent']],
    [7, 'first', ['EU-h2 error level_inconsistent']],
    [5, 'third', ['EU-h2 error level_inconsistent']],
  ])('EU-h2: EQF %s with the %s cycle', (eqf, qfEhea, expected) => {
    expect(findings(check(level({ eqf, qfEhea })), 'h')).toEqual(expected);
  });

  it.each([
    [3, ['CMF-03 error eqf_level_out_of_range']],
    [4, ['CMF-03 info eqf_level_accepted_with_ects']],
    [5, ['CMF-03 info eqf_level_accepted_with_ects']],
    [6, []],
    [7, []],
    [8, ['CMF-03 error eqf_level_out_of_range']],
  ])('CMF-03: EQF %s (with 5 ECTS)', (eqf, expected) => {
    expect(findings(check(level({ eqf }), 'emcCmf'), 'h')).toEqual(expected);
  });

  it('CMF-03: EQF 4–5 fails when the ECTS criteria fail, and not-applicable fails', () => {
    const big = {
      ...completeExample(),
      level: { eqf: 4 },
      workload: { credits: [{ value: '7', unit: 'ECTS' }], hours: '150' },
    };
    expect(findings(check(big, 'emcCmf'), 'h')).toEqual(['CMF-03 error eqf_level_needs_ects']);
    expect(findings(check(level({ notApplicable: true }), 'emcCmf'), 'h')).toEqual(['CMF-03 error eqf_level_missing']);
  });

  it('a level explicitly not applicable passes Annex I and is shown as not applicable', () => {
    const report = check(level({ notApplicable: true, reason: 'Not referenced to a framework' }));
    const entry = report.entries.find((e) => e.element === 'h');
    expect(entry?.status).toBe('not-applicable');
    expect(entry?.reason).toBe('level_not_applicable');
    expect(report.verdict).toBe('complete');
  });
});

describe('dates against the reference date', () => {
  const issued = (date: string) => ({ ...completeExample(), issued: date });
  const at = (now: string | Date, date: string) => findings(check(issued(date), 'eu2022', { now }), 'e');

  it('EU-e: the same instant passes; a millisecond later warns; digits past the millisecond count', () => {
    expect(at('2025-07-01T00:00:00Z', '2025-07-01T02:00:00+02:00')).toEqual([]);
    expect(at('2025-07-01T00:00:00Z', '2025-07-01T00:00:00.001Z')).toEqual(['EU-e warning date_in_future']);
    expect(at('2025-07-01T00:00:00Z', '2025-07-01T00:00:00.0000001Z')).toEqual(['EU-e warning date_in_future']);
    expect(at(new Date('2025-07-01T00:00:00.001Z'), '2025-07-01T00:00:00.0009Z')).toEqual([]);
  });

  it('without now, the future check is reported as not evaluated (a note), never done against the clock', () => {
    const report = checkCompleteness(completeExample());
    expect(findings(report, 'e')).toEqual(['EU-e info reference_date_missing']);
    expect(report.referenceDate).toBeUndefined();
    expect(report.verdict).toBe('complete');
  });
});
