import { describe, expect, it } from 'vitest';
import { formatRational, type Rational } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

const q = (num: bigint, den = 1n): Rational => ({ num, den });

describe('formatRational', () => {
  it.each([
    [q(0n), '0'],
    [q(20n), '20'],
    [q(9n, 2n), '4.5'],
    [q(1n, 8n), '0.125'],
    [q(1n, 1024n), '0.0009765625'],
    [q(1n, 10n ** 30n), `0.${'0'.repeat(29)}1`],
    [q(123456789n, 1000n), '123456.789'],
    [q(10n ** 21n), '1000000000000000000000'],
    [q(3n, 20n), '0.15'],
    [q(-3n, 2n), '-1.5'],
    [q(-7n), '-7'],
  ])('writes a terminating value as a plain decimal: %o → %s', (value, text) => {
    expect(formatRational(value)).toBe(text);
  });

  it.each([
    [q(5n, 3n), '5/3'],
    [q(1n, 3n), '1/3'],
    [q(4n, 3n), '4/3'],
    [q(1n, 6n), '1/6'],
    [q(7n, 30n), '7/30'],
    [q(180n, 7n), '180/7'],
    [q(-1n, 3n), '-1/3'],
  ])('writes a non-terminating value as a fraction: %o → %s', (value, text) => {
    expect(formatRational(value)).toBe(text);
  });

  it('reduces an unnormalised input first', () => {
    expect(formatRational(q(10n, 4n))).toBe('2.5');
    expect(formatRational(q(50n, 30n))).toBe('5/3');
    expect(formatRational(q(1n, -2n))).toBe('-0.5');
  });

  it('refuses a non-rational', () => {
    expectCreditError(() => formatRational({ num: 1, den: 2 } as never), 'ERR_CREDIT_INVALID');
  });
});
