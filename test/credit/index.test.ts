import { describe, expect, it } from 'vitest';
import * as credit from '../../src/credit/index.js';

describe('src/credit barrel', () => {
  it('exports exactly the public runtime names', () => {
    expect(Object.keys(credit).sort()).toEqual(
      [
        'CREDIT_UNITS',
        'CUSTOM_CREDIT_UNIT_PATTERN',
        'MAX_CREDIT_FRACTION_DIGITS',
        'MAX_CREDIT_STRING_LENGTH',
        'ONE',
        'ZERO',
        'addCredits',
        'addRational',
        'compareCredits',
        'compareRational',
        'convertCredit',
        'creditToNumber',
        'divRational',
        'formatCredit',
        'formatRational',
        'isCreditUnit',
        'isZeroCredit',
        'maxCredit',
        'minCredit',
        'mulRational',
        'multiplyCredit',
        'parseCredit',
        'parseRational',
        'rational',
        'roundCredit',
        'subRational',
        'subtractCredits',
        'sumCredits',
        'validateConversionTable',
      ].sort(),
    );
  });

  it('uses no export * (every name is listed)', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../src/credit/index.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/export \*/);
  });
});
