/**
 * Test-only arbitraries and an independent oracle for the credit properties. Nothing here calls src/credit:
 * values are raw bigints and strings built in the test, compared by cross-multiplication or as scaled integers.
 */
import fc from 'fast-check';
import { CREDIT_UNITS, type CreditUnit } from '../../src/credit/index.js';

/** A raw fraction n/d (d > 0), not reduced, and its text. */
export interface RawFraction {
  readonly n: bigint;
  readonly d: bigint;
  readonly text: string;
}

/** A raw decimal string split into its whole and fractional digits. */
export interface RawDecimal {
  readonly whole: string;
  readonly fraction: string;
  readonly text: string;
}

const LIMIT = 10n ** 15n;

export const rawFraction: fc.Arbitrary<RawFraction> = fc
  .tuple(fc.bigInt({ min: 0n, max: LIMIT }), fc.bigInt({ min: 1n, max: LIMIT }))
  .map(([n, d]) => ({ n, d, text: `${n}/${d}` }));

/** Fractions with small parts, so that sums and products of several stay small and exercise reduction. */
export const smallFraction: fc.Arbitrary<RawFraction> = fc
  .tuple(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 1n, max: 60n }))
  .map(([n, d]) => ({ n, d, text: `${n}/${d}` }));

export const rawDecimal: fc.Arbitrary<RawDecimal> = fc
  .tuple(fc.stringMatching(/^[0-9]{1,15}$/), fc.stringMatching(/^[0-9]{0,15}$/))
  .map(([whole, fraction]) => ({ whole, fraction, text: fraction === '' ? whole : `${whole}.${fraction}` }));

/** A decimal or a fraction, as text with its exact value n/d. */
export const rawCredit: fc.Arbitrary<RawFraction> = fc.oneof(
  rawFraction,
  smallFraction,
  rawDecimal.map((x) => ({ n: decimalNumerator(x), d: 10n ** BigInt(x.fraction.length), text: x.text })),
);

export const unit: fc.Arbitrary<CreditUnit> = fc.oneof(
  fc.constantFrom(...CREDIT_UNITS),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/).map((name): CreditUnit => `custom:${name}`),
);

/** The integer whose digits are the decimal's digits: value = result / 10^fraction.length. */
export function decimalNumerator(x: RawDecimal): bigint {
  return BigInt(x.whole + x.fraction);
}

/** Euclid's algorithm, written for the tests. */
export function gcdOracle(a: bigint, b: bigint): bigint {
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  return y === 0n ? x : gcdOracle(y, x % y);
}

/** Whether num/den equals n/d, by cross-multiplication. */
export function sameValue(value: { readonly num: bigint; readonly den: bigint }, n: bigint, d: bigint): boolean {
  return value.num * d === n * value.den;
}

/** Whether num/den is in lowest terms with a positive denominator. */
export function isNormalised(value: { readonly num: bigint; readonly den: bigint }): boolean {
  return value.den > 0n && gcdOracle(value.num, value.den) === 1n;
}

/** The sign of a/b − c/d for positive b, d, by cross-multiplication. */
export function compareOracle(a: bigint, b: bigint, c: bigint, d: bigint): -1 | 0 | 1 {
  const diff = a * d - c * b;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** Compares two decimal strings as scaled integers, padding the fractional parts with zeros. */
export function compareDecimalStrings(x: RawDecimal, y: RawDecimal): -1 | 0 | 1 {
  const width = Math.max(x.fraction.length, y.fraction.length);
  const left = BigInt(x.whole + x.fraction.padEnd(width, '0'));
  const right = BigInt(y.whole + y.fraction.padEnd(width, '0'));
  return left < right ? -1 : left > right ? 1 : 0;
}
