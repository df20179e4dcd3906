import { describe, expect, it } from 'vitest';
import { type CreditRoundingMode, formatCredit, parseCredit, roundCredit } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

const round = (value: string, step: string, mode: CreditRoundingMode) =>
  formatCredit(roundCredit(parseCredit(value), { step, mode }).amount);

describe('roundCredit', () => {
  it.each<[string, string, CreditRoundingMode, string]>([
    ['2.25', '0.5', 'floor', '2'],
    ['2.25', '0.5', 'ceil', '2.5'],
    ['2.25', '0.5', 'half-up', '2.5'],
    ['2.25', '0.5', 'half-even', '2'],
    ['2.75', '0.5', 'half-even', '3'],
    ['2.75', '0.5', 'half-up', '3'],
    ['0.25', '0.5', 'half-even', '0'],
    ['0.25', '0.5', 'half-up', '0.5'],
    ['2.5', '1', 'half-up', '3'],
    ['2.5', '1', 'half-even', '2'],
    ['3.5', '1', 'half-even', '4'],
    ['2.4999', '1', 'half-up', '2'],
    ['2.5001', '1', 'half-even', '3'],
    ['2.4999', '1', 'half-even', '2'],
    ['2.0001', '1', 'ceil', '3'],
    ['2.9999', '1', 'floor', '2'],
  ])('%s to steps of %s, %s → %s (at and just around the ties)', (value, step, mode, expected) => {
    expect(round(value, step, mode)).toBe(expected);
  });

  it('floors 40 h at 30 h/ECTS (4/3) to 1 in steps of 0.5', () => {
    const result = roundCredit(parseCredit('4/3'), { step: '0.5', mode: 'floor' });
    expect(formatCredit(result.amount)).toBe('1');
    expect(formatCredit(result.before)).toBe('4/3');
    expect(result.changed).toBe(true);
  });

  it.each<CreditRoundingMode>(['floor', 'ceil', 'half-up', 'half-even'])(
    'leaves an exact multiple unchanged in mode %s',
    (mode) => {
      for (const value of ['0', '3', '1.5', '7/2']) {
        const result = roundCredit(parseCredit(value, 'HOURS'), { step: '0.5', mode });
        expect(result.changed).toBe(false);
        expect(result.amount).toEqual(parseCredit(value, 'HOURS'));
        expect(result.before).toEqual(parseCredit(value, 'HOURS'));
      }
    },
  );

  it('rounds to fractional steps exactly', () => {
    expect(round('1', '1/3', 'floor')).toBe('1');
    expect(round('0.5', '1/3', 'floor')).toBe('1/3');
    expect(round('0.5', '1/3', 'ceil')).toBe('2/3');
    expect(round('0.5', '1/3', 'half-up')).toBe('2/3');
    expect(round('0.5', '1/3', 'half-even')).toBe('2/3');
    expect(round('1/6', '1/3', 'half-even')).toBe('0');
    expect(round('1/6', '1/3', 'half-up')).toBe('1/3');
    expect(round('7', '2.5', 'half-even')).toBe('7.5');
  });

  it('keeps the unit', () => {
    expect(roundCredit(parseCredit('7.3', 'ECVET'), { step: '1', mode: 'floor' }).amount.unit).toBe('ECVET');
  });

  it('refuses a zero or malformed step, an unknown mode and missing options', () => {
    const a = parseCredit('1');
    expectCreditError(() => roundCredit(a, { step: '0', mode: 'floor' }), 'ERR_CREDIT_INVALID', {
      reason: 'zero-step',
    });
    expectCreditError(() => roundCredit(a, { step: '0.0', mode: 'floor' }), 'ERR_CREDIT_INVALID', {
      reason: 'zero-step',
    });
    expectCreditError(() => roundCredit(a, { step: '-1', mode: 'floor' }), 'ERR_CREDIT_INVALID', {
      reason: 'negative',
    });
    expectCreditError(() => roundCredit(a, { step: 0.5 as never, mode: 'floor' }), 'ERR_CREDIT_INVALID', {
      reason: 'not-a-string',
    });
    expectCreditError(() => roundCredit(a, { step: '1', mode: 'nearest' as never }), 'ERR_CREDIT_INVALID', {
      reason: 'invalid-mode',
      input: 'nearest',
    });
    expectCreditError(() => roundCredit(a, undefined as never), 'ERR_CREDIT_INVALID', { reason: 'not-an-object' });
    expectCreditError(() => roundCredit(null as never, { step: '1', mode: 'floor' }), 'ERR_CREDIT_INVALID');
  });
});
