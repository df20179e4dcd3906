/**
 * `microbol`: the Common Framework for micro-credentials in the EHEA (MICROBOL project, March 2022).
 *
 * Sources: the framework's "constitutive elements" as presented at the PLA Innsbruck (12 December 2022,
 * MICROBOL and the Council Recommendation), and https://microbol.microcredentials.eu/microbol-framework-published/.
 * The framework ties micro-credentials to the three Bologna key commitments: quality assurance under the ESG,
 * recognition under the Lisbon Recognition Convention, and qualifications frameworks plus ECTS. Its rules are
 * added to `eu2022`; MB-05 replaces EU-e. MB-10's severity is as the slide gives it, with no qualifier (to be
 * confirmed against the full framework text). No size bound was found.
 *
 * @module
 */

import { extendProfile } from '../extend-profile.js';
import type { CompletenessRule, RuleFinding } from '../profile.js';
import { isLaterThan } from '../rules/dates.js';
import { eu2022 } from './eu2022.js';
import { signed, verifiable } from './microbol-authenticity.js';
import { ectsWherePossible } from './shared-rules.js';

const issuedOrAssessed: CompletenessRule = {
  id: 'MB-05',
  element: 'e',
  severity: 'error',
  check: (ctx): RuleFinding[] => {
    const issued = ctx.draft.issued;
    if (issued !== undefined) {
      if (ctx.now === undefined) return [{ severity: 'info', reason: 'reference_date_missing' }];
      if (isLaterThan(issued, ctx.now)) {
        return [
          { severity: 'warning', reason: 'date_in_future', params: { date: issued, now: ctx.now.toISOString() } },
        ];
      }
      return [];
    }
    if (ctx.state('e') === 'invalid') return [];
    const assessed = ctx.draft.assessment?.date;
    if (assessed !== undefined) {
      return [
        { severity: 'info', reason: 'assessment_date_used', params: { date: assessed }, path: ['assessment', 'date'] },
      ];
    }
    return [{ reason: 'issue_or_assessment_date_missing' }];
  },
};

const qaListing: CompletenessRule = {
  id: 'MB-07',
  element: 'k',
  severity: 'info',
  check: (ctx) => (ctx.draft.qualityAssurance === undefined ? [] : [{ reason: 'qa_listing_not_checked' }]),
};

const nqfWhenPossible: CompletenessRule = {
  id: 'MB-08',
  element: 'h',
  severity: 'warning',
  check: (ctx) => {
    const level = ctx.draft.level;
    if (level === undefined || 'notApplicable' in level || level.nqf !== undefined) return [];
    return [{ reason: 'nqf_level_missing' }];
  },
};

const eqfAndCycle: CompletenessRule = {
  id: 'MB-09',
  element: 'h',
  severity: 'warning',
  check: (ctx): RuleFinding[] => {
    const level = ctx.draft.level;
    if (level === undefined || 'notApplicable' in level) return [];
    const out: RuleFinding[] = [];
    if (level.eqf === undefined) out.push({ reason: 'eqf_level_missing' });
    // QF-EHEA cycles exist for EQF 5 to 8 only.
    if (level.qfEhea === undefined && (level.eqf === undefined || level.eqf >= 5)) {
      out.push({ reason: 'qf_ehea_cycle_missing' });
    }
    return out;
  },
};

const iscedLevel: CompletenessRule = {
  id: 'MB-10',
  element: 'subject',
  severity: 'error',
  check: (ctx) => {
    const level = ctx.draft.level;
    if (level === undefined) return [];
    return 'notApplicable' in level || level.isced === undefined
      ? [{ reason: 'isced_level_missing', path: ['level', 'isced'] }]
      : [];
  },
};

const sectoralLevel: CompletenessRule = {
  id: 'MB-11',
  element: 'h',
  severity: 'info',
  check: (ctx) => (ctx.draft.level === undefined ? [] : [{ reason: 'sectoral_level_not_recorded' }]),
};

/**
 * The `microbol` profile.
 *
 * @internal
 */
export const microbol = extendProfile(eu2022, {
  id: 'microbol',
  version: '2022',
  title: 'MICROBOL Common Framework for micro-credentials in the EHEA',
  sources: [
    {
      title: 'MICROBOL, Common Framework for Micro-credentials in the EHEA (March 2022)',
      url: 'https://microbol.microcredentials.eu/microbol-framework-published/',
    },
  ],
  remove: ['EU-e'],
  elements: {
    c: { requirement: 'mandatory', rule: 'MB-01' },
    d: { requirement: 'mandatory', rule: 'MB-02' },
    e: { requirement: 'optional', rule: 'MB-05' },
    k: { requirement: 'mandatory', rule: 'MB-07' },
    subject: { requirement: 'mandatory', rule: 'MB-10' },
    prerequisites: { requirement: 'mandatory', rule: 'MB-12' },
    authenticity: { requirement: 'optional', rule: 'MB-04' },
  },
  rules: [
    signed,
    verifiable,
    issuedOrAssessed,
    ectsWherePossible('MB-06'),
    qaListing,
    nqfWhenPossible,
    eqfAndCycle,
    iscedLevel,
    sectoralLevel,
  ],
});
