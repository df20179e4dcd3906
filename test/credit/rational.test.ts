import { describe, expect, it } from 'vitest';
import { ONE, rational, ZERO } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

describe('rational', () => {
  it.each([
    [10n, 4n, 5n, 2n],
    [50n, 30n, 5n, 3n],
    [2n, -4n, -1n, 2n],
    [-2n, -4n, 1n, 2n],
    [-6n, 3n, -2n, 1n],
    [0n, 5n, 0n, 1n],
    [0n, -5n, 0n, 1n],
    [7n, 1n, 7n, 1n],
    [1n, 1n, 1n, 1n],
    [10n ** 40n, 10n ** 39n, 10n, 1n],
  ])('rational(%d, %d) is %d/%d', (num, den, n, d) => {
    expect(rational(num, den)).toEqual({ num: n, den: d });
  });

  it('defaults the denominator to 1', () => {
    expect(rational(3n)).toEqual({ num: 3n, den: 1n });
  });

  it('refuses a zero denominator', () => {
    expectCreditError(() => rational(1n, 0n), 'ERR_CREDIT_INVALID', { reason: 'zero-denominator', input: '1/0' });
    expectCreditError(() => rational(0n, 0n), 'ERR_CREDIT_INVALID', { reason: 'zero-denominator' });
  });

  it('refuses numbers and other non-bigints', () => {
    expectCreditError(() => rational(1 as never, 2n), 'ERR_CREDIT_INVALID', { reason: 'not-a-bigint', input: 1 });
    expectCreditError(() => rational(1n, 2 as never), 'ERR_CREDIT_INVALID', { reason: 'not-a-bigint', input: 2 });
    expectCreditError(() => rational('1' as never), 'ERR_CREDIT_INVALID', { reason: 'not-a-bigint' });
  });

  it('exports frozen ZERO and ONE', () => {
    expect(ZERO).toEqual({ num: 0n, den: 1n });
    expect(ONE).toEqual({ num: 1n, den: 1n });
    expect(Object.isFrozen(ZERO)).toBe(true);
    expect(Object.isFrozen(ONE)).toBe(true);
  });
});
