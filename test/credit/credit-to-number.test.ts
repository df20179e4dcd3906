import { describe, expect, it } from 'vitest';
import { type CreditAmount, creditToNumber, parseCredit } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

const amount = (num: bigint, den: bigint): CreditAmount => ({ value: { num, den }, unit: 'ECTS' });

describe('creditToNumber', () => {
  it('is exact for representable values', () => {
    expect(creditToNumber(parseCredit('7.5'))).toBe(7.5);
    expect(creditToNumber(parseCredit('0'))).toBe(0);
    expect(creditToNumber(parseCredit('0.1'))).toBe(0.1);
    expect(creditToNumber(parseCredit(2.3))).toBe(2.3);
  });

  it('approximates other values', () => {
    expect(creditToNumber(parseCredit('5/3'))).toBeCloseTo(1.6667, 4);
    expect(creditToNumber(parseCredit('1/3'))).toBe(1 / 3);
  });

  it('handles values beyond the safe-integer range', () => {
    expect(creditToNumber(amount(10n ** 40n, 3n))).toBeCloseTo(10 ** 40 / 3, -25);
    expect(creditToNumber(amount(1n, 10n ** 30n))).toBe(1e-30);
    expect(creditToNumber(amount(10n ** 30n + 1n, 10n ** 30n))).toBe(1);
    expect(creditToNumber(amount(1n, 3n * 10n ** 40n))).toBeCloseTo(1 / 3 / 1e40, 55);
    expect(creditToNumber(amount(2n ** 53n + 1n, 1n))).toBe(2 ** 53);
    expect(creditToNumber(amount(0n, 1n))).toBe(0);
    const huge = amount(10n ** 400n, 1n);
    expect(creditToNumber(huge)).toBe(Number.POSITIVE_INFINITY);
  });

  it('checks its argument', () => {
    expectCreditError(() => creditToNumber(amount(1n, 0n)), 'ERR_CREDIT_INVALID');
  });
});
