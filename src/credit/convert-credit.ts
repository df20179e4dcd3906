/**
 * Converts a credit amount to another unit with the caller's conversion table.
 *
 * @module
 */

import { MicrocredCreditError } from '../errors.js';
import { type ConversionTable, type ResolvedConversionTable, resolveConversionTable } from './conversion-table.js';
import { type CreditAmount, checkAmount } from './credit-amount.js';
import { creditInvalid } from './credit-error.js';
import { ONE, type Rational } from './rational.js';
import { divRational, mulRational } from './rational-arithmetic.js';
import { type CreditUnit, isCreditUnit } from './units.js';

function ectsPer(factors: ResolvedConversionTable, unit: CreditUnit, from: CreditUnit, to: CreditUnit): Rational {
  if (unit === 'ECTS') return ONE;
  const factor = factors.get(unit);
  if (factor !== undefined && factor !== null) return factor;
  const why =
    factor === null
      ? `the conversion table marks ${unit} as not convertible`
      : `the conversion table has no factor for ${unit}`;
  throw new MicrocredCreditError('ERR_CREDIT_UNIT_MISMATCH', `Cannot convert ${from} to ${to}: ${why}`, {
    from,
    to,
    unit,
    reason: factor === null ? 'not-convertible' : 'missing-factor',
  });
}

/**
 * Converts a credit amount exactly, with factors from the caller's policy; the library holds none of its own.
 *
 * The same unit gives the amount back unchanged. X → ECTS multiplies by `ectsPerUnit[X]` (HOURS divides by
 * `hoursPerEcts`); ECTS → X divides by it; X → Y goes through ECTS. So ECVET is never converted unless the table
 * gives it a factor. The whole table is checked on every call, as by {@link validateConversionTable}.
 *
 * @param amount - the amount to convert
 * @param to - the target unit
 * @param table - the policy's exact factors
 * @returns the exact amount in `to` (50 hours at 30 h/ECTS give exactly 5/3 ECTS)
 * @throws MicrocredCreditError `ERR_CREDIT_UNIT_MISMATCH` with `params: { from, to, unit, reason }` when a factor
 * needed is missing (reason `missing-factor`) or `null` (reason `not-convertible`); `ERR_CREDIT_INVALID` for a
 * malformed, zero or negative factor, an invalid table, amount or target unit; `ERR_CREDIT_PRECISION` for a
 * factor past the size limits
 * @example
 * ```ts
 * import { convertCredit, parseCredit, formatCredit } from 'microcred';
 * const table = { hoursPerEcts: '30', ectsPerUnit: { 'UK-CATS': '1/2', ECVET: null } };
 * formatCredit(convertCredit(parseCredit('50', 'HOURS'), 'ECTS', table)); // '5/3'
 * formatCredit(convertCredit(parseCredit('15', 'UK-CATS'), 'ECTS', table), { withUnit: true }); // '7.5 ECTS'
 * formatCredit(convertCredit(parseCredit('20', 'UK-CATS'), 'HOURS', table)); // '300'
 * convertCredit(parseCredit('30', 'ECVET'), 'ECTS', table); // throws ERR_CREDIT_UNIT_MISMATCH
 * ```
 * @category Credits
 */
export function convertCredit(amount: CreditAmount, to: CreditUnit, table: ConversionTable): CreditAmount {
  const source = checkAmount(amount, 'amount');
  if (!isCreditUnit(to)) throw creditInvalid(to, 'unknown-unit', 'the target is not a credit unit');
  const factors = resolveConversionTable(table);
  if (source.unit === to) return source;
  const from = ectsPer(factors, source.unit, source.unit, to);
  const into = ectsPer(factors, to, source.unit, to);
  return { value: divRational(mulRational(source.value, from), into), unit: to };
}
