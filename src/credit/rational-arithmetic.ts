/**
 * Exact arithmetic and comparison on {@link Rational}s. Every result is normalised; nothing is rounded.
 *
 * @module
 */

import { creditInvalid } from './credit-error.js';
import { type Rational, rational, toRational } from './rational.js';

/**
 * Adds two rationals exactly.
 *
 * @param a - the first addend
 * @param b - the second addend
 * @returns `a + b`, normalised
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` (reason `not-a-rational` or `zero-denominator`) when an
 * argument is not a rational
 * @example
 * ```ts
 * import { addRational, parseRational, formatRational } from 'microcred';
 * formatRational(addRational(parseRational('1/3'), parseRational('1/6'))); // '0.5'
 * ```
 * @category Credits
 */
export function addRational(a: Rational, b: Rational): Rational {
  const x = toRational(a, 'a');
  const y = toRational(b, 'b');
  if (x.den === y.den) return rational(x.num + y.num, x.den);
  return rational(x.num * y.den + y.num * x.den, x.den * y.den);
}

/**
 * Subtracts one rational from another exactly. The result may be negative.
 *
 * @param a - the minuend
 * @param b - the subtrahend
 * @returns `a - b`, normalised
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` (reason `not-a-rational` or `zero-denominator`) when an
 * argument is not a rational
 * @example
 * ```ts
 * import { subRational, parseRational, formatRational } from 'microcred';
 * formatRational(subRational(parseRational('1'), parseRational('1/3'))); // '2/3'
 * formatRational(subRational(parseRational('1'), parseRational('1.5'))); // '-0.5'
 * ```
 * @category Credits
 */
export function subRational(a: Rational, b: Rational): Rational {
  const x = toRational(a, 'a');
  const y = toRational(b, 'b');
  if (x.den === y.den) return rational(x.num - y.num, x.den);
  return rational(x.num * y.den - y.num * x.den, x.den * y.den);
}

/**
 * Multiplies two rationals exactly.
 *
 * @param a - the first factor
 * @param b - the second factor
 * @returns `a × b`, normalised
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` (reason `not-a-rational` or `zero-denominator`) when an
 * argument is not a rational
 * @example
 * ```ts
 * import { mulRational, parseRational, formatRational } from 'microcred';
 * formatRational(mulRational(parseRational('0.75'), parseRational('4/3'))); // '1'
 * ```
 * @category Credits
 */
export function mulRational(a: Rational, b: Rational): Rational {
  const x = toRational(a, 'a');
  const y = toRational(b, 'b');
  return rational(x.num * y.num, x.den * y.den);
}

/**
 * Divides one rational by another exactly.
 *
 * @param a - the dividend
 * @param b - the divisor; must not be zero
 * @returns `a ÷ b`, normalised
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` with reason `division-by-zero` when `b` is zero, or
 * `not-a-rational` / `zero-denominator` when an argument is not a rational
 * @example
 * ```ts
 * import { divRational, parseRational, formatRational, ZERO } from 'microcred';
 * formatRational(divRational(parseRational('50'), parseRational('30'))); // '5/3'
 * divRational(parseRational('1'), ZERO); // throws ERR_CREDIT_INVALID
 * ```
 * @category Credits
 */
export function divRational(a: Rational, b: Rational): Rational {
  const x = toRational(a, 'a');
  const y = toRational(b, 'b');
  if (y.num === 0n) throw creditInvalid(`${x.num}/${x.den}`, 'division-by-zero', 'division by zero');
  return rational(x.num * y.den, x.den * y.num);
}

/**
 * Compares two rationals exactly, by cross-multiplication (no epsilon, no floating point).
 *
 * @param a - the left operand
 * @param b - the right operand
 * @returns `-1` when `a < b`, `0` when they are equal, `1` when `a > b`
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` (reason `not-a-rational` or `zero-denominator`) when an
 * argument is not a rational
 * @example
 * ```ts
 * import { compareRational, parseRational } from 'microcred';
 * compareRational(parseRational('0.5'), parseRational('1/2')); // 0
 * compareRational(parseRational('1/3'), parseRational('0.333')); // 1
 * ```
 * @category Credits
 */
export function compareRational(a: Rational, b: Rational): -1 | 0 | 1 {
  const x = toRational(a, 'a');
  const y = toRational(b, 'b');
  const left = x.num * y.den;
  const right = y.num * x.den;
  return left < right ? -1 : left > right ? 1 : 0;
}
