import { describe, expect, it } from 'vitest';
import { formatCredit, multiplyCredit, parseCredit, ZERO } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

describe('multiplyCredit', () => {
  it('scales by a string or a rational factor, keeping the unit', () => {
    expect(formatCredit(multiplyCredit(parseCredit('30'), '0.75'))).toBe('22.5');
    expect(formatCredit(multiplyCredit(parseCredit('180'), { num: 1n, den: 7n }))).toBe('180/7');
    expect(multiplyCredit(parseCredit('3', 'ECVET'), '2').unit).toBe('ECVET');
    expect(formatCredit(multiplyCredit(parseCredit('5/3'), '3'))).toBe('5');
  });

  it('allows a zero factor and refuses a negative one', () => {
    expect(multiplyCredit(parseCredit('30'), ZERO).value).toEqual(ZERO);
    expect(multiplyCredit(parseCredit('30'), '0').value).toEqual(ZERO);
    expectCreditError(() => multiplyCredit(parseCredit('30'), { num: -1n, den: 2n }), 'ERR_CREDIT_INVALID', {
      reason: 'negative',
    });
    expectCreditError(() => multiplyCredit(parseCredit('30'), '-0.5'), 'ERR_CREDIT_INVALID', { reason: 'negative' });
  });

  it('refuses malformed factors', () => {
    expectCreditError(() => multiplyCredit(parseCredit('30'), '75%'), 'ERR_CREDIT_INVALID', { reason: 'malformed' });
    expectCreditError(() => multiplyCredit(parseCredit('30'), 0.75 as never), 'ERR_CREDIT_INVALID', {
      reason: 'not-a-rational',
    });
    expectCreditError(() => multiplyCredit(parseCredit('30'), { num: 1n, den: 0n }), 'ERR_CREDIT_INVALID', {
      reason: 'zero-denominator',
    });
  });
});
