/**
 * `emcCmf`: the European MOOC Consortium's Common Microcredential Framework (2019).
 *
 * Sources: https://partners.futurelearn.com/hc/en-us/articles/7855343302162-Common-Microcredential-Framework-CMF ,
 * https://www.futurelearn.com/info/the-common-microcredential-framework . A CMF micro-credential takes 100–150
 * hours of study, is worth 4–6 ECTS (which the framework equates with 10–15 UK credits and 2–3 US credits), is
 * at EQF level 6 or 7 (4 or 5 accepted when the ECTS criteria are met), ends with a summative assessment with
 * reliable identity verification, and counts toward a degree; its transcript shows outcomes, study hours, EQF
 * level and credits. 100–150 h against 4–6 ECTS implies 25 h per ECTS: each number is checked as stated, and
 * neither is computed from the other unless the caller supplies a conversion table. Added to `eu2022`.
 *
 * @module
 */

import { extendProfile } from '../extend-profile.js';
import type { CompletenessRule, RuleContext, RuleFinding } from '../profile.js';
import { requireWorkloadRange } from '../rules/workload-range.js';
import { eu2022 } from './eu2022.js';
import { notAttendanceOnly } from './shared-rules.js';

const hours = requireWorkloadRange({ id: 'CMF-01', unit: 'HOURS', minimum: '100', maximum: '150' });
const credits = requireWorkloadRange({
  id: 'CMF-02',
  unit: 'ECTS',
  minimum: '4',
  maximum: '6',
  also: [
    { unit: 'UK-CATS', minimum: '10', maximum: '15' },
    { unit: 'US-SCH', minimum: '2', maximum: '3' },
  ],
});

/** Whether CMF-02 is met: undefined when it cannot be told (no workload, or a warning only). */
function ectsCriteriaMet(ctx: RuleContext): boolean | undefined {
  if (ctx.draft.workload === undefined) return undefined;
  const findings = credits.check(ctx);
  if (findings.some((f) => (f.severity ?? 'error') === 'error')) return false;
  return findings.some((f) => f.severity === 'warning') ? undefined : true;
}

const eqfLevel: CompletenessRule = {
  id: 'CMF-03',
  element: 'h',
  severity: 'error',
  check: (ctx): RuleFinding[] => {
    const level = ctx.draft.level;
    if (level === undefined) return [];
    if ('notApplicable' in level || level.eqf === undefined) return [{ reason: 'eqf_level_missing' }];
    const eqf = level.eqf;
    if (eqf === 6 || eqf === 7) return [];
    if (eqf === 4 || eqf === 5) {
      const met = ectsCriteriaMet(ctx);
      if (met === true)
        return [{ severity: 'info', reason: 'eqf_level_accepted_with_ects', params: { eqf: String(eqf) } }];
      if (met === false) return [{ reason: 'eqf_level_needs_ects', params: { eqf: String(eqf) } }];
      return [];
    }
    return [
      {
        reason: 'eqf_level_out_of_range',
        params: { eqf: String(eqf), minimum: '4', maximum: '7' },
        path: ['level', 'eqf'],
      },
    ];
  },
};

const identityVerified: CompletenessRule = {
  id: 'CMF-05',
  element: 'supervision',
  severity: 'error',
  check: (ctx) => {
    const supervision = ctx.draft.supervision;
    if (supervision === undefined || supervision.type === 'supervised-with-id-verification') return [];
    return [{ reason: 'identity_not_verified', params: { supervision: supervision.type } }];
  },
};

const countsTowardDegree: CompletenessRule = {
  id: 'CMF-06',
  element: 'stackability',
  severity: 'error',
  check: (ctx): RuleFinding[] => {
    const stackability = ctx.draft.stackability;
    if (stackability === undefined) {
      return ctx.state('stackability') === 'absent' ? [{ severity: 'warning', reason: 'element_missing' }] : [];
    }
    return stackability.type === 'stand-alone' ? [{ reason: 'not_stackable' }] : [];
  },
};

const transcript: CompletenessRule = {
  id: 'CMF-07',
  element: 'g',
  severity: 'error',
  check: (ctx): RuleFinding[] => {
    const workload = ctx.draft.workload;
    if (workload === undefined) return [];
    const out: RuleFinding[] = [];
    if (workload.hours === undefined && !(workload.credits ?? []).some((c) => c.unit === 'HOURS')) {
      out.push({ reason: 'workload_hours_missing' });
    }
    if (!(workload.credits ?? []).some((c) => c.unit === 'ECTS')) out.push({ reason: 'workload_ects_missing' });
    return out;
  },
};

/**
 * The `emcCmf` profile.
 *
 * @internal
 */
export const emcCmf = extendProfile(eu2022, {
  id: 'emcCmf',
  version: '2019',
  title: 'European MOOC Consortium Common Microcredential Framework',
  sources: [
    {
      title: 'European MOOC Consortium, Common Microcredential Framework (2019)',
      url: 'https://www.futurelearn.com/info/the-common-microcredential-framework',
    },
  ],
  elements: {
    supervision: { requirement: 'mandatory', rule: 'CMF-05' },
  },
  rules: [
    hours,
    credits,
    eqfLevel,
    notAttendanceOnly('CMF-04', 'error'),
    identityVerified,
    countsTowardDegree,
    transcript,
  ],
});
