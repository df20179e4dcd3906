/**
 * Reads a credit amount from a string or a JS number, exactly.
 *
 * @module
 */

import type { CreditAmount } from './credit-amount.js';
import { creditInvalid } from './credit-error.js';
import { numberToDecimal } from './number-to-decimal.js';
import { readRational } from './parse-rational.js';
import { type CreditUnit, isCreditUnit } from './units.js';

/**
 * Reads an exact, non-negative credit amount.
 *
 * A string is a decimal (`"2.30"`) or a fraction (`"5/3"`, non-zero denominator), with no sign, whitespace or
 * exponent, and no bare `.5` or `5.`. A JS number must be finite and ≥ 0 (`-0` reads as 0); it is read exactly
 * through its shortest round-trip decimal (`String(n)`, exponent forms such as `1e-7` expanded), so `0.1` is
 * exactly 1/10 and `2.3 + 6.1 + 6.6` credits sum to exactly 15. Strings are limited to
 * {@link MAX_CREDIT_STRING_LENGTH} characters (checked first) and decimals to
 * {@link MAX_CREDIT_FRACTION_DIGITS} fractional digits; a number is held to the same limits through its
 * expanded decimal. `parseCredit(formatCredit(x), x.unit)` gives back `x` whenever `formatCredit(x)` is within
 * these limits.
 *
 * @param value - a decimal or fraction string, or a finite non-negative number
 * @param unit - the credit unit, `ECTS` by default
 * @returns the exact amount
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` with `params: { input, reason }`, reason one of
 * `not-a-string-or-number`, `not-finite`, `negative`, `empty`, `whitespace`, `sign`, `exponent`,
 * `zero-denominator`, `malformed`, `unknown-unit` (then `input` is the unit);
 * `ERR_CREDIT_PRECISION` with `params: { input, reason, limit }`, reason `too-long` or `too-many-fraction-digits`
 * @example
 * ```ts
 * import { parseCredit, formatCredit, sumCredits } from 'microcred';
 * formatCredit(parseCredit('2.50')); // '2.5'
 * formatCredit(parseCredit('50/30', 'HOURS'), { withUnit: true }); // '5/3 HOURS'
 * formatCredit(sumCredits([parseCredit(2.3), parseCredit(6.1), parseCredit(6.6)])); // '15'
 * parseCredit('-0'); // throws ERR_CREDIT_INVALID
 * parseCredit('1.5e1'); // throws ERR_CREDIT_INVALID
 * parseCredit(`0.${'1'.repeat(31)}`); // throws ERR_CREDIT_PRECISION
 * ```
 * @category Credits
 */
export function parseCredit(value: string | number, unit: CreditUnit = 'ECTS'): CreditAmount {
  if (!isCreditUnit(unit)) throw creditInvalid(unit, 'unknown-unit', 'not a credit unit');
  if (typeof value === 'string') return { value: readRational(value, value), unit };
  if (typeof value !== 'number') {
    throw creditInvalid(value, 'not-a-string-or-number', 'expected a decimal string, a fraction string or a number');
  }
  if (!Number.isFinite(value)) throw creditInvalid(value, 'not-finite', 'the number is not finite');
  if (value < 0) throw creditInvalid(value, 'negative', 'credits cannot be negative');
  return { value: readRational(numberToDecimal(value), value), unit };
}
