/**
 * An approximate JS number for a credit amount, for display and sorting only.
 *
 * @module
 */

import { type CreditAmount, checkAmount } from './credit-amount.js';

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const SIGNIFICANT = 20;

/**
 * Returns the nearest JS number to a credit amount, approximately. For display and sorting only: never use it
 * in a decision (two different amounts can give the same number). Compare with {@link compareCredits} and
 * write with {@link formatCredit}.
 *
 * @param amount - the amount
 * @returns an approximation of the value (exact when it is representable, such as `7.5`)
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` when `amount` is not a valid credit amount
 * @example
 * ```ts
 * import { creditToNumber, parseCredit } from 'microcred';
 * creditToNumber(parseCredit('7.5')); // 7.5
 * creditToNumber(parseCredit('5/3')).toFixed(2); // '1.67'
 * ```
 * @category Credits
 */
export function creditToNumber(amount: CreditAmount): number {
  const { num, den } = checkAmount(amount, 'amount').value;
  if (num <= SAFE && den <= SAFE) return Number(num) / Number(den);
  const shift = Math.max(0, den.toString().length - num.toString().length + SIGNIFICANT);
  return Number(`${(num * 10n ** BigInt(shift)) / den}e-${shift}`);
}
