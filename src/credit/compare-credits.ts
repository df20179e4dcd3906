/**
 * Exact comparison of credit amounts of the same unit.
 *
 * @module
 */

import { type CreditAmount, checkAmount, checkPair } from './credit-amount.js';
import { compareRational } from './rational-arithmetic.js';

/**
 * Compares two credit amounts exactly (no epsilon), so "at least 15" accepts exactly 15.
 *
 * @param a - the left amount
 * @param b - the right amount, in the same unit
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`
 * @throws MicrocredCreditError `ERR_CREDIT_UNIT_MISMATCH` with `params: { left, right }` when the units differ;
 * `ERR_CREDIT_INVALID` when an argument is not a valid credit amount
 * @example
 * ```ts
 * import { compareCredits, parseCredit } from 'microcred';
 * compareCredits(parseCredit('2.50'), parseCredit('5/2')); // 0
 * compareCredits(parseCredit('1/3'), parseCredit('0.3333')); // 1
 * ```
 * @category Credits
 */
export function compareCredits(a: CreditAmount, b: CreditAmount): -1 | 0 | 1 {
  const [left, right] = checkPair(a, b);
  return compareRational(left.value, right.value);
}

/**
 * Returns the smallest of one or more amounts of the same unit (the first one among equals).
 *
 * @param first - the first amount
 * @param rest - more amounts, in the same unit
 * @returns the smallest amount, normalised
 * @throws MicrocredCreditError `ERR_CREDIT_UNIT_MISMATCH` when the units differ; `ERR_CREDIT_INVALID` when an
 * argument is not a valid credit amount
 * @example
 * ```ts
 * import { minCredit, parseCredit, formatCredit } from 'microcred';
 * formatCredit(minCredit(parseCredit('6'), parseCredit('4.5'), parseCredit('5'))); // '4.5'
 * ```
 * @category Credits
 */
export function minCredit(first: CreditAmount, ...rest: readonly CreditAmount[]): CreditAmount {
  return pick(first, rest, -1);
}

/**
 * Returns the largest of one or more amounts of the same unit (the first one among equals).
 *
 * @param first - the first amount
 * @param rest - more amounts, in the same unit
 * @returns the largest amount, normalised
 * @throws MicrocredCreditError `ERR_CREDIT_UNIT_MISMATCH` when the units differ; `ERR_CREDIT_INVALID` when an
 * argument is not a valid credit amount
 * @example
 * ```ts
 * import { maxCredit, parseCredit, formatCredit } from 'microcred';
 * formatCredit(maxCredit(parseCredit('6'), parseCredit('13/2'))); // '6.5'
 * ```
 * @category Credits
 */
export function maxCredit(first: CreditAmount, ...rest: readonly CreditAmount[]): CreditAmount {
  return pick(first, rest, 1);
}

function pick(first: CreditAmount, rest: readonly CreditAmount[], want: -1 | 1): CreditAmount {
  let best = checkAmount(first, 'first');
  for (const item of rest) {
    const [current, candidate] = checkPair(best, item);
    if (compareRational(candidate.value, current.value) === want) best = candidate;
  }
  return best;
}

/**
 * Tells whether a credit amount is exactly zero.
 *
 * @param a - the amount
 * @returns true when the value is 0
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` when `a` is not a valid credit amount
 * @example
 * ```ts
 * import { isZeroCredit, parseCredit } from 'microcred';
 * isZeroCredit(parseCredit('0.000')); // true
 * isZeroCredit(parseCredit('1/1000')); // false
 * ```
 * @category Credits
 */
export function isZeroCredit(a: CreditAmount): boolean {
  return checkAmount(a, 'a').value.num === 0n;
}
