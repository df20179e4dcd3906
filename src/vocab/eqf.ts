/**
 * The European Qualifications Framework (EQF): levels 1–8 and their ELM concept URIs.
 *
 * @module
 */

import { uriSuffix } from './own.js';

const EQF_PREFIX = 'http://data.europa.eu/snb/eqf/';

/**
 * The eight EQF levels, in order. Use it to build `z.enum`-like schemas (`z.literal(EQF_LEVELS)`).
 *
 * @example
 * ```ts
 * import { EQF_LEVELS } from 'microcred';
 * EQF_LEVELS.length; // 8
 * ```
 * @category Vocabularies
 */
export const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/**
 * An EQF level, 1 to 8.
 *
 * @example
 * ```ts
 * import type { EqfLevel } from 'microcred';
 * const level: EqfLevel = 6;
 * ```
 * @category Vocabularies
 */
export type EqfLevel = (typeof EQF_LEVELS)[number];

/**
 * The concept scheme of the EQF list in ELM.
 *
 * @example
 * ```ts
 * import { EQF_SCHEME_URI } from 'microcred';
 * EQF_SCHEME_URI; // 'http://data.europa.eu/snb/eqf/25831c2'
 * ```
 * @category Vocabularies
 */
export const EQF_SCHEME_URI = 'http://data.europa.eu/snb/eqf/25831c2';

/**
 * Tells whether a value is an EQF level (an integer from 1 to 8; strings such as `'6'` are not).
 *
 * @param value - anything
 * @returns true for 1, 2, …, 8
 * @example
 * ```ts
 * import { isEqfLevel } from 'microcred';
 * isEqfLevel(6); // true
 * isEqfLevel(9); // false
 * ```
 * @category Vocabularies
 */
export function isEqfLevel(value: unknown): value is EqfLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8;
}

/**
 * The ELM concept URI of an EQF level. The argument is trusted: check untrusted numbers with
 * {@link isEqfLevel} first.
 *
 * @param level - an EQF level
 * @returns `http://data.europa.eu/snb/eqf/{level}`
 * @example
 * ```ts
 * import { eqfLevelUri } from 'microcred';
 * eqfLevelUri(6); // 'http://data.europa.eu/snb/eqf/6'
 * ```
 * @category Vocabularies
 */
export function eqfLevelUri(level: EqfLevel): string {
  return `${EQF_PREFIX}${level}`;
}

/**
 * The EQF level of an ELM concept URI. Only the exact `http:` form used by ELM is recognised.
 *
 * @param uri - a concept URI (any value is accepted)
 * @returns the level, or undefined when the URI is not an EQF level concept
 * @example
 * ```ts
 * import { eqfLevelFromUri } from 'microcred';
 * eqfLevelFromUri('http://data.europa.eu/snb/eqf/6'); // 6
 * eqfLevelFromUri('http://data.europa.eu/snb/eqf/9'); // undefined
 * ```
 * @category Vocabularies
 */
export function eqfLevelFromUri(uri: unknown): EqfLevel | undefined {
  const suffix = uriSuffix(uri, EQF_PREFIX);
  if (suffix === undefined || !/^[1-8]$/.test(suffix)) return undefined;
  const level = Number(suffix);
  return isEqfLevel(level) ? level : undefined;
}
