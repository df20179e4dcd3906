/**
 * Rule factories that several built-in profiles share under their own ids: a date of issuing later than `now`
 * (EU-e, MB-05), a workload not in ECTS (EU-g2, MB-06), attendance as the only assessment (EU-i2, CMF-04,
 * AU-04).
 *
 * @module
 */

import type { CompletenessRule, RuleFinding } from '../profile.js';
import { statedAmounts } from '../rules/amounts.js';
import { isLaterThan } from '../rules/dates.js';

/** EU-e: a date of issuing later than `now` is a warning; without `now` that is not evaluated. */
export const issuedNotInFuture = (id: string): CompletenessRule => ({
  id,
  element: 'e',
  severity: 'warning',
  check: (ctx) => {
    const issued = ctx.draft.issued;
    if (issued === undefined) return [];
    if (ctx.now === undefined) return [{ severity: 'info', reason: 'reference_date_missing' }];
    return isLaterThan(issued, ctx.now)
      ? [{ reason: 'date_in_future', params: { date: issued, now: ctx.now.toISOString() } }]
      : [];
  },
});

/** EU-g2 and MB-06: workload not expressed in ECTS, which the Annex asks for "wherever possible". */
export const ectsWherePossible = (id: string): CompletenessRule => ({
  id,
  element: 'g',
  severity: 'warning',
  check: (ctx) => {
    const workload = ctx.draft.workload;
    if (workload === undefined) return [];
    const units = statedAmounts(ctx.draft).map((a) => a.amount.unit);
    return units.includes('ECTS') ? [] : [{ reason: 'workload_not_in_ects', params: { units: [...new Set(units)] } }];
  },
});

/** EU-i2, AU-04, CMF-04: the only assessment is attendance (or "none"). */
export const notAttendanceOnly = (id: string, severity: 'error' | 'warning'): CompletenessRule => ({
  id,
  element: 'i',
  severity,
  check: (ctx): RuleFinding[] => {
    const types = ctx.draft.assessment?.types;
    if (types === undefined || !types.includes('level-of-attendance')) return [];
    const other = types.some((t) => t !== 'level-of-attendance' && t !== 'none');
    return other ? [] : [{ reason: 'assessment_attendance_only', path: ['assessment', 'types'] }];
  },
});
