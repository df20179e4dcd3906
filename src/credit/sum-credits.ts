/**
 * Sums a list of credit amounts of one unit.
 *
 * @module
 */

import { type CreditAmount, checkAmount } from './credit-amount.js';
import { creditInvalid, unitMismatch } from './credit-error.js';
import { ZERO } from './rational.js';
import { addRational } from './rational-arithmetic.js';
import { type CreditUnit, isCreditUnit } from './units.js';

/**
 * Sums credit amounts exactly. The result does not depend on the order of the list.
 *
 * Every amount must be in the same unit; when `unit` is given, that unit. An empty list sums to zero in `unit`,
 * and needs `unit`, since the library never guesses one.
 *
 * @param list - the amounts to sum
 * @param unit - the unit every amount must have; required when `list` is empty
 * @returns the exact total
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` with reason `empty` for an empty list without `unit`,
 * `not-a-list` when `list` is not an array, `unknown-unit` for an invalid `unit`, or an invalid amount;
 * `ERR_CREDIT_UNIT_MISMATCH` with `params: { left, right }` when two units differ
 * @example
 * ```ts
 * import { sumCredits, parseCredit, formatCredit } from 'microcred';
 * const parts = ['2.3', '6.1', '6.6'].map((s) => parseCredit(s));
 * formatCredit(sumCredits(parts)); // '15'
 * 2.3 + 6.1 + 6.6 === 15; // false
 * formatCredit(sumCredits([], 'ECTS')); // '0'
 * sumCredits([]); // throws ERR_CREDIT_INVALID
 * ```
 * @category Credits
 */
export function sumCredits(list: readonly CreditAmount[], unit?: CreditUnit): CreditAmount {
  if (!Array.isArray(list)) throw creditInvalid(list, 'not-a-list', 'expected an array of credit amounts');
  if (unit !== undefined && !isCreditUnit(unit)) throw creditInvalid(unit, 'unknown-unit', 'not a credit unit');
  let total = ZERO;
  let expected: CreditUnit | undefined = unit;
  list.forEach((item: unknown, index) => {
    const amount = checkAmount(item, `list[${index}]`);
    if (expected === undefined) expected = amount.unit;
    else if (amount.unit !== expected) throw unitMismatch(expected, amount.unit);
    total = addRational(total, amount.value);
  });
  if (expected === undefined) {
    throw creditInvalid(list, 'empty', 'an empty list has no unit; pass the unit as the second argument');
  }
  return { value: total, unit: expected };
}
