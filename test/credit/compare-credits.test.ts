import { describe, expect, it } from 'vitest';
import {
  compareCredits,
  formatCredit,
  isZeroCredit,
  maxCredit,
  minCredit,
  parseCredit,
} from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

describe('compareCredits', () => {
  it('is exact and inclusive: exactly 15 is at least 15', () => {
    const total = parseCredit('15');
    expect(compareCredits(total, parseCredit('15.000'))).toBe(0);
    expect(compareCredits(total, parseCredit('15.000000000000000000000000000001'))).toBe(-1);
    expect(compareCredits(parseCredit('15.000000000000000000000000000001'), total)).toBe(1);
  });

  it('compares non-terminating values', () => {
    expect(compareCredits(parseCredit('1/3'), parseCredit('0.3333'))).toBe(1);
    expect(compareCredits(parseCredit('2/6'), parseCredit('1/3'))).toBe(0);
    expect(compareCredits(parseCredit('0.3333'), parseCredit('1/3'))).toBe(-1);
  });

  it('refuses mixed units', () => {
    expectCreditError(() => compareCredits(parseCredit('1'), parseCredit('1', 'UK-CATS')), 'ERR_CREDIT_UNIT_MISMATCH', {
      left: 'ECTS',
      right: 'UK-CATS',
    });
  });
});

describe('minCredit and maxCredit', () => {
  it('pick the smallest and the largest', () => {
    const amounts = ['6', '4.5', '13/2', '5'].map((s) => parseCredit(s));
    const [first, ...rest] = amounts as [ReturnType<typeof parseCredit>, ...ReturnType<typeof parseCredit>[]];
    expect(formatCredit(minCredit(first, ...rest))).toBe('4.5');
    expect(formatCredit(maxCredit(first, ...rest))).toBe('6.5');
    expect(formatCredit(minCredit(first))).toBe('6');
  });

  it('keep the first among equals', () => {
    const a = parseCredit('1/2', 'custom:a');
    const b = parseCredit('0.5', 'custom:a');
    expect(minCredit(a, b)).toEqual(a);
    expect(maxCredit(b, a)).toEqual(b);
  });

  it('refuse mixed units', () => {
    expectCreditError(
      () => maxCredit(parseCredit('1'), parseCredit('2'), parseCredit('3', 'ECVET')),
      'ERR_CREDIT_UNIT_MISMATCH',
      { left: 'ECTS', right: 'ECVET' },
    );
    expectCreditError(() => minCredit(null as never), 'ERR_CREDIT_INVALID');
  });
});

describe('isZeroCredit', () => {
  it('is true only for zero', () => {
    expect(isZeroCredit(parseCredit('0.000'))).toBe(true);
    expect(isZeroCredit(parseCredit('0/5'))).toBe(true);
    expect(isZeroCredit(parseCredit('0.000000000000000000000000000001'))).toBe(false);
  });

  it('checks its argument', () => {
    expectCreditError(() => isZeroCredit({ value: { num: 0n, den: 0n }, unit: 'ECTS' }), 'ERR_CREDIT_INVALID', {
      reason: 'zero-denominator',
    });
  });
});
