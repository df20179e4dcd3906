/**
 * Subtracts one credit amount from another of the same unit.
 *
 * @module
 */

import { MicrocredCreditError } from '../errors.js';
import { type CreditAmount, checkPair } from './credit-amount.js';
import { formatRational } from './format-rational.js';
import { subRational } from './rational-arithmetic.js';

/**
 * Subtracts `b` from `a` exactly. Credit amounts are never negative, so `b` must not exceed `a`; to compute a
 * shortfall clamped at zero, compare first with {@link compareCredits}.
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract, in the same unit, at most `a`
 * @returns `a - b` in that unit
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` with `params: { left, right, reason: 'negative-result' }`
 * when `b > a`; `ERR_CREDIT_UNIT_MISMATCH` with `params: { left, right }` when the units differ;
 * `ERR_CREDIT_INVALID` when an argument is not a valid credit amount
 * @example
 * ```ts
 * import { subtractCredits, parseCredit, formatCredit } from 'microcred';
 * formatCredit(subtractCredits(parseCredit('15'), parseCredit('2.5'))); // '12.5'
 * subtractCredits(parseCredit('1'), parseCredit('2')); // throws ERR_CREDIT_INVALID
 * ```
 * @category Credits
 */
export function subtractCredits(a: CreditAmount, b: CreditAmount): CreditAmount {
  const [left, right] = checkPair(a, b);
  const value = subRational(left.value, right.value);
  if (value.num < 0n) {
    const l = formatRational(left.value);
    const r = formatRational(right.value);
    throw new MicrocredCreditError(
      'ERR_CREDIT_INVALID',
      `Cannot subtract ${r} ${right.unit} from ${l} ${left.unit}: credits cannot be negative`,
      { left: l, right: r, unit: left.unit, reason: 'negative-result' },
    );
  }
  return { value, unit: left.unit };
}
