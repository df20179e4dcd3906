import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCompleteness, profiles } from '../../src/completeness/index.js';
import { en } from '../../src/locales/en/index.js';
import { formatReport } from '../../src/report/format-report.js';
import { ENGLISH_REPORT_CATALOGUE, type ReportLabelList } from '../../src/report/report-catalogue.js';
import { microCredentialArb } from '../support/arbitraries.js';
import { NOW } from '../support/completeness.js';
import { exampleDecision } from '../support/example-decision.js';

const LISTS: readonly ReportLabelList[] = [
  'credit-units',
  'qf-ehea-cycles',
  'supervision-types',
  'countries',
  'isced-fields',
];

describe('the English default of formatReport', () => {
  it('is made of the very texts and label tables of en', () => {
    expect(ENGLISH_REPORT_CATALOGUE.locale).toBe(en.locale);
    expect(ENGLISH_REPORT_CATALOGUE.issues).toBe(en.issues);
    expect(ENGLISH_REPORT_CATALOGUE.completeness).toBe(en.completeness);
    expect(ENGLISH_REPORT_CATALOGUE.stacking).toBe(en.stacking);
    expect(Object.keys(ENGLISH_REPORT_CATALOGUE.vocabulary).sort()).toEqual([...LISTS].sort());
    for (const list of LISTS) expect(ENGLISH_REPORT_CATALOGUE.vocabulary[list]).toBe(en.vocabulary[list]);
  });

  it('renders any completeness report exactly as en does, as text and as HTML', () => {
    const profileArb = fc.constantFrom(...Object.values(profiles));
    // Drop some elements so that reports hold findings with params (units, countries, fields, cycles).
    const draftArb = fc
      .tuple(microCredentialArb, fc.subarray(['learner', 'workload', 'level', 'issuer', 'supervision', 'subject']))
      .map(([mc, drop]) => Object.fromEntries(Object.entries(mc).filter(([key]) => !drop.includes(key))));
    fc.assert(
      fc.property(draftArb, profileArb, (draft, profile) => {
        const report = checkCompleteness(draft, { profile, now: NOW });
        expect(formatReport(report)).toBe(formatReport(report, { locale: en }));
        expect(formatReport(report, { format: 'html' })).toBe(formatReport(report, { locale: en, format: 'html' }));
      }),
      { numRuns: 60 },
    );
  });

  it('renders a stacking decision exactly as en does', () => {
    const decision = exampleDecision();
    expect(formatReport(decision)).toBe(formatReport(decision, { locale: en }));
    expect(formatReport(decision, { format: 'html' })).toBe(formatReport(decision, { locale: en, format: 'html' }));
  });
});
