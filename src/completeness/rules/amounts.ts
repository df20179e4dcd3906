/**
 * The amounts a workload states, read exactly, and their conversion by the caller's table.
 *
 * @module
 */

import {
  type ConversionTable,
  type CreditAmount,
  type CreditUnit,
  convertCredit,
  formatCredit,
  parseCredit,
} from '../../credit/index.js';
import type { Workload } from '../../model/workload.js';

/** One amount as the workload states it, with where it is. */
export interface StatedAmount {
  readonly amount: CreditAmount;
  readonly path: readonly (string | number)[];
}

const cache = new WeakMap<object, readonly StatedAmount[]>();

/**
 * Every amount the workload states: its credits in order, then its notional hours (as `HOURS`). Read once per
 * check, however many rules ask: the cache is keyed by the checker's draft object, which each check builds
 * afresh, so a caller who edits a draft in place between two checks never sees stale amounts.
 */
export function statedAmounts(draft: { readonly workload?: Workload }): readonly StatedAmount[] {
  const cached = cache.get(draft);
  if (cached !== undefined) return cached;
  const workload = draft.workload;
  const out: StatedAmount[] = [];
  if (workload === undefined) return out;
  for (const [i, credit] of (workload.credits ?? []).entries()) {
    out.push({ amount: parseCredit(credit.value, credit.unit), path: ['workload', 'credits', i] });
  }
  if (workload.hours !== undefined) {
    out.push({ amount: parseCredit(workload.hours, 'HOURS'), path: ['workload', 'hours'] });
  }
  cache.set(draft, out);
  return out;
}

/** The stated units, each once, in order. */
export function statedUnits(amounts: readonly StatedAmount[]): string[] {
  return [...new Set(amounts.map((a) => a.amount.unit))];
}

/** The amount in `unit` converted from the first stated amount the table can convert, or why not. */
export function convertFirst(
  amounts: readonly StatedAmount[],
  unit: CreditUnit,
  table: ConversionTable,
): { readonly from: StatedAmount; readonly amount: CreditAmount } | undefined {
  for (const from of amounts) {
    try {
      return { from, amount: convertCredit(from.amount, unit, table) };
    } catch {
      // not convertible with this table: try the next stated amount
    }
  }
  return undefined;
}

/** An amount written for a report: the exact value (`4.999`, `5/3`). */
export function show(amount: CreditAmount): string {
  return formatCredit(amount);
}
