import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCompleteness, profiles } from '../../src/completeness/index.js';
import { de } from '../../src/locales/de/index.js';
import { en } from '../../src/locales/en/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { formatCompletenessReport } from '../../src/report/format-completeness-report.js';
import { formatReport } from '../../src/report/format-report.js';
import { evaluateStacking } from '../../src/stacking/index.js';
import { check, NOW } from '../support/completeness.js';
import { completeExample } from '../support/examples.js';

const SEED = Number(process.env['FC_SEED'] ?? 20_261_206);

// The oracle is formatReport, which renders the same report with the same locale and format.

describe('formatCompletenessReport', () => {
  it('writes exactly what formatReport writes, in every locale, format and profile', () => {
    const drafts = [
      completeExample(),
      { ...completeExample(), learner: undefined, workload: { hours: '40' }, issued: '2026-01-01T00:00:00Z' },
      {},
      { title: 'Data literacy' },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...drafts),
        fc.constantFrom(...(Object.keys(profiles) as (keyof typeof profiles)[])),
        fc.constantFrom(en, de, fr),
        fc.constantFrom(undefined, 'text' as const, 'html' as const),
        (draft, profile, locale, format) => {
          const report = checkCompleteness(draft, { profile: profiles[profile], now: NOW });
          const options = format === undefined ? { locale } : { locale, format };
          expect(formatCompletenessReport(report, options)).toBe(formatReport(report, options));
        },
      ),
      { numRuns: 120, seed: SEED },
    );
  });

  it('needs a locale, and refuses another kind of report, format or option', () => {
    const report = check(completeExample());
    const refused = (run: () => unknown, option: string) =>
      expect(run).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID', option }));
    refused(() => formatCompletenessReport(report, undefined as never), 'options');
    refused(() => formatCompletenessReport(report, {} as never), 'locale');
    refused(() => formatCompletenessReport(report, { locale: 'de' } as never), 'locale');
    refused(() => formatCompletenessReport(report, { locale: de, format: 'pdf' } as never), 'format');
    refused(() => formatCompletenessReport(report, { locale: de, colour: true } as never), 'colour');
    refused(() => formatCompletenessReport(null as never, { locale: de }), 'report.kind');
    const decision = evaluateStacking(
      [],
      { id: 'cert', totalEcts: { min: '5' }, groups: [] },
      {
        id: 'rpl',
        referenceDate: '2025-09-01',
        requireAssessment: true,
        acceptedQaTypes: null,
        requireIdentityVerified: false,
      },
    );
    refused(() => formatCompletenessReport(decision as never, { locale: en }), 'report.kind');
  });
});
