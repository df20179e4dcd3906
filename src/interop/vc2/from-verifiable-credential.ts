import { applyCommunityExtensions } from '../community/apply.js';
import { assertAchievement } from '../shared/achievement.js';
import { finishImport } from '../shared/finish.js';
import { isObject } from '../shared/json.js';
import { importExtensions, importMode } from '../shared/options.js';
import { readContext } from '../shared/reader.js';
import { readUntrusted } from '../shared/untrusted.js';
import type { ImportOptions, ImportResult } from '../types.js';
import { readVerifiableCredentialParts } from './read-parts.js';

/**
 * Imports a W3C Verifiable Credential 2.0 written by {@link toVerifiableCredential} (or any VC whose
 * subject uses the microcred extension terms). The envelope gives `id`, `validFrom`, `validUntil` and
 * `credentialStatus`; the subject's `microcred:<field>` terms give the elements, and the terms of the
 * community extensions the document activates (the `extensions` option) give theirs. Any other property is
 * kept in `extensions` with a warning, or rejected with `{ unmappable: 'reject' }`; a VC without the
 * terms gives a draft listing every missing element.
 *
 * @param doc - the credential as parsed JSON (not a JWT)
 * @param options - how to treat unmappable parts and incomplete documents
 * @returns a complete credential, or a draft with its missing elements and issues; warnings either way
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` with the document path, in reject mode or when
 *   `doc` is not an object; `ERR_INTEROP_NOT_ACHIEVEMENT` for an `EndorsementCredential` or a CLR `ClrCredential`
 * @throws MicrocredValidationError `ERR_VALIDATION` with `requireComplete: true` and an incomplete document
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` past the default input limits; `ERR_VALIDATION` for a
 *   document that cannot be read as data (an accessor property, a revoked Proxy)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { fromVerifiableCredential } from 'microcred/interop';
 * declare const vc: unknown;
 * const result = fromVerifiableCredential(vc);
 * if (result.complete) console.log(result.credential.title);
 * ```
 * @category Interop
 */
export function fromVerifiableCredential(doc: unknown, options?: ImportOptions): ImportResult {
  return readUntrusted(doc, options, (input, o) => {
    const ctx = readContext('vc2', importMode(o));
    const extensions = importExtensions(o);
    if (isObject(input)) assertAchievement(input);
    const community = isObject(input) ? applyCommunityExtensions(ctx, input, extensions) : undefined;
    const { native, extension } = readVerifiableCredentialParts(ctx, community?.doc ?? input);
    return finishImport({ ...native, ...community?.values }, extension, ctx, o);
  });
}
