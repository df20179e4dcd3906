/**
 * The credit amount: an exact, non-negative value in one credit unit.
 *
 * @module
 */

import { creditInvalid, unitMismatch } from './credit-error.js';
import { type Rational, toRational } from './rational.js';
import { type CreditUnit, isCreditUnit } from './units.js';

/**
 * An exact, non-negative amount of credit in one unit. Build it with {@link parseCredit}; write it with
 * {@link formatCredit}. Amounts in different units are never combined without {@link convertCredit}.
 *
 * @example
 * ```ts
 * import { parseCredit, type CreditAmount } from 'microcred';
 * const amount: CreditAmount = parseCredit('7.5', 'ECTS');
 * amount.value; // { num: 15n, den: 2n }
 * ```
 * @category Credits
 */
export interface CreditAmount {
  /** The exact value, normalised and ≥ 0. */
  readonly value: Rational;
  /** The credit system the value is expressed in. */
  readonly unit: CreditUnit;
}

/**
 * Checks a caller's credit amount (object shape, bigint fields, value ≥ 0, known unit) and returns it with its
 * value normalised.
 *
 * @internal
 */
export function checkAmount(amount: unknown, what: string): CreditAmount {
  if (typeof amount !== 'object' || amount === null) {
    throw creditInvalid(amount, 'not-a-credit-amount', `${what} must be a credit amount { value, unit }`);
  }
  const { value, unit } = amount as { value?: unknown; unit?: unknown };
  const exact = toRational(value, `${what}.value`);
  if (exact.num < 0n) throw creditInvalid(`${exact.num}/${exact.den}`, 'negative', 'credits cannot be negative');
  if (!isCreditUnit(unit)) throw creditInvalid(unit, 'unknown-unit', `${what}.unit is not a credit unit`);
  return { value: exact, unit };
}

/**
 * Checks two amounts and that they share a unit.
 *
 * @internal
 */
export function checkPair(a: unknown, b: unknown): readonly [CreditAmount, CreditAmount] {
  const left = checkAmount(a, 'a');
  const right = checkAmount(b, 'b');
  if (left.unit !== right.unit) throw unitMismatch(left.unit, right.unit);
  return [left, right];
}
