import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CREDIT_UNITS,
  type CreditUnit,
  CUSTOM_CREDIT_UNIT_PATTERN,
  isCreditUnit,
  type KnownCreditUnit,
} from '../../src/credit/index.js';

describe('credit units', () => {
  it('lists the known systems', () => {
    expect(CREDIT_UNITS).toEqual(['ECTS', 'HOURS', 'UK-CATS', 'NZ-CREDIT', 'US-SCH', 'ECVET']);
    expectTypeOf<KnownCreditUnit>().toEqualTypeOf<'ECTS' | 'HOURS' | 'UK-CATS' | 'NZ-CREDIT' | 'US-SCH' | 'ECVET'>();
    expectTypeOf<'custom:x'>().toExtend<CreditUnit>();
    expectTypeOf<'EUR'>().not.toExtend<CreditUnit>();
  });

  it.each([...CREDIT_UNITS])('accepts the known unit %s', (unit) => {
    expect(isCreditUnit(unit)).toBe(true);
  });

  it.each(['custom:a', 'custom:0', 'custom:CQFW', 'custom:us.quarter_hour-2', `custom:${'a'.repeat(64)}`])(
    'accepts the custom unit %s',
    (unit) => {
      expect(isCreditUnit(unit)).toBe(true);
      expect(CUSTOM_CREDIT_UNIT_PATTERN.test(unit)).toBe(true);
    },
  );

  it.each([
    'ects',
    'Ects',
    ' ECTS',
    'ECTS ',
    'EUR',
    '',
    'custom:',
    'custom:-a',
    'custom:.a',
    'custom:_a',
    'custom:a b',
    'custom:a/b',
    'custom:é',
    'Custom:a',
    'custom: a',
    `custom:${'a'.repeat(65)}`,
    'custom:a\n',
  ])('refuses %j', (unit) => {
    expect(isCreditUnit(unit)).toBe(false);
  });

  it.each([null, undefined, 1, {}, ['ECTS'], Symbol('ECTS')])('refuses the non-string %s', (value) => {
    expect(isCreditUnit(value)).toBe(false);
  });

  it('exports a stateless pattern (no g or y flag)', () => {
    expect(CUSTOM_CREDIT_UNIT_PATTERN.flags).toBe('');
    expect(CUSTOM_CREDIT_UNIT_PATTERN.test('custom:a')).toBe(true);
    expect(CUSTOM_CREDIT_UNIT_PATTERN.test('custom:a')).toBe(true);
  });
});
