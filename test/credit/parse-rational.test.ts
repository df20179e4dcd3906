import { describe, expect, it } from 'vitest';
import { parseRational } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

describe('parseRational', () => {
  it('reads decimals and fractions exactly', () => {
    expect(parseRational('2.30')).toEqual({ num: 23n, den: 10n });
    expect(parseRational('10/4')).toEqual({ num: 5n, den: 2n });
    expect(parseRational('0')).toEqual({ num: 0n, den: 1n });
    expect(parseRational('0/9')).toEqual({ num: 0n, den: 1n });
  });

  it('shares the grammar of parseCredit', () => {
    expectCreditError(() => parseRational('-1'), 'ERR_CREDIT_INVALID', { input: '-1', reason: 'negative' });
    expectCreditError(() => parseRational('1e3'), 'ERR_CREDIT_INVALID', { reason: 'exponent' });
    expectCreditError(() => parseRational('1/0'), 'ERR_CREDIT_INVALID', { reason: 'zero-denominator' });
    expectCreditError(() => parseRational('x'), 'ERR_CREDIT_INVALID', { reason: 'malformed' });
    expectCreditError(() => parseRational('1'.repeat(65)), 'ERR_CREDIT_PRECISION', { reason: 'too-long' });
  });

  it('accepts only strings', () => {
    expectCreditError(() => parseRational(1 as never), 'ERR_CREDIT_INVALID', { input: 1, reason: 'not-a-string' });
    expectCreditError(() => parseRational(null as never), 'ERR_CREDIT_INVALID', { reason: 'not-a-string' });
  });
});
