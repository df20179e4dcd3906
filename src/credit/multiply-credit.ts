/**
 * Scales a credit amount by an exact, non-negative factor.
 *
 * @module
 */

import { type CreditAmount, checkAmount } from './credit-amount.js';
import { creditInvalid } from './credit-error.js';
import { parseRational } from './parse-rational.js';
import { type Rational, toRational } from './rational.js';
import { mulRational } from './rational-arithmetic.js';

/**
 * Multiplies a credit amount by an exact factor, keeping its unit (a share of a target, a programme factor).
 *
 * @param a - the amount
 * @param factor - a non-negative {@link Rational}, or a decimal or fraction string read by {@link parseRational}
 * @returns `a × factor` in the unit of `a`
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` when the factor is negative (reason `negative`), malformed,
 * or not a rational, or when `a` is not a valid amount; `ERR_CREDIT_PRECISION` for a factor string past the limits
 * @example
 * ```ts
 * import { multiplyCredit, parseCredit, formatCredit } from 'microcred';
 * formatCredit(multiplyCredit(parseCredit('30'), '0.75')); // '22.5'
 * formatCredit(multiplyCredit(parseCredit('180'), { num: 1n, den: 7n })); // '180/7'
 * ```
 * @category Credits
 */
export function multiplyCredit(a: CreditAmount, factor: Rational | string): CreditAmount {
  const amount = checkAmount(a, 'a');
  const f = typeof factor === 'string' ? parseRational(factor) : toRational(factor, 'factor');
  if (f.num < 0n) throw creditInvalid(`${f.num}/${f.den}`, 'negative', 'the factor cannot be negative');
  return { value: mulRational(amount.value, f), unit: amount.unit };
}
