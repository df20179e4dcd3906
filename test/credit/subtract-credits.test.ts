import { describe, expect, it } from 'vitest';
import { formatCredit, parseCredit, subtractCredits } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

describe('subtractCredits', () => {
  it('subtracts exactly', () => {
    expect(formatCredit(subtractCredits(parseCredit('15'), parseCredit('2.5')))).toBe('12.5');
    expect(formatCredit(subtractCredits(parseCredit('2'), parseCredit('1/3')))).toBe('5/3');
  });

  it('allows a result of exactly zero and refuses one just below', () => {
    expect(subtractCredits(parseCredit('5/3'), parseCredit('5/3')).value).toEqual({ num: 0n, den: 1n });
    const error = expectCreditError(
      () => subtractCredits(parseCredit('5/3'), parseCredit('1.6667')),
      'ERR_CREDIT_INVALID',
      { left: '5/3', right: '1.6667', unit: 'ECTS', reason: 'negative-result' },
    );
    expect(error.message).toContain('1.6667');
  });

  it('refuses mixed units', () => {
    expectCreditError(() => subtractCredits(parseCredit('5', 'HOURS'), parseCredit('1')), 'ERR_CREDIT_UNIT_MISMATCH', {
      left: 'HOURS',
      right: 'ECTS',
    });
  });
});
