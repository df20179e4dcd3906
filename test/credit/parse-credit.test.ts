import { describe, expect, it } from 'vitest';
import {
  addCredits,
  formatCredit,
  MAX_CREDIT_FRACTION_DIGITS,
  MAX_CREDIT_STRING_LENGTH,
  parseCredit,
  sumCredits,
} from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

const r = (num: bigint, den = 1n) => ({ num, den });

describe('parseCredit: accepted strings', () => {
  it.each([
    ['0', r(0n)],
    ['0.0', r(0n)],
    ['000', r(0n)],
    ['7', r(7n)],
    ['007.50', r(15n, 2n)],
    ['2.30', r(23n, 10n)],
    ['0.125', r(1n, 8n)],
    ['60', r(60n)],
    ['1/2', r(1n, 2n)],
    ['10/4', r(5n, 2n)],
    ['50/30', r(5n, 3n)],
    ['0/7', r(0n)],
    ['3/1', r(3n)],
    ['0012/0008', r(3n, 2n)],
  ])('%j reads as its exact value', (input, value) => {
    expect(parseCredit(input)).toEqual({ value, unit: 'ECTS' });
  });

  it('keeps the unit given, ECTS by default', () => {
    expect(parseCredit('5').unit).toBe('ECTS');
    expect(parseCredit('5', 'HOURS').unit).toBe('HOURS');
    expect(parseCredit('5', 'custom:cqfw').unit).toBe('custom:cqfw');
  });
});

describe('parseCredit: rejected strings', () => {
  it.each([
    ['', 'empty'],
    [' ', 'whitespace'],
    [' 1', 'whitespace'],
    ['1 ', 'whitespace'],
    ['1\n', 'whitespace'],
    ['1 000', 'whitespace'],
    ['\u00a01', 'whitespace'],
    ['-1', 'negative'],
    ['-0', 'negative'],
    ['-0.0', 'negative'],
    ['-1/2', 'negative'],
    ['+1', 'sign'],
    ['+0', 'sign'],
    ['1e3', 'exponent'],
    ['1E3', 'exponent'],
    ['1.5e1', 'exponent'],
    ['1e-7', 'exponent'],
    ['1e+21', 'exponent'],
    ['1/0', 'zero-denominator'],
    ['0/0', 'zero-denominator'],
    ['5/000', 'zero-denominator'],
    ['.5', 'malformed'],
    ['5.', 'malformed'],
    ['.', 'malformed'],
    ['1,5', 'malformed'],
    ['1.000.000', 'malformed'],
    ['1/2/3', 'malformed'],
    ['1.5/2', 'malformed'],
    ['1/-2', 'malformed'],
    ['/2', 'malformed'],
    ['2/', 'malformed'],
    ['NaN', 'malformed'],
    ['Infinity', 'malformed'],
    ['0x10', 'malformed'],
    ['１', 'malformed'],
    ['٣', 'malformed'],
    ['abc', 'malformed'],
    ['1_000', 'malformed'],
  ])('%j is refused with reason %s', (input, reason) => {
    const error = expectCreditError(() => parseCredit(input), 'ERR_CREDIT_INVALID', { input, reason });
    expect(error.message).toContain(JSON.stringify(input));
  });
});

describe('parseCredit: JS numbers', () => {
  it.each([
    [0, r(0n)],
    [-0, r(0n)],
    [1, r(1n)],
    [0.1, r(1n, 10n)],
    [2.3, r(23n, 10n)],
    [7.5, r(15n, 2n)],
    [1e-7, r(1n, 10_000_000n)],
    [1.5e-7, r(3n, 20_000_000n)],
    [1e21, r(10n ** 21n)],
    [1.2345e25, r(12345n * 10n ** 21n)],
    [Number.MAX_SAFE_INTEGER, r(9007199254740991n)],
    [1e-30, r(1n, 10n ** 30n)],
    [1e63, r(10n ** 63n)],
  ])('%d reads exactly through its shortest decimal', (input, value) => {
    expect(parseCredit(input).value).toEqual(value);
  });

  it.each([
    [Number.NaN, 'not-finite'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
    [Number.NEGATIVE_INFINITY, 'not-finite'],
    [-1, 'negative'],
    [-1e-300, 'negative'],
    [-Number.MIN_VALUE, 'negative'],
  ])('%d is refused with reason %s', (input, reason) => {
    expectCreditError(() => parseCredit(input), 'ERR_CREDIT_INVALID', { input, reason });
  });

  it('guards numbers whose exact decimal is past the limits, naming the number', () => {
    expectCreditError(() => parseCredit(1e-31), 'ERR_CREDIT_PRECISION', {
      input: 1e-31,
      reason: 'too-many-fraction-digits',
    });
    expectCreditError(() => parseCredit(1.5e-30), 'ERR_CREDIT_PRECISION', { reason: 'too-many-fraction-digits' });
    expectCreditError(() => parseCredit(1e64), 'ERR_CREDIT_PRECISION', { input: 1e64, reason: 'too-long' });
    expectCreditError(() => parseCredit(Number.MIN_VALUE), 'ERR_CREDIT_PRECISION');
    expectCreditError(() => parseCredit(Number.MAX_VALUE), 'ERR_CREDIT_PRECISION');
  });
});

describe('parseCredit: the floating-point trap', () => {
  it('2.3 + 6.1 + 6.6 is not 15 in floating point', () => {
    expect(2.3 + 6.1 + 6.6).not.toBe(15);
  });

  it('sums to exactly 15 from strings, in every order', () => {
    const [a, b, c] = [parseCredit('2.3'), parseCredit('6.1'), parseCredit('6.6')];
    expect(formatCredit(addCredits(addCredits(a, b), c))).toBe('15');
    expect(formatCredit(addCredits(a, addCredits(b, c)))).toBe('15');
    expect(sumCredits([c, a, b]).value).toEqual(r(15n));
  });

  it('sums to exactly 15 from JS numbers', () => {
    expect(sumCredits([parseCredit(2.3), parseCredit(6.1), parseCredit(6.6)]).value).toEqual(r(15n));
  });
});

describe('parseCredit: size limits', () => {
  it('documents the limits as constants', () => {
    expect(MAX_CREDIT_STRING_LENGTH).toBe(64);
    expect(MAX_CREDIT_FRACTION_DIGITS).toBe(30);
  });

  it('accepts a string of exactly the maximum length and refuses one character more', () => {
    const longest = '9'.repeat(MAX_CREDIT_STRING_LENGTH);
    expect(parseCredit(longest).value).toEqual(r(10n ** 64n - 1n));
    const fraction = `${'1'.repeat(31)}/${'3'.repeat(32)}`;
    expect(fraction.length).toBe(64);
    expect(parseCredit(fraction).value.den).toBeGreaterThan(1n);
    expectCreditError(() => parseCredit(`${longest}9`), 'ERR_CREDIT_PRECISION', {
      reason: 'too-long',
      limit: MAX_CREDIT_STRING_LENGTH,
    });
    expectCreditError(() => parseCredit(`${fraction}3`), 'ERR_CREDIT_PRECISION', { reason: 'too-long' });
  });

  it('checks the length before the syntax', () => {
    expectCreditError(() => parseCredit(' '.repeat(65)), 'ERR_CREDIT_PRECISION', { reason: 'too-long' });
    expectCreditError(() => parseCredit(' '.repeat(64)), 'ERR_CREDIT_INVALID', { reason: 'whitespace' });
  });

  it('accepts exactly 30 fractional digits and refuses 31, trailing zeros included', () => {
    expect(parseCredit(`0.${'0'.repeat(29)}1`).value).toEqual(r(1n, 10n ** 30n));
    expect(parseCredit(`1.${'0'.repeat(30)}`).value).toEqual(r(1n));
    expectCreditError(() => parseCredit(`0.${'0'.repeat(30)}1`), 'ERR_CREDIT_PRECISION', {
      reason: 'too-many-fraction-digits',
      limit: MAX_CREDIT_FRACTION_DIGITS,
    });
    expectCreditError(() => parseCredit(`1.${'0'.repeat(31)}`), 'ERR_CREDIT_PRECISION');
  });
});

describe('parseCredit: wrong types and units', () => {
  it.each([[null], [undefined], [1n], [true], [{}], [['1']], [new Number(1)], [new String('1')]])(
    'refuses %o',
    (input) => {
      expectCreditError(() => parseCredit(input as never), 'ERR_CREDIT_INVALID', {
        input,
        reason: 'not-a-string-or-number',
      });
    },
  );

  it.each(['ects', 'EUR', '', 'custom:', 'custom:-a', 'custom:a b', `custom:${'a'.repeat(65)}`, 7])(
    'refuses the unit %j',
    (unit) => {
      expectCreditError(() => parseCredit('1', unit as never), 'ERR_CREDIT_INVALID', {
        input: unit,
        reason: 'unknown-unit',
      });
    },
  );

  it('shortens a long input in the message but keeps it whole in params', () => {
    const input = `${'x'.repeat(60)}`;
    const error = expectCreditError(() => parseCredit(input), 'ERR_CREDIT_INVALID', { input });
    expect(error.message).toContain(input);
    const long = 'y'.repeat(100);
    const tooLong = expectCreditError(() => parseCredit(long), 'ERR_CREDIT_PRECISION', { input: long });
    expect(tooLong.message).toContain('…');
    expect(tooLong.message).not.toContain(long);
  });
});
