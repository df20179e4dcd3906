/**
 * Credit units: the known credit systems and caller-defined `custom:` units.
 *
 * @module
 */

/**
 * The credit systems microcred knows by name.
 *
 * `ECTS` (European Credit Transfer System), `HOURS` (notional hours of learning), `UK-CATS` (UK credit),
 * `NZ-CREDIT` (New Zealand credit), `US-SCH` (US semester credit hour), `ECVET` (VET points; never added to ECTS).
 * The library holds no conversion factor between them: see {@link convertCredit}.
 *
 * @example
 * ```ts
 * import { CREDIT_UNITS } from 'microcred';
 * CREDIT_UNITS.includes('ECVET'); // true
 * ```
 * @category Credits
 */
export const CREDIT_UNITS = ['ECTS', 'HOURS', 'UK-CATS', 'NZ-CREDIT', 'US-SCH', 'ECVET'] as const;

/**
 * One of the known credit systems in {@link CREDIT_UNITS}.
 *
 * @example
 * ```ts
 * import type { KnownCreditUnit } from 'microcred';
 * const unit: KnownCreditUnit = 'UK-CATS';
 * ```
 * @category Credits
 */
export type KnownCreditUnit = (typeof CREDIT_UNITS)[number];

/**
 * A credit unit: a known system, or a caller-defined `custom:<name>` unit whose name matches
 * {@link CUSTOM_CREDIT_UNIT_PATTERN}.
 *
 * @example
 * ```ts
 * import type { CreditUnit } from 'microcred';
 * const units: CreditUnit[] = ['ECTS', 'custom:us-quarter-hour'];
 * ```
 * @category Credits
 */
export type CreditUnit = KnownCreditUnit | `custom:${string}`;

/**
 * The pattern a custom unit must match: `custom:` then a name of 1 to 64 characters, made of ASCII letters,
 * digits, `.`, `_` and `-`, starting with a letter or digit. Shared with the zod model.
 *
 * @example
 * ```ts
 * import { CUSTOM_CREDIT_UNIT_PATTERN } from 'microcred';
 * CUSTOM_CREDIT_UNIT_PATTERN.test('custom:us-quarter-hour'); // true
 * CUSTOM_CREDIT_UNIT_PATTERN.test('custom:-x'); // false
 * ```
 * @category Credits
 */
export const CUSTOM_CREDIT_UNIT_PATTERN: RegExp = /^custom:[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const KNOWN: ReadonlySet<string> = /* @__PURE__ */ new Set(CREDIT_UNITS);

/**
 * Tells whether a value is a {@link CreditUnit}: a name from {@link CREDIT_UNITS} (case-sensitive) or a custom
 * unit matching {@link CUSTOM_CREDIT_UNIT_PATTERN}.
 *
 * @param x - any value
 * @returns true when `x` is a credit unit
 * @throws Never; any other value gives `false`.
 * @example
 * ```ts
 * import { isCreditUnit } from 'microcred';
 * isCreditUnit('ECTS'); // true
 * isCreditUnit('ects'); // false
 * isCreditUnit('custom:CQFW'); // true
 * isCreditUnit('custom:'); // false
 * ```
 * @category Credits
 */
export function isCreditUnit(x: unknown): x is CreditUnit {
  return typeof x === 'string' && (KNOWN.has(x) || CUSTOM_CREDIT_UNIT_PATTERN.test(x));
}
