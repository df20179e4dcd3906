/**
 * Rounds a credit amount to a multiple of a step, only when a policy asks for it.
 *
 * @module
 */

import { type CreditAmount, checkAmount } from './credit-amount.js';
import { creditInvalid } from './credit-error.js';
import { parseRational } from './parse-rational.js';
import { rational } from './rational.js';
import { compareRational, divRational, mulRational } from './rational-arithmetic.js';

/**
 * How {@link roundCredit} picks a multiple of the step: `floor` (down), `ceil` (up), `half-up` (nearest, ties
 * up) or `half-even` (nearest, ties to the even multiple).
 *
 * @example
 * ```ts
 * import type { CreditRoundingMode } from 'microcred';
 * const mode: CreditRoundingMode = 'floor';
 * ```
 * @category Credits
 */
export type CreditRoundingMode = 'floor' | 'ceil' | 'half-up' | 'half-even';

/**
 * Options of {@link roundCredit}.
 *
 * @example
 * ```ts
 * import type { RoundCreditOptions } from 'microcred';
 * const halves: RoundCreditOptions = { step: '0.5', mode: 'floor' };
 * ```
 * @category Credits
 */
export interface RoundCreditOptions {
  /** The step, an exact decimal or fraction string > 0: the result is a whole multiple of it. */
  readonly step: string;
  /** How to pick the multiple. */
  readonly mode: CreditRoundingMode;
}

/**
 * The result of {@link roundCredit}: the rounded amount and the exact amount before, to report the rounding.
 *
 * @example
 * ```ts
 * import { roundCredit, parseCredit, type RoundCreditResult } from 'microcred';
 * const result: RoundCreditResult = roundCredit(parseCredit('4/3'), { step: '1', mode: 'ceil' });
 * result.changed; // true
 * ```
 * @category Credits
 */
export interface RoundCreditResult {
  /** The rounded amount, a whole multiple of the step, in the same unit. */
  readonly amount: CreditAmount;
  /** Whether rounding changed the value. */
  readonly changed: boolean;
  /** The exact amount before rounding. */
  readonly before: CreditAmount;
}

const MODES: ReadonlySet<string> = new Set<CreditRoundingMode>(['floor', 'ceil', 'half-up', 'half-even']);

/**
 * Rounds a credit amount exactly to a whole multiple of `step`. Round only where a policy asks, and report the
 * change with `before` and `amount`.
 *
 * @param amount - the amount to round
 * @param options - the step and the rounding mode
 * @returns the rounded amount, whether it changed, and the exact amount before
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` with reason `zero-step` for a zero step, `invalid-mode` for an
 * unknown mode, `not-an-object` for missing options, a reason of {@link parseRational} for a malformed step, or
 * an invalid amount; `ERR_CREDIT_PRECISION` for a step past the size limits
 * @example
 * ```ts
 * import { roundCredit, parseCredit, formatCredit } from 'microcred';
 * const third = parseCredit('4/3');
 * formatCredit(roundCredit(third, { step: '0.5', mode: 'floor' }).amount); // '1'
 * formatCredit(roundCredit(parseCredit('2.25'), { step: '0.5', mode: 'half-up' }).amount); // '2.5'
 * formatCredit(roundCredit(parseCredit('2.25'), { step: '0.5', mode: 'half-even' }).amount); // '2'
 * roundCredit(parseCredit('3'), { step: '0.5', mode: 'ceil' }).changed; // false
 * ```
 * @category Credits
 */
export function roundCredit(amount: CreditAmount, options: RoundCreditOptions): RoundCreditResult {
  const before = checkAmount(amount, 'amount');
  if (typeof options !== 'object' || options === null) {
    throw creditInvalid(options, 'not-an-object', 'rounding options { step, mode } are required');
  }
  const { step: stepText, mode } = options;
  if (!MODES.has(mode)) {
    throw creditInvalid(mode, 'invalid-mode', 'the mode must be floor, ceil, half-up or half-even', {
      field: 'mode',
    });
  }
  const step = parseRational(stepText);
  if (step.num === 0n) throw creditInvalid(stepText, 'zero-step', 'the step must be greater than zero');
  const { num, den } = divRational(before.value, step);
  const whole = num / den;
  const twice = 2n * (num % den);
  let multiple = whole;
  if (mode === 'ceil') multiple = twice === 0n ? whole : whole + 1n;
  else if (mode === 'half-up') multiple = twice >= den ? whole + 1n : whole;
  else if (mode === 'half-even') {
    multiple = twice > den || (twice === den && whole % 2n === 1n) ? whole + 1n : whole;
  }
  const value = mulRational(rational(multiple), step);
  const rounded: CreditAmount = { value, unit: before.unit };
  return { amount: rounded, changed: compareRational(value, before.value) !== 0, before };
}
