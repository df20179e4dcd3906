import { describe, expect, it } from 'vitest';
import { type ConversionTable, validateConversionTable } from '../../src/credit/index.js';
import { expectCreditError } from './expect-credit-error.js';

describe('validateConversionTable', () => {
  it.each<[string, ConversionTable]>([
    ['an empty table', {}],
    ['hours only', { hoursPerEcts: '30' }],
    ['fractional hours', { hoursPerEcts: '77/3' }],
    ['the example policy', { hoursPerEcts: '30', ectsPerUnit: { 'UK-CATS': '1/2', 'US-SCH': '2', ECVET: null } }],
    ['a custom unit', { ectsPerUnit: { 'custom:us-quarter-hour': '4/3' } }],
    ['ECTS at 1', { ectsPerUnit: { ECTS: '1.0' } }],
    ['an explicit undefined', { ectsPerUnit: { 'UK-CATS': undefined } } as unknown as ConversionTable],
  ])('accepts %s', (_, table) => {
    expect(() => validateConversionTable(table)).not.toThrow();
  });

  it('narrows an unknown value', () => {
    const loaded: unknown = JSON.parse('{"hoursPerEcts":"25"}');
    validateConversionTable(loaded);
    expect(loaded.hoursPerEcts).toBe('25');
  });

  it.each([
    ['null', null, 'not-an-object'],
    ['an array', [], 'not-an-object'],
    ['a string', '30', 'not-an-object'],
    ['an unknown key', { hoursPerECTS: '30' }, 'unknown-key'],
    ['a numeric factor', { hoursPerEcts: 30 }, 'not-a-string'],
    ['a null hoursPerEcts', { hoursPerEcts: null }, 'not-a-string'],
    ['zero hours', { hoursPerEcts: '0' }, 'zero-factor'],
    ['zero hours as a fraction', { hoursPerEcts: '0/5' }, 'zero-factor'],
    ['negative hours', { hoursPerEcts: '-30' }, 'negative'],
    ['malformed hours', { hoursPerEcts: '30h' }, 'malformed'],
    ['an exponent', { hoursPerEcts: '3e1' }, 'exponent'],
    ['a zero denominator', { ectsPerUnit: { 'UK-CATS': '1/0' } }, 'zero-denominator'],
    ['ectsPerUnit as an array', { ectsPerUnit: [] }, 'not-an-object'],
    ['an unknown unit', { ectsPerUnit: { CATS: '1/2' } }, 'unknown-unit'],
    ['a zero unit factor', { ectsPerUnit: { 'US-SCH': '0' } }, 'zero-factor'],
    ['a negative unit factor', { ectsPerUnit: { 'US-SCH': '-2' } }, 'negative'],
    ['a numeric unit factor', { ectsPerUnit: { 'US-SCH': 2 } }, 'not-a-string'],
    ['HOURS in ectsPerUnit', { ectsPerUnit: { HOURS: '1/30' } }, 'hours-in-ects-per-unit'],
    ['an ECTS factor other than 1', { ectsPerUnit: { ECTS: '2' } }, 'ects-factor-not-one'],
    ['a null ECTS factor', { ectsPerUnit: { ECTS: null } }, 'ects-factor-not-one'],
  ])('refuses %s', (_, table, reason) => {
    expectCreditError(() => validateConversionTable(table), 'ERR_CREDIT_INVALID', { reason });
  });

  it('names the field at fault', () => {
    const error = expectCreditError(
      () => validateConversionTable({ ectsPerUnit: { 'UK-CATS': 'half' } }),
      'ERR_CREDIT_INVALID',
      { input: 'half', reason: 'malformed', field: 'ectsPerUnit.UK-CATS' },
    );
    expect(error.message).toContain('ectsPerUnit.UK-CATS');
    expectCreditError(() => validateConversionTable({ hoursPerEcts: '0' }), 'ERR_CREDIT_INVALID', {
      field: 'hoursPerEcts',
    });
  });

  it('guards factor size with ERR_CREDIT_PRECISION, naming the field', () => {
    const error = expectCreditError(
      () => validateConversionTable({ hoursPerEcts: `0.${'3'.repeat(31)}` }),
      'ERR_CREDIT_PRECISION',
      { reason: 'too-many-fraction-digits', field: 'hoursPerEcts' },
    );
    expect(error.message).toContain('hoursPerEcts');
    expectCreditError(() => validateConversionTable({ hoursPerEcts: '3'.repeat(65) }), 'ERR_CREDIT_PRECISION', {
      reason: 'too-long',
    });
  });

  it('ignores inherited keys and refuses an own __proto__ key', () => {
    const withProto: unknown = JSON.parse('{"ectsPerUnit":{"__proto__":"1"}}');
    expectCreditError(() => validateConversionTable(withProto), 'ERR_CREDIT_INVALID', { reason: 'unknown-unit' });
    const inherited = Object.create({ hoursPerEcts: 'x' }) as object;
    expect(() => validateConversionTable(inherited)).not.toThrow();
  });
});
