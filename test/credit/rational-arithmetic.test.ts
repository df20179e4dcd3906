import { describe, expect, it } from 'vitest';
import {
  addRational,
  compareRational,
  divRational,
  mulRational,
  ONE,
  type Rational,
  subRational,
  ZERO,
} from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

const q = (num: bigint, den = 1n): Rational => ({ num, den });

describe('rational arithmetic', () => {
  it('adds, with the same and with different denominators', () => {
    expect(addRational(q(1n, 3n), q(1n, 3n))).toEqual(q(2n, 3n));
    expect(addRational(q(1n, 6n), q(1n, 6n))).toEqual(q(1n, 3n));
    expect(addRational(q(1n, 3n), q(1n, 6n))).toEqual(q(1n, 2n));
    expect(addRational(q(-1n, 2n), q(1n, 2n))).toEqual(ZERO);
  });

  it('subtracts, down to negative values', () => {
    expect(subRational(ONE, q(1n, 3n))).toEqual(q(2n, 3n));
    expect(subRational(q(1n, 4n), q(3n, 4n))).toEqual(q(-1n, 2n));
    expect(subRational(q(3n, 4n), q(3n, 4n))).toEqual(ZERO);
  });

  it('multiplies and divides', () => {
    expect(mulRational(q(3n, 4n), q(4n, 3n))).toEqual(ONE);
    expect(mulRational(q(5n, 3n), ZERO)).toEqual(ZERO);
    expect(mulRational(q(-1n, 2n), q(-1n, 2n))).toEqual(q(1n, 4n));
    expect(divRational(q(50n), q(30n))).toEqual(q(5n, 3n));
    expect(divRational(q(1n), q(-2n))).toEqual(q(-1n, 2n));
    expect(divRational(ZERO, q(7n))).toEqual(ZERO);
  });

  it('refuses a division by zero', () => {
    expectCreditError(() => divRational(ONE, ZERO), 'ERR_CREDIT_INVALID', { reason: 'division-by-zero' });
  });

  it('compares exactly, at equality and one unit apart', () => {
    expect(compareRational(q(1n, 2n), q(2n, 4n))).toBe(0);
    expect(compareRational(q(1n, 3n), q(333n, 1000n))).toBe(1);
    expect(compareRational(q(333n, 1000n), q(1n, 3n))).toBe(-1);
    expect(compareRational(q(10n ** 30n + 1n, 10n ** 30n), ONE)).toBe(1);
    expect(compareRational(q(-1n, 2n), ZERO)).toBe(-1);
  });

  it('normalises unreduced inputs before working', () => {
    expect(addRational(q(2n, 4n), q(3n, 6n))).toEqual(ONE);
    expect(compareRational(q(2n, -4n), q(-1n, 2n))).toBe(0);
  });

  it.each([
    ['null', null],
    ['a number', 1],
    ['number fields', { num: 1, den: 2 }],
    ['a missing den', { num: 1n }],
  ])('refuses %s as a rational', (_, value) => {
    for (const op of [addRational, subRational, mulRational, divRational, compareRational]) {
      expectCreditError(() => op(value as never, ONE), 'ERR_CREDIT_INVALID', { reason: 'not-a-rational' });
      expectCreditError(() => op(ONE, value as never), 'ERR_CREDIT_INVALID', { reason: 'not-a-rational' });
    }
  });

  it('refuses a zero denominator in an argument', () => {
    expectCreditError(() => addRational(q(1n, 0n), ONE), 'ERR_CREDIT_INVALID', { reason: 'zero-denominator' });
  });
});
