import { describe, expect, it } from 'vitest';
import { addCredits, type CreditAmount, formatCredit, parseCredit } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

describe('addCredits', () => {
  it('adds exactly, keeping the unit', () => {
    expect(formatCredit(addCredits(parseCredit('2.3'), parseCredit('6.1')))).toBe('8.4');
    expect(addCredits(parseCredit('1/3', 'HOURS'), parseCredit('2/3', 'HOURS'))).toEqual({
      value: { num: 1n, den: 1n },
      unit: 'HOURS',
    });
    expect(formatCredit(addCredits(parseCredit('0'), parseCredit('0')))).toBe('0');
  });

  it('never sums ECTS with ECVET, or any two different units', () => {
    expectCreditError(() => addCredits(parseCredit('5'), parseCredit('5', 'ECVET')), 'ERR_CREDIT_UNIT_MISMATCH', {
      left: 'ECTS',
      right: 'ECVET',
    });
    expectCreditError(
      () => addCredits(parseCredit('5', 'custom:a'), parseCredit('5', 'custom:b')),
      'ERR_CREDIT_UNIT_MISMATCH',
      { left: 'custom:a', right: 'custom:b' },
    );
  });

  it('checks hand-built amounts', () => {
    const negative = { value: { num: -1n, den: 1n }, unit: 'ECTS' } as CreditAmount;
    expectCreditError(() => addCredits(negative, parseCredit('1')), 'ERR_CREDIT_INVALID', { reason: 'negative' });
    const badUnit = { value: { num: 1n, den: 1n }, unit: 'EUR' } as unknown as CreditAmount;
    expectCreditError(() => addCredits(parseCredit('1'), badUnit), 'ERR_CREDIT_INVALID', { reason: 'unknown-unit' });
    expectCreditError(() => addCredits(null as never, parseCredit('1')), 'ERR_CREDIT_INVALID', {
      reason: 'not-a-credit-amount',
    });
    const unreduced = { value: { num: 2n, den: 4n }, unit: 'ECTS' } as CreditAmount;
    expect(addCredits(unreduced, unreduced).value).toEqual({ num: 1n, den: 1n });
    const negativeDen = { value: { num: -1n, den: -2n }, unit: 'ECTS' } as CreditAmount;
    expect(addCredits(negativeDen, parseCredit('0')).value).toEqual({ num: 1n, den: 2n });
  });
});
