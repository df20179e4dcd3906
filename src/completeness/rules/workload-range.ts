/**
 * A numeric bound on the workload, in one unit, inclusive and exact.
 *
 * @module
 */

import { type CreditUnit, compareCredits, isZeroCredit, parseCredit } from '../../credit/index.js';
import { MicrocredOptionsError } from '../../errors.js';
import type { CompletenessRule, RuleContext, RuleFinding } from '../profile.js';
import type { Severity } from '../statuses.js';
import { convertFirst, type StatedAmount, show, statedAmounts, statedUnits } from './amounts.js';

/**
 * Bounds in one unit: inclusive `minimum` and `maximum` as exact decimal or fraction strings, and `positive` for
 * "greater than zero".
 *
 * @example
 * ```ts
 * import type { WorkloadBounds } from 'microcred';
 * const b: WorkloadBounds = { unit: 'ECTS', minimum: '5', maximum: '30' };
 * ```
 * @category Completeness
 */
export interface WorkloadBounds {
  readonly unit: CreditUnit;
  readonly minimum?: string;
  readonly maximum?: string;
  readonly positive?: boolean;
}

/**
 * The options of `requireWorkloadRange`: the rule id, the bounds in the profile's unit, bounds the source states
 * for other units (checked as stated, never converted), and the severity (`error` by default).
 *
 * @example
 * ```ts
 * import type { WorkloadRangeOptions } from 'microcred';
 * const o: WorkloadRangeOptions = { id: 'CMF-02', unit: 'ECTS', minimum: '4', maximum: '6', also: [{ unit: 'UK-CATS', minimum: '10', maximum: '15' }] };
 * ```
 * @category Completeness
 */
export interface WorkloadRangeOptions extends WorkloadBounds {
  readonly id: string;
  readonly also?: readonly WorkloadBounds[];
  readonly severity?: Severity;
}

function bound(value: string | undefined, unit: CreditUnit, option: string) {
  if (value === undefined) return undefined;
  try {
    return parseCredit(value, unit);
  } catch (cause) {
    throw new MicrocredOptionsError(option, 'must be an exact decimal or fraction string', { cause });
  }
}

function compile(b: WorkloadBounds, prefix: string) {
  return {
    unit: b.unit,
    minimum: bound(b.minimum, b.unit, `${prefix}minimum`),
    maximum: bound(b.maximum, b.unit, `${prefix}maximum`),
    positive: b.positive === true,
  };
}

type Compiled = ReturnType<typeof compile>;

function judge(b: Compiled, stated: StatedAmount['amount'], path: StatedAmount['path']): RuleFinding[] {
  const value = show(stated);
  if (b.positive && isZeroCredit(stated)) {
    return [{ reason: 'credits_not_positive', params: { value, unit: b.unit }, path }];
  }
  if (b.minimum !== undefined && compareCredits(stated, b.minimum) < 0) {
    return [{ reason: 'credits_below_minimum', params: { value, unit: b.unit, minimum: show(b.minimum) }, path }];
  }
  if (b.maximum !== undefined && compareCredits(stated, b.maximum) > 0) {
    return [{ reason: 'credits_above_maximum', params: { value, unit: b.unit, maximum: show(b.maximum) }, path }];
  }
  return [];
}

function evaluate(ctx: RuleContext, main: Compiled, others: readonly Compiled[]): RuleFinding[] {
  const workload = ctx.draft.workload;
  if (workload === undefined) return [];
  const amounts = statedAmounts(ctx.draft);
  const findings: RuleFinding[] = [];
  let judged = false;
  for (const b of [main, ...others]) {
    for (const a of amounts.filter((x) => x.amount.unit === b.unit)) {
      judged = true;
      findings.push(...judge(b, a.amount, a.path));
    }
  }
  if (judged) return findings;
  const stated = statedUnits(amounts);
  if (ctx.conversion === undefined) {
    return [{ severity: 'warning', reason: 'credits_conversion_needed', params: { unit: main.unit, units: stated } }];
  }
  const converted = convertFirst(amounts, main.unit, ctx.conversion);
  if (converted === undefined) {
    return [{ severity: 'warning', reason: 'credits_not_convertible', params: { unit: main.unit, units: stated } }];
  }
  const { from, amount } = converted;
  const note: RuleFinding = {
    severity: 'info',
    reason: 'credits_converted',
    params: { from: show(from.amount), fromUnit: from.amount.unit, value: show(amount), unit: main.unit },
    path: from.path,
  };
  return [...judge(main, amount, from.path), note];
}

/**
 * A rule that bounds the workload in one unit, inclusive and exact (`4.999` is below 5; `5` and `30` pass; `30.001`
 * does not). Amounts stated in the rule's unit, or in a unit of `also`, are checked as stated. When the workload
 * states neither, the first stated amount the caller's conversion table can convert is converted exactly and
 * checked (with an information finding showing the conversion); without a table, or without a factor, the rule
 * reports that it cannot be evaluated (warning). An absent or invalid workload is left to the presence rules.
 *
 * @param options - rule id, unit, bounds, bounds in other units, severity
 * @returns the rule, for element `g`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when a bound is not an exact non-negative number string
 * @example
 * ```ts
 * import { checkCompleteness, defineProfile, requireWorkloadRange } from 'microcred';
 * const profile = defineProfile({
 *   id: 'acme',
 *   version: '1',
 *   title: 'ACME',
 *   elements: { g: { requirement: 'mandatory' } },
 *   rules: [requireWorkloadRange({ id: 'ACME-1', unit: 'HOURS', minimum: '10' })],
 * });
 * checkCompleteness({ workload: { hours: '9.5' } }, { profile }).verdict; // 'incomplete'
 * ```
 * @category Completeness
 */
export function requireWorkloadRange(options: WorkloadRangeOptions): CompletenessRule {
  const main = compile(options, '');
  const others = (options.also ?? []).map((b, i) => compile(b, `also.${i}.`));
  return {
    id: options.id,
    element: 'g',
    severity: options.severity ?? 'error',
    check: (ctx) => evaluate(ctx, main, others),
  };
}
