import { MicrocredInteropError } from '../../errors.js';
import { MICROCRED_CONTEXT_URL } from '../contexts.js';
import { emptyExtension, readExtension } from '../shared/extension.js';
import { finishImport } from '../shared/finish.js';
import { asArray, isObject } from '../shared/json.js';
import { importMode } from '../shared/options.js';
import { readContext } from '../shared/reader.js';
import { readUntrusted } from '../shared/untrusted.js';
import type { ImportOptions, ImportResult } from '../types.js';
import { readNativeElm } from './read-native.js';

/**
 * Imports an ELM 3 European Digital Credential (EDC JSON-LD, unsigned) into the model: the learner
 * (Person), the learning achievement and its specification (EQF, NQF, ISCED-F, credit points kept as
 * exact strings, `PTnH` volume of learning, outcomes, modes, setting, entry requirement, accreditations),
 * the awarding process and bodies, the assessment with grade and supervision. Concepts outside the
 * controlled lists are kept (an assessment type as an external concept, with a warning); the supervision
 * concept that has no Annex value, durations that are not hours (`P60M` is 60 months) and every unknown
 * part are kept in `extensions` with a warning, or rejected with `{ unmappable: 'reject' }`. Missing
 * Annex I elements (the official sample has no quality assurance) give a draft with the `missing` list.
 *
 * @param doc - the credential as parsed JSON-LD (compacted with the EDC context, as EDC issues it)
 * @param options - how to treat unmappable parts and incomplete documents
 * @returns a complete credential, or a draft with its missing elements and issues; warnings either way
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` with the document path, in reject mode or when
 *   `doc` is not an object
 * @throws MicrocredValidationError `ERR_VALIDATION` with `requireComplete: true` and an incomplete document
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` past the default input limits; `ERR_VALIDATION` for a
 *   document that cannot be read as data (an accessor property, a revoked Proxy)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { fromElm } from 'microcred/interop';
 * declare const edc: unknown;
 * const result = fromElm(edc);
 * if (!result.complete) console.log('missing', result.missing); // e.g. ['qualityAssurance']
 * ```
 * @category Interop
 */
export function fromElm(doc: unknown, options?: ImportOptions): ImportResult {
  return readUntrusted(doc, options, (input, o) => {
    const mode = importMode(o);
    if (!isObject(input)) throw new MicrocredInteropError([], 'An ELM credential must be a JSON object');
    const ctx = readContext('elm', mode, asArray(input['@context']).includes(MICROCRED_CONTEXT_URL));
    const extension = emptyExtension();
    const person = input['credentialSubject'];
    const claim = isObject(person) ? person['hasClaim'] : undefined;
    readExtension(ctx, input, [], extension);
    if (isObject(claim)) readExtension(ctx, claim, ['credentialSubject', 'hasClaim'], extension);
    return finishImport(readNativeElm(ctx, input), extension, ctx, o);
  });
}
