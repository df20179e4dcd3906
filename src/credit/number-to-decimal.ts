/**
 * Expands a finite, non-negative JS number to the plain decimal of its shortest round-trip form.
 *
 * @module
 * @internal
 */

import { creditInvalid } from './credit-error.js';

const SHORTEST = /^([0-9]+)(?:\.([0-9]+))?(?:e([+-][0-9]+))?$/;

/**
 * Writes `n` (finite, ≥ 0) as a plain decimal string without exponent: `1e-7` gives `"0.0000001"`, `1e+21`
 * gives `"1000000000000000000000"`, `-0` gives `"0"`. The digits are those of `String(n)`, so `0.1` is exactly
 * one tenth.
 *
 * @internal
 */
export function numberToDecimal(n: number): string {
  const shortest = SHORTEST.exec(String(n));
  /* v8 ignore next -- String() of a finite, non-negative number always matches */
  if (shortest === null) throw creditInvalid(n, 'malformed', 'expected a finite, non-negative number');
  const whole = shortest[1] ?? '0';
  const fraction = shortest[2] ?? '';
  const exponent = Number(shortest[3] ?? '0');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
