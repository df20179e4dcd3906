/**
 * Exact credit arithmetic: rationals over `bigint`, credit units, parsing and canonical formatting, and unit
 * conversion by the caller's policy. Names are listed one by one so that a new public name is a visible diff.
 *
 * @module
 */

export { addCredits } from './add-credits.js';
export { compareCredits, isZeroCredit, maxCredit, minCredit } from './compare-credits.js';
export { type ConversionTable, validateConversionTable } from './conversion-table.js';
export { convertCredit } from './convert-credit.js';
export type { CreditAmount } from './credit-amount.js';
export { creditToNumber } from './credit-to-number.js';
export { type FormatCreditOptions, formatCredit } from './format-credit.js';
export { formatRational } from './format-rational.js';
export { multiplyCredit } from './multiply-credit.js';
export { parseCredit } from './parse-credit.js';
export { MAX_CREDIT_FRACTION_DIGITS, MAX_CREDIT_STRING_LENGTH, parseRational } from './parse-rational.js';
export { ONE, type Rational, rational, ZERO } from './rational.js';
export { addRational, compareRational, divRational, mulRational, subRational } from './rational-arithmetic.js';
export {
  type CreditRoundingMode,
  type RoundCreditOptions,
  type RoundCreditResult,
  roundCredit,
} from './round-credit.js';
export { subtractCredits } from './subtract-credits.js';
export { sumCredits } from './sum-credits.js';
export {
  CREDIT_UNITS,
  type CreditUnit,
  CUSTOM_CREDIT_UNIT_PATTERN,
  isCreditUnit,
  type KnownCreditUnit,
} from './units.js';
