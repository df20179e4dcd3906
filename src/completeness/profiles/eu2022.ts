/**
 * `eu2022`: Annex I of Council Recommendation 2022/C 243/02, its mandatory and optional elements.
 *
 * Sources: Council Recommendation of 16 June 2022 on a European approach to micro-credentials for lifelong
 * learning and employability, OJ C 243, 27.6.2022, pp. 10–25, CELEX 32022H0627(02),
 * https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022H0627(02); the element list is also quoted
 * in the Commission's slides (PLA Innsbruck, 12 December 2022) and the ACQF thematic brief 13 (January 2023).
 * The letters (a)–(k) are microcred's numbering of the Annex list. The Recommendation sets no numeric bound
 * on size. The "is this a micro-credential?" heuristics (NMC-01 to NMC-03) come from the ETF survey and the
 * ACQF global-trends slides; they only ever warn.
 *
 * @module
 */

import { eqfForQfEheaCycle } from '../../vocab/index.js';
import { defineProfile } from '../define-profile.js';
import type { CompletenessRule } from '../profile.js';
import { show, statedAmounts } from '../rules/amounts.js';
import { notAMicroCredentialRules } from './heuristics.js';
import { ectsWherePossible, issuedNotInFuture, notAttendanceOnly } from './shared-rules.js';

const positiveWorkload: CompletenessRule = {
  id: 'EU-g',
  element: 'g',
  severity: 'error',
  check: (ctx) => {
    const workload = ctx.draft.workload;
    if (workload === undefined) return [];
    return statedAmounts(ctx.draft)
      .filter((a) => a.amount.value.num === 0n)
      .map((a) => ({
        reason: 'credits_not_positive',
        params: { value: show(a.amount), unit: a.amount.unit },
        path: a.path,
      }));
  },
};

const consistentLevel: CompletenessRule = {
  id: 'EU-h2',
  element: 'h',
  severity: 'error',
  check: (ctx) => {
    const level = ctx.draft.level;
    if (level === undefined || 'notApplicable' in level || level.eqf === undefined || level.qfEhea === undefined) {
      return [];
    }
    const expected = eqfForQfEheaCycle(level.qfEhea);
    if (expected === level.eqf) return [];
    return [
      {
        reason: 'level_inconsistent',
        params: { eqf: String(level.eqf), cycle: level.qfEhea, expected: String(expected) },
        path: ['level'],
      },
    ];
  },
};

const assessed: CompletenessRule = {
  id: 'EU-i',
  element: 'i',
  severity: 'error',
  check: (ctx) => {
    const types = ctx.draft.assessment?.types ?? [];
    const at = types.indexOf('none');
    return at === -1 ? [] : [{ reason: 'assessment_none', path: ['assessment', 'types', at] }];
  },
};

/**
 * The `eu2022` profile: the eleven mandatory elements of Annex I (EU-a … EU-k), with EU-e (a date of issuing
 * later than `now` warns), EU-g (every stated amount above zero), EU-g2 (ECTS wherever possible), EU-h2 (EQF and
 * QF-EHEA cycle consistent), EU-i (not "none"), EU-i2 (attendance alone warns), the optional elements with
 * EU-o1 (supervision) and EU-o2 (stackability) limited to the Annex values, and the heuristics NMC-01 to NMC-03.
 *
 * @internal
 */
export const eu2022 = defineProfile({
  id: 'eu2022',
  version: '2022',
  title: 'Council Recommendation 2022/C 243/02, Annex I',
  sources: [
    {
      title:
        'Council Recommendation of 16 June 2022 on a European approach to micro-credentials (2022/C 243/02), Annex I',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022H0627(02)',
    },
  ],
  elements: {
    a: { requirement: 'mandatory', rule: 'EU-a' },
    b: { requirement: 'mandatory', rule: 'EU-b' },
    c: { requirement: 'mandatory', rule: 'EU-c' },
    d: { requirement: 'mandatory', rule: 'EU-d' },
    e: { requirement: 'mandatory', rule: 'EU-e' },
    f: { requirement: 'mandatory', rule: 'EU-f' },
    g: { requirement: 'mandatory', rule: 'EU-g' },
    h: { requirement: 'mandatory', rule: 'EU-h' },
    i: { requirement: 'mandatory', rule: 'EU-i' },
    j: { requirement: 'mandatory', rule: 'EU-j' },
    k: { requirement: 'mandatory', rule: 'EU-k' },
    prerequisites: { requirement: 'optional' },
    supervision: { requirement: 'optional', rule: 'EU-o1' },
    grade: { requirement: 'optional' },
    stackability: { requirement: 'optional', rule: 'EU-o2' },
    'further-information': { requirement: 'optional' },
  },
  rules: [
    issuedNotInFuture('EU-e'),
    positiveWorkload,
    ectsWherePossible('EU-g2'),
    consistentLevel,
    assessed,
    notAttendanceOnly('EU-i2', 'warning'),
    ...notAMicroCredentialRules,
  ],
});
