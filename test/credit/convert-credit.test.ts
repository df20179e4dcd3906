import { describe, expect, it } from 'vitest';
import { type ConversionTable, convertCredit, formatCredit, parseCredit, sumCredits } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

const table: ConversionTable = {
  hoursPerEcts: '30',
  ectsPerUnit: { 'UK-CATS': '1/2', 'NZ-CREDIT': '0.5', 'US-SCH': '2', ECVET: null, 'custom:usqh': '4/3' },
};

const convert = (value: string, from: Parameters<typeof parseCredit>[1], to: Parameters<typeof convertCredit>[1]) =>
  formatCredit(convertCredit(parseCredit(value, from), to, table), { withUnit: true });

describe('convertCredit', () => {
  it('gives exactly 5/3 ECTS for 50 hours at 30 h/ECTS', () => {
    const ects = convertCredit(parseCredit('50', 'HOURS'), 'ECTS', table);
    expect(ects).toEqual({ value: { num: 5n, den: 3n }, unit: 'ECTS' });
  });

  it('keeps thirds exact: three times 40 h is exactly 4 ECTS', () => {
    const one = convertCredit(parseCredit('40', 'HOURS'), 'ECTS', table);
    expect(formatCredit(one)).toBe('4/3');
    expect(formatCredit(sumCredits([one, one, one]))).toBe('4');
  });

  it('converts each way through ECTS', () => {
    expect(convert('15', 'UK-CATS', 'ECTS')).toBe('7.5 ECTS');
    expect(convert('7.5', 'ECTS', 'UK-CATS')).toBe('15 UK-CATS');
    expect(convert('3', 'US-SCH', 'ECTS')).toBe('6 ECTS');
    expect(convert('5', 'ECTS', 'US-SCH')).toBe('2.5 US-SCH');
    expect(convert('2', 'ECTS', 'HOURS')).toBe('60 HOURS');
    expect(convert('20', 'UK-CATS', 'HOURS')).toBe('300 HOURS');
    expect(convert('10', 'UK-CATS', 'US-SCH')).toBe('2.5 US-SCH');
    expect(convert('3', 'custom:usqh', 'ECTS')).toBe('4 ECTS');
    expect(convert('1', 'NZ-CREDIT', 'custom:usqh')).toBe('0.375 custom:usqh');
    expect(convert('0', 'UK-CATS', 'HOURS')).toBe('0 HOURS');
  });

  it('returns the same amount for the same unit, even without a factor', () => {
    expect(convert('30', 'ECVET', 'ECVET')).toBe('30 ECVET');
    expect(convertCredit(parseCredit('7', 'custom:zz'), 'custom:zz', {})).toEqual(parseCredit('7', 'custom:zz'));
    expect(convertCredit(parseCredit('7'), 'ECTS', {})).toEqual(parseCredit('7'));
  });

  it('refuses ECVET, marked not convertible, in either direction', () => {
    expectCreditError(() => convertCredit(parseCredit('30', 'ECVET'), 'ECTS', table), 'ERR_CREDIT_UNIT_MISMATCH', {
      from: 'ECVET',
      to: 'ECTS',
      unit: 'ECVET',
      reason: 'not-convertible',
    });
    expectCreditError(() => convertCredit(parseCredit('30'), 'ECVET', table), 'ERR_CREDIT_UNIT_MISMATCH', {
      from: 'ECTS',
      to: 'ECVET',
    });
  });

  it('holds no factor of its own: a unit missing from the table is not converted', () => {
    expectCreditError(() => convertCredit(parseCredit('30', 'ECVET'), 'ECTS', {}), 'ERR_CREDIT_UNIT_MISMATCH', {
      from: 'ECVET',
      to: 'ECTS',
      reason: 'missing-factor',
    });
    expectCreditError(() => convertCredit(parseCredit('50', 'HOURS'), 'ECTS', {}), 'ERR_CREDIT_UNIT_MISMATCH', {
      from: 'HOURS',
      to: 'ECTS',
      unit: 'HOURS',
    });
    expectCreditError(
      () => convertCredit(parseCredit('5'), 'UK-CATS', { hoursPerEcts: '25' }),
      'ERR_CREDIT_UNIT_MISMATCH',
      {
        from: 'ECTS',
        to: 'UK-CATS',
      },
    );
    expectCreditError(
      () => convertCredit(parseCredit('5', 'US-SCH'), 'UK-CATS', { ectsPerUnit: { 'US-SCH': '2' } }),
      'ERR_CREDIT_UNIT_MISMATCH',
      { from: 'US-SCH', to: 'UK-CATS', unit: 'UK-CATS' },
    );
  });

  it('refuses malformed, zero and negative factors with ERR_CREDIT_INVALID', () => {
    const amount = parseCredit('50', 'HOURS');
    expectCreditError(() => convertCredit(amount, 'ECTS', { hoursPerEcts: '0' }), 'ERR_CREDIT_INVALID', {
      reason: 'zero-factor',
    });
    expectCreditError(() => convertCredit(amount, 'ECTS', { hoursPerEcts: '-30' }), 'ERR_CREDIT_INVALID', {
      reason: 'negative',
    });
    expectCreditError(() => convertCredit(amount, 'ECTS', { hoursPerEcts: 'thirty' }), 'ERR_CREDIT_INVALID', {
      reason: 'malformed',
    });
    expectCreditError(() => convertCredit(amount, 'HOURS', { ectsPerUnit: { 'UK-CATS': 'x' } }), 'ERR_CREDIT_INVALID', {
      reason: 'malformed',
    });
  });

  it('refuses an invalid target unit or amount', () => {
    expectCreditError(() => convertCredit(parseCredit('1'), 'ects' as never, table), 'ERR_CREDIT_INVALID', {
      reason: 'unknown-unit',
    });
    expectCreditError(() => convertCredit({} as never, 'ECTS', table), 'ERR_CREDIT_INVALID');
  });
});
