/**
 * ISCED-F codes as the Europass concept URIs ELM uses, and back. Apart from `isced-f.ts`, whose code check the
 * model's rules use, so that a bundle that checks codes without mapping them to URIs does not load these.
 *
 * @module
 */

import { type IscedFCode, isIscedFCode } from './isced-f.js';
import { uriSuffix } from './own.js';

const ISCED_F_PREFIX = 'http://data.europa.eu/snb/isced-f/';

/**
 * The ELM concept URI of an ISCED-F code.
 *
 * @param code - an ISCED-F code (check untrusted strings with {@link isIscedFCode} first)
 * @returns `http://data.europa.eu/snb/isced-f/{code}`
 * @example
 * ```ts
 * import { iscedFUri } from 'microcred';
 * iscedFUri('0613'); // 'http://data.europa.eu/snb/isced-f/0613'
 * ```
 * @category Vocabularies
 */
export function iscedFUri(code: IscedFCode): string {
  return `${ISCED_F_PREFIX}${code}`;
}

/**
 * The ISCED-F code of an ELM concept URI.
 *
 * @param uri - a concept URI (any value is accepted)
 * @returns the code, or undefined when the URI is not an ISCED-F concept of the official list
 * @example
 * ```ts
 * import { iscedFFromUri } from 'microcred';
 * iscedFFromUri('http://data.europa.eu/snb/isced-f/0688'); // '0688'
 * ```
 * @category Vocabularies
 */
export function iscedFFromUri(uri: unknown): IscedFCode | undefined {
  const code = uriSuffix(uri, ISCED_F_PREFIX);
  return isIscedFCode(code) ? code : undefined;
}
