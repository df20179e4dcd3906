/**
 * The cycles of the Qualifications Framework of the European Higher Education Area (QF-EHEA).
 *
 * Source: ECTS Users' Guide 2015 (doi:10.2766/87592); the short cycle became a QF-EHEA level in 2018.
 * These are programme sizes: a micro-credential is far smaller.
 *
 * @module
 */

import { type EqfLevel, isEqfLevel } from './eqf.js';
import type { IscedLevel } from './isced-levels.js';

/**
 * The four QF-EHEA cycles, from the short cycle to the doctorate.
 *
 * @example
 * ```ts
 * import { QF_EHEA_CYCLES } from 'microcred';
 * QF_EHEA_CYCLES[1]; // 'first'
 * ```
 * @category Vocabularies
 */
export const QF_EHEA_CYCLES = ['short', 'first', 'second', 'third'] as const;

/**
 * A QF-EHEA cycle.
 *
 * @example
 * ```ts
 * import type { QfEheaCycle } from 'microcred';
 * const bachelor: QfEheaCycle = 'first';
 * ```
 * @category Vocabularies
 */
export type QfEheaCycle = (typeof QF_EHEA_CYCLES)[number];

/**
 * What the ECTS Users' Guide says about a cycle. ECTS figures are decimal strings, like every credit value.
 *
 * @example
 * ```ts
 * import type { QfEheaCycleInfo } from 'microcred';
 * const first: QfEheaCycleInfo = { eqfLevel: 6, iscedLevel: 6, typicalEcts: ['180', '240'] };
 * ```
 * @category Vocabularies
 */
export interface QfEheaCycleInfo {
  /** The EQF level the cycle corresponds to. */
  readonly eqfLevel: EqfLevel;
  /** The ISCED 2011 level the cycle corresponds to. */
  readonly iscedLevel: IscedLevel;
  /** The usual programme sizes in ECTS; empty when the guide gives none (third cycle: "ECTS use varies"). */
  readonly typicalEcts: readonly string[];
  /** The stated minimum, when the guide states one. For the second cycle it is 60 ECTS *at second-cycle level*. */
  readonly minEcts?: string;
}

/**
 * The cycles' data: short cycle about 120 ECTS (EQF 5), first cycle 180 or 240 (EQF 6), second cycle 90 or
 * 120 with at least 60 at second-cycle level (EQF 7), third cycle with no typical figure (EQF 8).
 *
 * @example
 * ```ts
 * import { QF_EHEA_CYCLE_INFO } from 'microcred';
 * QF_EHEA_CYCLE_INFO.second.minEcts; // '60'
 * ```
 * @category Vocabularies
 */
export const QF_EHEA_CYCLE_INFO: { readonly [C in QfEheaCycle]: QfEheaCycleInfo } = {
  short: { eqfLevel: 5, iscedLevel: 5, typicalEcts: ['120'] },
  first: { eqfLevel: 6, iscedLevel: 6, typicalEcts: ['180', '240'] },
  second: { eqfLevel: 7, iscedLevel: 7, typicalEcts: ['90', '120'], minEcts: '60' },
  third: { eqfLevel: 8, iscedLevel: 8, typicalEcts: [] },
};

/**
 * The QF-EHEA cycle that corresponds to an EQF level (5 → short, 6 → first, 7 → second, 8 → third).
 *
 * @param level - an EQF level (any value is accepted)
 * @returns the cycle, or undefined for EQF 1–4 and for values that are not EQF levels
 * @example
 * ```ts
 * import { qfEheaCycleForEqf } from 'microcred';
 * qfEheaCycleForEqf(7); // 'second'
 * qfEheaCycleForEqf(4); // undefined
 * ```
 * @category Vocabularies
 */
export function qfEheaCycleForEqf(level: unknown): QfEheaCycle | undefined {
  if (!isEqfLevel(level)) return undefined;
  return QF_EHEA_CYCLES.find((cycle) => QF_EHEA_CYCLE_INFO[cycle].eqfLevel === level);
}

/**
 * The EQF level that corresponds to a QF-EHEA cycle.
 *
 * @param cycle - a QF-EHEA cycle
 * @returns 5, 6, 7 or 8
 * @example
 * ```ts
 * import { eqfForQfEheaCycle } from 'microcred';
 * eqfForQfEheaCycle('first'); // 6
 * ```
 * @category Vocabularies
 */
export function eqfForQfEheaCycle(cycle: QfEheaCycle): EqfLevel {
  return QF_EHEA_CYCLE_INFO[cycle].eqfLevel;
}
