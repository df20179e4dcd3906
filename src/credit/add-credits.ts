/**
 * Adds two credit amounts of the same unit.
 *
 * @module
 */

import { type CreditAmount, checkPair } from './credit-amount.js';
import { addRational } from './rational-arithmetic.js';

/**
 * Adds two credit amounts exactly. Both must be in the same unit: ECTS and ECVET, or ECTS and hours, are never
 * summed (convert first with {@link convertCredit}).
 *
 * @param a - the first amount
 * @param b - the second amount, in the same unit
 * @returns `a + b` in that unit
 * @throws MicrocredCreditError `ERR_CREDIT_UNIT_MISMATCH` with `params: { left, right }` when the units differ;
 * `ERR_CREDIT_INVALID` when an argument is not a valid credit amount
 * @example
 * ```ts
 * import { addCredits, parseCredit, formatCredit } from 'microcred';
 * formatCredit(addCredits(parseCredit('2.3'), parseCredit('6.1'))); // '8.4'
 * addCredits(parseCredit('5'), parseCredit('5', 'ECVET')); // throws ERR_CREDIT_UNIT_MISMATCH
 * ```
 * @category Credits
 */
export function addCredits(a: CreditAmount, b: CreditAmount): CreditAmount {
  const [left, right] = checkPair(a, b);
  return { value: addRational(left.value, right.value), unit: left.unit };
}
