/**
 * The exact rational number behind every credit amount: a numerator and a denominator over `bigint`.
 *
 * @module
 */

import { creditInvalid } from './credit-error.js';

/**
 * An exact rational number `num / den` over `bigint`.
 *
 * Values built by this module are always normalised: `den > 0n`, `gcd(|num|, den) = 1n`, and zero is `0n / 1n`,
 * so two equal rationals have equal fields. Build one with {@link rational} or {@link parseRational}.
 *
 * @example
 * ```ts
 * import { rational, type Rational } from 'microcred';
 * const third: Rational = rational(2n, 6n);
 * third.den; // 3n
 * ```
 * @category Credits
 */
export interface Rational {
  /** The numerator; carries the sign. */
  readonly num: bigint;
  /** The denominator; always positive. */
  readonly den: bigint;
}

/** Greatest common divisor of two non-negative bigints. @internal */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/**
 * Builds the normalised rational `num / den`.
 *
 * The sign moves to the numerator and the fraction is reduced to lowest terms, so `rational(2n, -4n)` is
 * `-1/2`. Negative values are allowed here; credit amounts themselves are never negative.
 *
 * @param num - the numerator
 * @param den - the denominator, `1n` by default; must not be zero
 * @returns the normalised rational
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` (reason `not-a-bigint`) when `num` or `den` is not a
 * `bigint`, or (reason `zero-denominator`) when `den` is `0n`
 * @example
 * ```ts
 * import { rational, formatRational } from 'microcred';
 * formatRational(rational(10n, 4n)); // '2.5'
 * formatRational(rational(50n, 30n)); // '5/3'
 * rational(0n, -7n).den; // 1n
 * rational(1n, 0n); // throws ERR_CREDIT_INVALID
 * ```
 * @category Credits
 */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (typeof num !== 'bigint' || typeof den !== 'bigint') {
    throw creditInvalid(
      typeof num !== 'bigint' ? num : den,
      'not-a-bigint',
      'numerator and denominator must be bigints',
    );
  }
  if (den === 0n) throw creditInvalid(`${num}/${den}`, 'zero-denominator', 'the denominator is zero');
  const sign = den < 0n ? -1n : 1n;
  const n = num * sign;
  const d = den * sign;
  const g = gcd(n < 0n ? -n : n, d);
  return g === 1n ? { num: n, den: d } : { num: n / g, den: d / g };
}

/**
 * Checks that a value has the shape of a {@link Rational} (bigint fields, non-zero denominator) and returns it
 * normalised. Guards the public helpers against plain-JavaScript callers.
 *
 * @internal
 */
export function toRational(value: unknown, what: string): Rational {
  if (typeof value !== 'object' || value === null) {
    throw creditInvalid(value, 'not-a-rational', `${what} must be an object { num, den } of bigints`);
  }
  const { num, den } = value as { num?: unknown; den?: unknown };
  if (typeof num !== 'bigint' || typeof den !== 'bigint') {
    throw creditInvalid(value, 'not-a-rational', `${what} must have bigint fields num and den`);
  }
  if (den === 0n) throw creditInvalid(`${num}/${den}`, 'zero-denominator', `${what} has a zero denominator`);
  return den === 1n || (den > 0n && gcd(num < 0n ? -num : num, den) === 1n) ? { num, den } : rational(num, den);
}

/**
 * The rational zero, `0/1`.
 *
 * @example
 * ```ts
 * import { ZERO, formatRational } from 'microcred';
 * formatRational(ZERO); // '0'
 * ```
 * @category Credits
 */
export const ZERO: Rational = /* @__PURE__ */ Object.freeze({ num: 0n, den: 1n });

/**
 * The rational one, `1/1`.
 *
 * @example
 * ```ts
 * import { ONE, formatRational } from 'microcred';
 * formatRational(ONE); // '1'
 * ```
 * @category Credits
 */
export const ONE: Rational = /* @__PURE__ */ Object.freeze({ num: 1n, den: 1n });
