/**
 * ISCED 2011 levels of education, 0–8 (Eurostat codes ED0–ED8). No ELM list of these is stored, so they
 * have no concept URIs here.
 *
 * @module
 */

/**
 * The nine ISCED 2011 levels: 0 early childhood, 1 primary, 2 lower secondary, 3 upper secondary,
 * 4 post-secondary non-tertiary, 5 short-cycle tertiary, 6 bachelor's or equivalent, 7 master's or
 * equivalent, 8 doctoral or equivalent.
 *
 * @example
 * ```ts
 * import { ISCED_LEVELS } from 'microcred';
 * ISCED_LEVELS[6]; // 6
 * ```
 * @category Vocabularies
 */
export const ISCED_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

/**
 * An ISCED 2011 level, 0 to 8.
 *
 * @example
 * ```ts
 * import type { IscedLevel } from 'microcred';
 * const bachelor: IscedLevel = 6;
 * ```
 * @category Vocabularies
 */
export type IscedLevel = (typeof ISCED_LEVELS)[number];

/**
 * Tells whether a value is an ISCED 2011 level (an integer from 0 to 8).
 *
 * @param value - anything
 * @returns true for 0, 1, …, 8
 * @example
 * ```ts
 * import { isIscedLevel } from 'microcred';
 * isIscedLevel(0); // true
 * isIscedLevel('ED6'); // false
 * ```
 * @category Vocabularies
 */
export function isIscedLevel(value: unknown): value is IscedLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 8;
}
