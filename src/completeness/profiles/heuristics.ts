/**
 * "Is this a micro-credential?": the heuristics every built-in profile carries, as warnings and information.
 *
 * Sources: the ETF survey on micro-credentials (five reasons a credential is not a micro-credential), the
 * Australian National Microcredentials Framework's list, and the ACQF global-trends slides (limited duration,
 * less than a full qualification, stand-alone value, labour-market relevance). A heuristic may warn but never
 * fail a profile; a profile turns one into a hard rule only by saying so (NZ22-03, AU-04, the size bounds).
 * "No stand-alone value" is not machine-checkable and is left to the reviewer. NMC-03 also applies Annex II
 * principle 1: a QA record's stated limits (ELM `Accreditation` limitEQFLevel, limitField, limitJurisdiction)
 * must cover the credential's level, field and issuer country.
 *
 * @module
 */

import { type CreditAmount, compareCredits, convertCredit, parseCredit } from '../../credit/index.js';
import type { QualityAssurance } from '../../model/quality-assurance.js';
import type { CompletenessRule, RuleContext, RuleFinding } from '../profile.js';
import { show, statedAmounts, statedUnits } from '../rules/amounts.js';
import { calendarDate } from '../rules/dates.js';
import { forbidTitleWords } from '../rules/title-words.js';

const FULL_YEAR = parseCredit('60', 'ECTS');
const LARGEST_CAP = parseCredit('30', 'ECTS');

/** NMC-02: at least 60 ECTS (a full-time year) warns; above 30 ECTS (past every published cap) informs. */
const smallVolume: CompletenessRule = {
  id: 'NMC-02',
  element: 'g',
  severity: 'warning',
  check: (ctx): RuleFinding[] => {
    const workload = ctx.draft.workload;
    if (workload === undefined) return [];
    const amounts = statedAmounts(ctx.draft);
    let ects: { amount: CreditAmount; path: readonly (string | number)[] } | undefined = amounts.find(
      (a) => a.amount.unit === 'ECTS',
    );
    if (ects === undefined && ctx.conversion !== undefined) {
      for (const a of amounts) {
        try {
          ects = { amount: convertCredit(a.amount, 'ECTS', ctx.conversion), path: a.path };
          break;
        } catch {
          // no factor for this unit: try the next
        }
      }
    }
    if (ects === undefined) {
      return [
        {
          severity: 'info',
          reason: 'credits_conversion_needed',
          params: { unit: 'ECTS', units: statedUnits(amounts) },
        },
      ];
    }
    const value = show(ects.amount);
    if (compareCredits(ects.amount, FULL_YEAR) >= 0)
      return [{ reason: 'volume_full_year', params: { value }, path: ects.path }];
    if (compareCredits(ects.amount, LARGEST_CAP) > 0) {
      return [{ severity: 'info', reason: 'volume_above_published_caps', params: { value }, path: ects.path }];
    }
    return [];
  },
};

/** NMC-03: a quality-assurance record that had expired on the date of issuing, or names no accrediting body. */
const qualityAssured: CompletenessRule = {
  id: 'NMC-03',
  element: 'k',
  severity: 'warning',
  check: (ctx): RuleFinding[] => {
    const records = ctx.draft.qualityAssurance ?? [];
    const issued = ctx.draft.issued === undefined ? undefined : calendarDate(ctx.draft.issued);
    const out: RuleFinding[] = [];
    for (const [i, qa] of records.entries()) {
      if (issued !== undefined && qa.expiry !== undefined && qa.expiry < issued) {
        out.push({
          reason: 'qa_expired',
          params: { expiry: qa.expiry, issued },
          path: ['qualityAssurance', i, 'expiry'],
        });
      }
      // Internal quality assurance has no accrediting body by nature.
      if (qa.accreditedBy === undefined && qa.type !== 'internal-quality-assurance') {
        out.push({ reason: 'qa_no_accrediting_body', path: ['qualityAssurance', i] });
      }
      out.push(...scopeFindings(ctx.draft, qa, i));
    }
    return out;
  },
};

/**
 * Annex II principle 1: a QA record whose stated limits (EQF levels, ISCED-F fields, jurisdictions) do not cover
 * this credential's level, subject or issuer country.
 */
function scopeFindings(draft: RuleContext['draft'], qa: QualityAssurance, i: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  const level = draft.level;
  const eqf = level === undefined || 'notApplicable' in level ? undefined : level.eqf;
  if (qa.limitEqfLevels !== undefined && eqf !== undefined && !qa.limitEqfLevels.includes(eqf)) {
    out.push({
      reason: 'qa_level_not_covered',
      params: { eqf: String(eqf) },
      path: ['qualityAssurance', i, 'limitEqfLevels'],
    });
  }
  const fields = qa.limitFields;
  if (fields !== undefined) {
    for (const code of draft.subject ?? []) {
      if (!fields.some((limit) => code.startsWith(limit))) {
        out.push({
          reason: 'qa_field_not_covered',
          params: { field: code },
          path: ['qualityAssurance', i, 'limitFields'],
        });
      }
    }
  }
  const country = draft.issuer?.country;
  if (qa.limitJurisdictions !== undefined && country !== undefined && !qa.limitJurisdictions.includes(country)) {
    out.push({
      reason: 'qa_jurisdiction_not_covered',
      params: { country },
      path: ['qualityAssurance', i, 'limitJurisdictions'],
    });
  }
  return out;
}

/**
 * NMC-01 (qualification words in the title), NMC-02 (size) and NMC-03 (quality assurance), as warnings.
 *
 * @internal
 */
export const notAMicroCredentialRules: readonly CompletenessRule[] = [
  forbidTitleWords({ id: 'NMC-01', severity: 'warning' }),
  smallVolume,
  qualityAssured,
];
