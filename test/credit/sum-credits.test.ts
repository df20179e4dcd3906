import { describe, expect, it } from 'vitest';
import { type CreditAmount, formatCredit, parseCredit, sumCredits } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

describe('sumCredits', () => {
  it('sums exactly in any order', () => {
    const parts = ['2.3', '6.1', '6.6'].map((s) => parseCredit(s));
    expect(formatCredit(sumCredits(parts))).toBe('15');
    expect(formatCredit(sumCredits([...parts].reverse()))).toBe('15');
  });

  it('keeps thirds exact where fixed point would fail: 3 × 4/3 = 4', () => {
    const third = parseCredit('4/3');
    expect(formatCredit(sumCredits([third, third, third]))).toBe('4');
  });

  it('sums one item to itself', () => {
    expect(sumCredits([parseCredit('7.5', 'US-SCH')])).toEqual(parseCredit('7.5', 'US-SCH'));
  });

  it('gives zero in the given unit for an empty list, and needs the unit', () => {
    expect(sumCredits([], 'HOURS')).toEqual({ value: { num: 0n, den: 1n }, unit: 'HOURS' });
    expectCreditError(() => sumCredits([]), 'ERR_CREDIT_INVALID', { reason: 'empty' });
  });

  it('checks every item against the unit given or the first one', () => {
    expectCreditError(
      () => sumCredits([parseCredit('1'), parseCredit('1'), parseCredit('1', 'ECVET')]),
      'ERR_CREDIT_UNIT_MISMATCH',
      { left: 'ECTS', right: 'ECVET' },
    );
    expectCreditError(() => sumCredits([parseCredit('1')], 'HOURS'), 'ERR_CREDIT_UNIT_MISMATCH', {
      left: 'HOURS',
      right: 'ECTS',
    });
    expect(formatCredit(sumCredits([parseCredit('1', 'HOURS')], 'HOURS'), { withUnit: true })).toBe('1 HOURS');
  });

  it('refuses a non-list, an invalid unit and an invalid item', () => {
    expectCreditError(() => sumCredits('1' as never), 'ERR_CREDIT_INVALID', { reason: 'not-a-list' });
    expectCreditError(() => sumCredits([], 'ects' as never), 'ERR_CREDIT_INVALID', { reason: 'unknown-unit' });
    const bad = { value: { num: 1, den: 1 }, unit: 'ECTS' } as unknown as CreditAmount;
    expectCreditError(() => sumCredits([parseCredit('1'), bad]), 'ERR_CREDIT_INVALID', { reason: 'not-a-rational' });
  });
});
