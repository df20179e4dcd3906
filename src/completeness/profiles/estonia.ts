/**
 * `estonia`: Estonia's micro-qualification rules.
 *
 * Source: Eurydice, Estonia, national reforms related to transversal skills and employability,
 * https://eurydice.eacea.ec.europa.eu/national-education-systems/estonia/national-reforms-related-transversal-skills-and-employability
 * (Adult Education Act amendments in force from 1 March 2025; the micro-qualification rules apply in full from
 * 1 September 2025). 5–30 ECTS (the Estonian EAP is the ECTS credit), outcomes linked to an Estonian
 * qualifications-framework level, assessed, from a recognised, quality-assured provider. Added to `eu2022`.
 *
 * @module
 */

import { extendProfile } from '../extend-profile.js';
import type { CompletenessRule } from '../profile.js';
import { requireWorkloadRange } from '../rules/workload-range.js';
import { eu2022 } from './eu2022.js';

const nqfLevel: CompletenessRule = {
  id: 'EE-02',
  element: 'h',
  severity: 'error',
  check: (ctx) => {
    const level = ctx.draft.level;
    if (level === undefined) return [];
    return 'notApplicable' in level || level.nqf === undefined ? [{ reason: 'nqf_level_missing' }] : [];
  },
};

/**
 * The `estonia` profile.
 *
 * @internal
 */
export const estonia = extendProfile(eu2022, {
  id: 'estonia',
  version: '2025',
  title: 'Estonia, micro-qualifications (Adult Education Act, 2025)',
  sources: [
    {
      title: 'Eurydice, Estonia: national reforms related to transversal skills and employability',
      url: 'https://eurydice.eacea.ec.europa.eu/national-education-systems/estonia/national-reforms-related-transversal-skills-and-employability',
    },
  ],
  elements: {
    i: { requirement: 'mandatory', rule: 'EE-03' },
    k: { requirement: 'mandatory', rule: 'EE-04' },
  },
  rules: [requireWorkloadRange({ id: 'EE-01', unit: 'ECTS', minimum: '5', maximum: '30' }), nqfLevel],
});
