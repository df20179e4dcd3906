/**
 * `nzqa` and `nzqa2018`: New Zealand's micro-credential rules, 2022 and 2018 editions.
 *
 * Sources: https://www.nzqa.govt.nz/providers-partners/approval-accreditation-and-registration/micro-credentials/ ;
 * NZQF Qualification Listing and Operational Rules 2022, rule 6 (listing details for micro-credentials); the
 * OECD 2021 figures quoted in the ACQF thematic brief 13 (5–40 credits, 2.5–20 ECTS). The 2018 rules set 5–40 NZ
 * credits; the 2022 rules set at most 40 "at any level" and no stated lower bound, so more than zero is checked;
 * titles must not contain "degree", "diploma", "bachelor" or "master" (the rule's list goes on; microcred uses
 * `QUALIFICATION_TITLE_WORDS`). NZSCED fields, standards used and the review period are listing details the
 * model does not hold: they are reported as not recorded (warning). Added to `eu2022`.
 *
 * @module
 */

import { extendProfile } from '../extend-profile.js';
import type { CompletenessRule, RuleFinding } from '../profile.js';
import { forbidTitleWords } from '../rules/title-words.js';
import { requireWorkloadRange } from '../rules/workload-range.js';
import { eu2022 } from './eu2022.js';

const NZQF = /^NZQC?F$/i;

const nzqfLevel: CompletenessRule = {
  id: 'NZ-02',
  element: 'h',
  severity: 'error',
  check: (ctx): RuleFinding[] => {
    const level = ctx.draft.level;
    if (level === undefined) return [];
    const nqf = 'notApplicable' in level ? undefined : level.nqf;
    if (nqf === undefined) return [{ reason: 'nqf_level_missing' }];
    const ours = nqf.some((l) => l.country === 'NZ' || (l.framework !== undefined && NZQF.test(l.framework.trim())));
    return ours ? [] : [{ reason: 'nqf_level_other_country', params: { country: 'NZ' }, path: ['level', 'nqf'] }];
  },
};

const listingCredits: CompletenessRule = {
  id: 'NZ22-02',
  element: 'g',
  severity: 'error',
  check: (ctx) => {
    const workload = ctx.draft.workload;
    if (workload === undefined || (workload.credits ?? []).some((c) => c.unit === 'NZ-CREDIT')) return [];
    return [{ reason: 'credits_unit_not_stated', params: { unit: 'NZ-CREDIT' } }];
  },
};

const listingDetails: CompletenessRule = {
  id: 'NZ22-02',
  element: 'other',
  severity: 'warning',
  check: (ctx): RuleFinding[] => {
    const out: RuleFinding[] = [];
    if (ctx.state('description') === 'absent') {
      out.push({ reason: 'listing_detail_missing', params: { item: 'purpose-statement' }, path: ['description'] });
    }
    out.push({
      reason: 'not_recorded_in_model',
      params: { items: ['nzsced-field', 'standards-used', 'review-period'] },
      path: [],
    });
    return out;
  },
};

const approvalConditions: CompletenessRule = {
  id: 'NZ18-03',
  element: 'other',
  severity: 'info',
  check: () => [{ reason: 'process_not_checkable', params: { item: 'approval-conditions' }, path: [] }],
};

/**
 * The `nzqa` profile, 2022 rules.
 *
 * @internal
 */
export const nzqa = extendProfile(eu2022, {
  id: 'nzqa',
  version: '2022',
  title: 'NZQA micro-credential rules',
  sources: [
    {
      title: 'NZQA, NZQF Qualification Listing and Operational Rules 2022, rule 6 (micro-credentials)',
      url: 'https://www.nzqa.govt.nz/providers-partners/approval-accreditation-and-registration/micro-credentials/',
    },
  ],
  remove: ['NMC-01'],
  rules: [
    requireWorkloadRange({ id: 'NZ22-01', unit: 'NZ-CREDIT', positive: true, maximum: '40' }),
    nzqfLevel,
    listingCredits,
    listingDetails,
    forbidTitleWords({ id: 'NZ22-03' }),
  ],
});

/**
 * The `nzqa2018` profile, 2018 rules.
 *
 * @internal
 */
export const nzqa2018 = extendProfile(eu2022, {
  id: 'nzqa',
  version: '2018',
  title: 'NZQA micro-credential rules',
  sources: [
    {
      title: 'NZQA micro-credential approval rules (2018), as summarised by the OECD (2021)',
      url: 'https://www.nzqa.govt.nz/providers-partners/approval-accreditation-and-registration/micro-credentials/',
    },
  ],
  rules: [
    requireWorkloadRange({ id: 'NZ18-01', unit: 'NZ-CREDIT', minimum: '5', maximum: '40' }),
    nzqfLevel,
    approvalConditions,
  ],
});
