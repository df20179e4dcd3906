import { MicrocredInteropError } from '../../errors.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import { isLanguageTag } from '../../vocab/index.js';
import { MICROCRED_CONTEXT_URL } from '../contexts.js';
import { extensionTerms } from '../shared/extension.js';
import type { JsonObject } from '../shared/json.js';
import { checkUriOption } from '../shared/options.js';
import { readContext } from '../shared/reader.js';
import type { ExportOptions } from '../types.js';
import { readNativeElm } from './read-native.js';
import { type ElmDisplayImage, toNativeElm } from './to-native.js';

/**
 * Options of {@link toElm}.
 *
 * @example
 * ```ts
 * import type { ElmOptions } from 'microcred/interop';
 * declare const pngBase64: string;
 * const options: ElmOptions = { display: { content: pngBase64, mediaType: 'image/png' }, language: 'en' };
 * ```
 * @category Interop
 */
export interface ElmOptions extends ExportOptions {
  /** The image of the credential that EDC displays (required by the EDC shapes; microcred draws none). */
  readonly display?: ElmDisplayImage;
  /** The language of plain-string text, which ELM writes as language maps; default: the first of `language`, then the title's. */
  readonly language?: string;
  /** The sealing time (`issued`), when it differs from the date of issuing. */
  readonly issued?: string;
}

export type { ElmDisplayImage };

function textLanguage(mc: MicroCredential, option: string | undefined): string {
  const language = option ?? mc.language?.[0] ?? (typeof mc.title === 'string' ? undefined : Object.keys(mc.title)[0]);
  if (language === undefined || !isLanguageTag(language)) {
    throw new MicrocredInteropError(['language'], 'ELM writes text as language maps: set language or options.language');
  }
  return language;
}

/**
 * Exports a micro-credential as an ELM 3.1 European Digital Credential (EDC JSON-LD, VC 1.1 envelope):
 * learning achievement, its Qualification (EQF, NQF, ISCED-F, credit points as exact strings, notional
 * hours as `PTnH`, learning outcomes, modes, learning setting, assessment and activity specifications,
 * entry requirement, accreditations), the awarding process with every awarding body, and the learner's
 * assessment with grade and supervision. What ELM cannot hold exactly goes in the microcred extension
 * context. The output conforms to the official EDC SHACL shapes (generic, full).
 *
 * Derivations: `validFrom` is the date of issuing when the model has none; `issued` (sealing time) is
 * `options.issued` or the date of issuing; plain strings are written in `options.language`, else the first
 * of the model's `language`; specification titles ELM requires are the vocabulary code in words.
 *
 * @param mc - a valid micro-credential
 * @param options - the display image EDC requires, the text language, ids the model lacks
 * @returns the credential as JSON-LD
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` with the path of what EDC requires and is missing:
 *   `displayParameter` (no `options.display`), `issuer.registration` (the eIDAS legal identifier), `language`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when an id option is not a URI
 * @example
 * ```ts
 * import { parseMicroCredential } from 'microcred';
 * import { toElm } from 'microcred/interop';
 * declare const json: unknown;
 * declare const pngBase64: string;
 * const edc = toElm(parseMicroCredential(json), { display: { content: pngBase64, mediaType: 'image/png' } });
 * ```
 * @category Interop
 */
export function toElm(mc: MicroCredential, options: ElmOptions = {}): Record<string, unknown> {
  checkUriOption('id', options.id);
  checkUriOption('issuerId', options.issuerId);
  if (options.display === undefined) {
    throw new MicrocredInteropError(
      ['displayParameter'],
      'EDC requires an image of the credential: set options.display',
    );
  }
  if (mc.issuer.registration === undefined) {
    throw new MicrocredInteropError(['issuer', 'registration'], "EDC requires the issuer's eIDAS legal identifier");
  }
  const settings = {
    id: mc.id ?? options.id,
    issuerId: mc.issuer.id ?? options.issuerId,
    issued: options.issued ?? mc.issued,
    language: textLanguage(mc, options.language),
    display: options.display,
  };
  const native = toNativeElm(mc, settings);
  const stated = {
    ...mc,
    ...(settings.id === undefined ? {} : { id: settings.id }),
    issuer: { ...mc.issuer, ...(settings.issuerId === undefined ? {} : { id: settings.issuerId }) },
  };
  const back = readNativeElm(readContext('elm', 'keep', true), structuredClone(native));
  const { terms } = extensionTerms(stated, back, options.onWarning);
  const credentialSubject = native['credentialSubject'] as JsonObject;
  return {
    ...native,
    '@context': [...(native['@context'] as string[]), MICROCRED_CONTEXT_URL],
    credentialSubject: {
      ...credentialSubject,
      hasClaim: { ...(credentialSubject['hasClaim'] as JsonObject), ...terms },
    },
  };
}
