/**
 * ISCED-F 2013 fields of education and training: 12 broad (2 digits), 58 narrow (3 digits) and 150 detailed
 * (4 digits) fields. Codes are strings and leading zeros matter: `0613` is a code, `613` is not.
 *
 * @module
 */

import { ISCED_F_CODE_DATA } from './data/isced-f.js';

/**
 * Every ISCED-F 2013 code (220), in the official order of the ELM list: each broad field, then its narrow
 * fields, then its detailed fields. Includes the residual codes: "not further defined" (`…0`),
 * "inter-disciplinary" (`…8`), "not elsewhere classified" (`…9`) and "field unknown" (`99`, `999`, `9999`).
 *
 * @example
 * ```ts
 * import { ISCED_F_CODES } from 'microcred';
 * ISCED_F_CODES.includes('0613'); // true
 * ```
 * @category Vocabularies
 */
export const ISCED_F_CODES = ISCED_F_CODE_DATA;
const ISCED_F_CODE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(ISCED_F_CODES);

/**
 * An ISCED-F 2013 code, such as `'06'`, `'061'` or `'0613'`.
 *
 * @example
 * ```ts
 * import type { IscedFCode } from 'microcred';
 * const field: IscedFCode = '0613';
 * ```
 * @category Vocabularies
 */
export type IscedFCode = (typeof ISCED_F_CODES)[number];

/**
 * The level of an ISCED-F code in the hierarchy: broad (2 digits), narrow (3) or detailed (4).
 *
 * @example
 * ```ts
 * import type { IscedFLevel } from 'microcred';
 * const level: IscedFLevel = 'detailed';
 * ```
 * @category Vocabularies
 */
export type IscedFLevel = 'broad' | 'narrow' | 'detailed';

/**
 * The concept scheme of the ISCED-F list in ELM.
 *
 * @example
 * ```ts
 * import { ISCED_F_SCHEME_URI } from 'microcred';
 * ISCED_F_SCHEME_URI; // 'http://data.europa.eu/snb/isced-f/25831c2'
 * ```
 * @category Vocabularies
 */
export const ISCED_F_SCHEME_URI = 'http://data.europa.eu/snb/isced-f/25831c2';

/**
 * Tells whether a value is an ISCED-F 2013 code of the official list.
 *
 * @param value - anything
 * @returns true for `'0613'`; false for `'613'`, `613` or `'0617'`
 * @example
 * ```ts
 * import { isIscedFCode } from 'microcred';
 * isIscedFCode('0613'); // true
 * isIscedFCode('613'); // false
 * ```
 * @category Vocabularies
 */
export function isIscedFCode(value: unknown): value is IscedFCode {
  return typeof value === 'string' && ISCED_F_CODE_SET.has(value);
}

/**
 * The level of an ISCED-F code, from its length.
 *
 * @param code - any string
 * @returns `'broad'`, `'narrow'` or `'detailed'`; undefined when `code` is not an ISCED-F code
 * @example
 * ```ts
 * import { iscedFLevel } from 'microcred';
 * iscedFLevel('061'); // 'narrow'
 * ```
 * @category Vocabularies
 */
export function iscedFLevel(code: string): IscedFLevel | undefined {
  if (!isIscedFCode(code)) return undefined;
  return code.length === 2 ? 'broad' : code.length === 3 ? 'narrow' : 'detailed';
}

/**
 * The parent of an ISCED-F code: the code without its last digit (`0613` → `061` → `06`).
 *
 * @param code - any string
 * @returns the parent code; undefined for a broad field or when `code` is not an ISCED-F code
 * @example
 * ```ts
 * import { iscedFParent } from 'microcred';
 * iscedFParent('0613'); // '061'
 * iscedFParent('06'); // undefined
 * ```
 * @category Vocabularies
 */
export function iscedFParent(code: string): IscedFCode | undefined {
  if (!isIscedFCode(code) || code.length === 2) return undefined;
  const parent = code.slice(0, -1);
  return isIscedFCode(parent) ? parent : undefined;
}

/**
 * The ancestors of an ISCED-F code, nearest first.
 *
 * @param code - any string
 * @returns `['061', '06']` for `'0613'`; an empty array for a broad field or a string that is not a code
 * @example
 * ```ts
 * import { iscedFAncestors } from 'microcred';
 * iscedFAncestors('0613'); // ['061', '06']
 * ```
 * @category Vocabularies
 */
export function iscedFAncestors(code: string): IscedFCode[] {
  const ancestors: IscedFCode[] = [];
  for (let parent = iscedFParent(code); parent !== undefined; parent = iscedFParent(parent)) {
    ancestors.push(parent);
  }
  return ancestors;
}
