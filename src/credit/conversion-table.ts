/**
 * The caller's conversion table: the exact factors a recognition policy uses to turn credits into ECTS.
 *
 * @module
 */

import { creditInvalid } from './credit-error.js';
import { readRational } from './parse-rational.js';
import { ONE, type Rational } from './rational.js';
import { compareRational } from './rational-arithmetic.js';
import { type CreditUnit, isCreditUnit } from './units.js';

/**
 * Exact conversion factors chosen by the caller's policy. microcred holds no factor of its own.
 *
 * `hoursPerEcts` is how many notional hours make one ECTS credit (often 25 to 30). `ectsPerUnit[X]` is how many
 * ECTS credits one credit of unit X is worth (for example `'1/2'` for UK-CATS by share of a year); `null` marks a
 * unit as known but not convertible (ECVET, typically). Factors are decimal or fraction strings, > 0. HOURS is
 * set through `hoursPerEcts` only; an `ECTS` entry, if present, must be 1.
 *
 * @example
 * ```ts
 * import type { ConversionTable } from 'microcred';
 * const table: ConversionTable = {
 *   hoursPerEcts: '30',
 *   ectsPerUnit: { 'UK-CATS': '1/2', 'NZ-CREDIT': '1/2', 'US-SCH': '2', ECVET: null },
 * };
 * ```
 * @category Credits
 */
export interface ConversionTable {
  /** Notional hours per ECTS credit, as an exact decimal or fraction string > 0. */
  readonly hoursPerEcts?: string;
  /** ECTS credits per credit of each unit, as exact strings > 0, or `null` for a unit that is not convertible. */
  readonly ectsPerUnit?: Readonly<Partial<Record<CreditUnit, string | null>>>;
}

/**
 * A conversion table with its factors read: ECTS per unit for every listed unit, HOURS included.
 *
 * @internal
 */
export type ResolvedConversionTable = ReadonlyMap<CreditUnit, Rational | null>;

const TABLE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['hoursPerEcts', 'ectsPerUnit']);

function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function isRecord(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readFactor(value: unknown, field: string): Rational {
  if (typeof value !== 'string') {
    throw creditInvalid(value, 'not-a-string', `${field} must be a decimal or fraction string`, { field });
  }
  const factor = readRational(value, value, { field });
  if (factor.num === 0n) throw creditInvalid(value, 'zero-factor', `${field} must be greater than zero`, { field });
  return factor;
}

/**
 * Reads and checks every factor of a table.
 *
 * @internal
 */
export function resolveConversionTable(table: unknown): ResolvedConversionTable {
  if (!isRecord(table)) throw creditInvalid(table, 'not-an-object', 'a conversion table must be an object');
  for (const key of Object.keys(table)) {
    if (!TABLE_KEYS.has(key)) {
      throw creditInvalid(key, 'unknown-key', 'a conversion table has only hoursPerEcts and ectsPerUnit', {
        field: key,
      });
    }
  }
  const factors = new Map<CreditUnit, Rational | null>();
  const hours = own(table, 'hoursPerEcts');
  if (hours !== undefined) {
    const perEcts = readFactor(hours, 'hoursPerEcts');
    factors.set('HOURS', { num: perEcts.den, den: perEcts.num });
  }
  const perUnit = own(table, 'ectsPerUnit');
  if (perUnit === undefined) return factors;
  if (!isRecord(perUnit)) {
    throw creditInvalid(perUnit, 'not-an-object', 'ectsPerUnit must be an object', { field: 'ectsPerUnit' });
  }
  for (const [unit, value] of Object.entries(perUnit)) {
    const field = `ectsPerUnit.${unit}`;
    if (!isCreditUnit(unit)) throw creditInvalid(unit, 'unknown-unit', 'not a credit unit', { field });
    if (unit === 'HOURS') {
      throw creditInvalid(value, 'hours-in-ects-per-unit', 'set hours through hoursPerEcts', { field });
    }
    if (value === undefined) continue;
    const factor = value === null ? null : readFactor(value, field);
    if (unit === 'ECTS' && (factor === null || compareRational(factor, ONE) !== 0)) {
      throw creditInvalid(value, 'ects-factor-not-one', 'the ECTS factor can only be 1', { field });
    }
    factors.set(unit, factor);
  }
  return factors;
}

/**
 * Checks a conversion table up front, so a bad policy fails when it is loaded rather than at its first use.
 *
 * @param table - the table to check (any value)
 * @returns nothing; after the call, `table` is known to be a {@link ConversionTable}
 * @throws MicrocredCreditError `ERR_CREDIT_INVALID` with `params: { input, reason, field }`, reason one of
 * `not-an-object`, `unknown-key`, `unknown-unit`, `not-a-string`, `zero-factor`, `hours-in-ects-per-unit`,
 * `ects-factor-not-one`, or a reason of {@link parseRational} (`negative`, `malformed`, ...);
 * `ERR_CREDIT_PRECISION` for a factor past the size limits
 * @example
 * ```ts
 * import { validateConversionTable } from 'microcred';
 * validateConversionTable({ hoursPerEcts: '25', ectsPerUnit: { ECVET: null } }); // undefined
 * validateConversionTable({ hoursPerEcts: '0' }); // throws ERR_CREDIT_INVALID
 * validateConversionTable({ ectsPerUnit: { 'US-SCH': '-2' } }); // throws ERR_CREDIT_INVALID
 * ```
 * @category Credits
 */
export function validateConversionTable(table: unknown): asserts table is ConversionTable {
  resolveConversionTable(table);
}
