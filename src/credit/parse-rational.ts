/**
 * Reads the two exact notations of a credit value: a plain decimal (`2.5`) and a fraction (`5/3`).
 *
 * @module
 */

import { creditInvalid, creditPrecision } from './credit-error.js';
import { type Rational, rational } from './rational.js';

/**
 * The longest credit string accepted, in characters (64). Longer input is refused before it is read, so hostile
 * input cannot make huge bigints. A JS number is held to the same limit through its exact decimal form.
 *
 * @example
 * ```ts
 * import { MAX_CREDIT_STRING_LENGTH, parseRational } from 'microcred';
 * parseRational('1'.repeat(MAX_CREDIT_STRING_LENGTH)).den; // 1n
 * parseRational('1'.repeat(MAX_CREDIT_STRING_LENGTH + 1)); // throws ERR_CREDIT_PRECISION
 * ```
 * @category Credits
 */
export const MAX_CREDIT_STRING_LENGTH = 64;

/**
 * The most digits accepted after the decimal point of a decimal credit string (30), trailing zeros included.
 *
 * @example
 * ```ts
 * import { MAX_CREDIT_FRACTION_DIGITS, parseRational } from 'microcred';
 * parseRational(`0.${'0'.repeat(MAX_CREDIT_FRACTION_DIGITS - 1)}1`).den; // 10n ** 30n
 * parseRational(`0.${'0'.repeat(MAX_CREDIT_FRACTION_DIGITS)}1`); // throws ERR_CREDIT_PRECISION
 * ```
 * @category Credits
 */
export const MAX_CREDIT_FRACTION_DIGITS = 30;

const DECIMAL = /^([0-9]+)(?:\.([0-9]+))?$/;
const FRACTION = /^([0-9]+)\/([0-9]+)$/;
const EXPONENT = /^[+-]?[0-9]*\.?[0-9]*[eE][+-]?[0-9]+$/;

/**
 * Reads `text` as a decimal or a fraction; errors name `input` (the caller's original value) and carry `extra`
 * in their params.
 *
 * @internal
 */
export function readRational(text: string, input: unknown, extra: Readonly<Record<string, unknown>> = {}): Rational {
  if (text.length > MAX_CREDIT_STRING_LENGTH) {
    throw creditPrecision(
      input,
      'too-long',
      `${text.length} characters, more than the limit of ${MAX_CREDIT_STRING_LENGTH}`,
      MAX_CREDIT_STRING_LENGTH,
      extra,
    );
  }
  const decimal = DECIMAL.exec(text);
  if (decimal !== null) {
    const whole = decimal[1] ?? '';
    const fraction = decimal[2] ?? '';
    if (fraction.length > MAX_CREDIT_FRACTION_DIGITS) {
      throw creditPrecision(
        input,
        'too-many-fraction-digits',
        `${fraction.length} fractional digits, more than the limit of ${MAX_CREDIT_FRACTION_DIGITS}`,
        MAX_CREDIT_FRACTION_DIGITS,
        extra,
      );
    }
    return rational(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
  }
  const fraction = FRACTION.exec(text);
  if (fraction !== null) {
    const den = BigInt(fraction[2] ?? '');
    if (den === 0n) {
      throw creditInvalid(input, 'zero-denominator', 'the denominator of the fraction is zero', extra);
    }
    return rational(BigInt(fraction[1] ?? ''), den);
  }
  const [reason, why] = explain(text);
  throw creditInvalid(input, reason, why, extra);
}

function explain(text: string): readonly [reason: string, why: string] {
  if (text === '') return ['empty', 'the string is empty'];
  if (/\s/.test(text)) return ['whitespace', 'it contains whitespace'];
  if (text.startsWith('-')) return ['negative', 'credits cannot be negative'];
  if (text.startsWith('+')) return ['sign', 'a sign is not allowed'];
  if (EXPONENT.test(text)) return ['exponent', 'exponent notation is not allowed'];
  return ['malformed', 'expected a decimal like "2.5" or a fraction like "5/3"'];
}

/**
 * Reads an exact, non-negative rational from a decimal (`"2.30"`) or fraction (`"5/3"`) string.
 *
 * The grammar is strict: digits with an optional `.digits` part, or `digits/digits` with a non-zero denominator.
 * No sign, whitespace, exponent, thousands separator or decimal comma; a bare `.5` or `5.` is refused.
 *
 * @param s - the string to read
 * @returns the exact value, normalised (`"2.30"` gives 23/10)
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` with `params: { input, reason }`, reason one of
 * `not-a-string`, `empty`, `whitespace`, `negative`, `sign`, `exponent`, `zero-denominator`, `malformed`;
 * `ERR_CREDIT_PRECISION` (reason `too-long` or `too-many-fraction-digits`) past
 * {@link MAX_CREDIT_STRING_LENGTH} or {@link MAX_CREDIT_FRACTION_DIGITS}
 * @example
 * ```ts
 * import { parseRational } from 'microcred';
 * parseRational('2.30'); // { num: 23n, den: 10n }
 * parseRational('10/4'); // { num: 5n, den: 2n }
 * parseRational('1e3'); // throws ERR_CREDIT_INVALID
 * ```
 * @category Credits
 */
export function parseRational(s: string): Rational {
  if (typeof s !== 'string') throw creditInvalid(s, 'not-a-string', 'expected a string');
  return readRational(s, s);
}
