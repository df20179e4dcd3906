/**
 * Writes a {@link Rational} in its one canonical, exact string form.
 *
 * @module
 */

import { type Rational, toRational } from './rational.js';

/**
 * Writes a rational exactly, in canonical form.
 *
 * When the reduced denominator has no prime factor other than 2 and 5, the value is written as a plain decimal:
 * no exponent, no trailing zeros, no trailing point, `0` for zero (`"4.5"`, `"20"`, `"0.125"`). Otherwise it is
 * written as `num/den` in lowest terms (`"5/3"`). Negative values get a leading `-`. The output of a non-negative
 * value is accepted back by {@link parseRational} while it stays within the size limits.
 *
 * @param r - the rational to write
 * @returns the canonical string
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` (reason `not-a-rational` or `zero-denominator`) when `r` is
 * not a rational
 * @example
 * ```ts
 * import { formatRational, rational } from 'microcred';
 * formatRational(rational(1n, 8n)); // '0.125'
 * formatRational(rational(4n, 3n)); // '4/3'
 * formatRational(rational(-3n, 2n)); // '-1.5'
 * ```
 * @category Credits
 */
export function formatRational(r: Rational): string {
  const { num, den } = toRational(r, 'r');
  const digits = decimalPlaces(den);
  if (digits === undefined) return `${num}/${den}`;
  const negative = num < 0n;
  const scaled = ((negative ? -num : num) * 10n ** BigInt(digits)) / den;
  const text = scaled.toString().padStart(digits + 1, '0');
  const cut = text.length - digits;
  const body = digits === 0 ? text : `${text.slice(0, cut)}.${text.slice(cut)}`;
  return negative ? `-${body}` : body;
}

/**
 * The number of decimal places of `1/den` when it terminates (den = 2^a · 5^b gives max(a, b)), else `undefined`.
 *
 * @internal
 */
export function decimalPlaces(den: bigint): number | undefined {
  let rest = den;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos += 1;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives += 1;
  }
  return rest === 1n ? Math.max(twos, fives) : undefined;
}
