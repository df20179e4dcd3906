import { describe, expect, it } from 'vitest';
import { addCredits, type CreditAmount, formatCredit, multiplyCredit, parseCredit } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

describe('formatCredit', () => {
  it.each([
    ['7.50', '7.5'],
    ['0.0', '0'],
    ['20', '20'],
    ['020.000', '20'],
    ['1/8', '0.125'],
    ['3/20', '0.15'],
    ['50/30', '5/3'],
    ['1/3', '1/3'],
    ['180/7', '180/7'],
    [`0.${'0'.repeat(29)}1`, `0.${'0'.repeat(29)}1`],
  ])('writes %s as %s', (input, text) => {
    expect(formatCredit(parseCredit(input))).toBe(text);
    expect(parseCredit(text)).toEqual(parseCredit(input));
  });

  it('never writes an exponent', () => {
    expect(formatCredit(parseCredit(1e21))).toBe('1000000000000000000000');
    expect(formatCredit(parseCredit(1e-7))).toBe('0.0000001');
  });

  it('appends the unit on request only', () => {
    const amount = parseCredit('50/30', 'custom:cqfw');
    expect(formatCredit(amount)).toBe('5/3');
    expect(formatCredit(amount, {})).toBe('5/3');
    expect(formatCredit(amount, { withUnit: false })).toBe('5/3');
    expect(formatCredit(amount, { withUnit: true })).toBe('5/3 custom:cqfw');
  });

  it('writes values from arithmetic, which may exceed the parse limits', () => {
    let tiny = parseCredit('0.5');
    for (let i = 0; i < 30; i += 1) tiny = multiplyCredit(tiny, '1/2');
    const text = formatCredit(tiny);
    expect(text.length - 2).toBe(31);
    expectCreditError(() => parseCredit(text), 'ERR_CREDIT_PRECISION');
    expect(formatCredit(addCredits(parseCredit('1/3'), parseCredit('1/6')))).toBe('0.5');
  });

  it('checks its argument', () => {
    const negative = { value: { num: -1n, den: 2n }, unit: 'ECTS' } as CreditAmount;
    expectCreditError(() => formatCredit(negative), 'ERR_CREDIT_INVALID', { reason: 'negative' });
  });
});
