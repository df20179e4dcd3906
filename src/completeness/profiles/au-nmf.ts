/**
 * `auNmf`: Australia's National Microcredentials Framework (November 2021, released 22 March 2022).
 *
 * Sources: the framework, https://www.dese.gov.au/download/13591/national-microcredentials-framework/26500/document/pdf ;
 * its definition as quoted in the ACQF thematic brief 13; the summary at
 * https://ponder.education/news/2022/03/28/key-takeaways-from-the-national-microcredentials-framework/ . A
 * micro-credential certifies assessed learning or competency, is at least one hour, is smaller than an AQF award
 * qualification, and states its learning outcomes; providers that no regulator oversees add a QA statement; the
 * framework lists "critical information" (volume of learning, delivery mode, credit and recognition). Which of
 * those items are required and which recommended is not confirmed, so AU-07 warns. The model has no field that
 * declares an AQF award type, so AU-02 can only apply its title heuristic (warning). Added to `eu2022`.
 *
 * @module
 */

import { extendProfile } from '../extend-profile.js';
import type { CompletenessRule, RuleFinding } from '../profile.js';
import { forbidTitleWords, QUALIFICATION_TITLE_WORDS } from '../rules/title-words.js';
import { requireWorkloadRange } from '../rules/workload-range.js';
import { eu2022 } from './eu2022.js';
import { notAttendanceOnly } from './shared-rules.js';

/** AQF award names that are not in the general list. */
const AQF_AWARD_WORDS = [
  'certificate i',
  'certificate ii',
  'certificate iii',
  'certificate iv',
  'graduate certificate',
  'advanced diploma',
  'associate degree',
];

const criticalInformation: CompletenessRule = {
  id: 'AU-07',
  element: 'g',
  severity: 'warning',
  check: (ctx): RuleFinding[] => {
    const out: RuleFinding[] = [];
    if (ctx.draft.workload !== undefined && ctx.draft.workload.hours === undefined) {
      out.push({
        reason: 'critical_information_missing',
        params: { item: 'volume-of-learning' },
        path: ['workload', 'hours'],
      });
    }
    if (ctx.draft.participation !== undefined && ctx.draft.participation.modes === undefined) {
      out.push({
        reason: 'critical_information_missing',
        params: { item: 'delivery-mode' },
        path: ['participation', 'modes'],
      });
    }
    if (ctx.state('stackability') === 'absent') {
      out.push({
        reason: 'critical_information_missing',
        params: { item: 'credit-and-recognition' },
        path: ['stackability'],
      });
    }
    return out;
  },
};

const qaStatement: CompletenessRule = {
  id: 'AU-06',
  element: 'k',
  severity: 'warning',
  check: (ctx) => (ctx.state('k') === 'absent' ? [{ reason: 'element_missing' }] : []),
};

/**
 * The `auNmf` profile.
 *
 * @internal
 */
export const auNmf = extendProfile(eu2022, {
  id: 'auNmf',
  version: '2021',
  title: 'Australia, National Microcredentials Framework',
  sources: [
    {
      title: 'Australian Government, National Microcredentials Framework (November 2021)',
      url: 'https://www.dese.gov.au/download/13591/national-microcredentials-framework/26500/document/pdf',
    },
  ],
  elements: {
    i: { requirement: 'mandatory', rule: 'AU-03' },
    f: { requirement: 'mandatory', rule: 'AU-05' },
  },
  rules: [
    requireWorkloadRange({ id: 'AU-01', unit: 'HOURS', minimum: '1' }),
    forbidTitleWords({ id: 'AU-02', words: [...QUALIFICATION_TITLE_WORDS, ...AQF_AWARD_WORDS], severity: 'warning' }),
    notAttendanceOnly('AU-04', 'error'),
    qaStatement,
    criticalInformation,
  ],
});
