/**
 * Writes a credit amount in its canonical, exact string form.
 *
 * @module
 */

import { type CreditAmount, checkAmount } from './credit-amount.js';
import { formatRational } from './format-rational.js';

/**
 * Options of {@link formatCredit}.
 *
 * @example
 * ```ts
 * import type { FormatCreditOptions } from 'microcred';
 * const options: FormatCreditOptions = { withUnit: true };
 * ```
 * @category Credits
 */
export interface FormatCreditOptions {
  /** Append the unit after a space (`"5/3 ECTS"`). Off by default. */
  readonly withUnit?: boolean;
}

/**
 * Writes a credit amount exactly: a plain decimal when it terminates (no exponent, no trailing zeros, `0` for
 * zero), otherwise `num/den` in lowest terms. This is the form the model stores; {@link parseCredit} reads it
 * back to the same amount (while within its size limits).
 *
 * @param amount - the amount to write
 * @param options - `withUnit` appends the unit
 * @returns the canonical string, such as `"7.5"`, `"5/3"` or `"5/3 ECTS"`
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` when `amount` is not a valid credit amount
 * @example
 * ```ts
 * import { formatCredit, parseCredit } from 'microcred';
 * formatCredit(parseCredit('7.50')); // '7.5'
 * formatCredit(parseCredit('0.0')); // '0'
 * formatCredit(parseCredit(1e21)); // '1000000000000000000000'
 * formatCredit(parseCredit('50/30'), { withUnit: true }); // '5/3 ECTS'
 * ```
 * @category Credits
 */
export function formatCredit(amount: CreditAmount, options?: FormatCreditOptions): string {
  const { value, unit } = checkAmount(amount, 'amount');
  const text = formatRational(value);
  return options?.withUnit === true ? `${text} ${unit}` : text;
}
