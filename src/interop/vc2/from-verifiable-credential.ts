import { MicrocredInteropError } from '../../errors.js';
import { emptyExtension, readExtension } from '../shared/extension.js';
import { finishImport } from '../shared/finish.js';
import { compact, isObject, text } from '../shared/json.js';
import { importMode } from '../shared/options.js';
import { leftovers, objectAt, readContext, unmappable } from '../shared/reader.js';
import type { ImportOptions, ImportResult } from '../types.js';

/**
 * Imports a W3C Verifiable Credential 2.0 written by {@link toVerifiableCredential} (or any VC whose
 * subject uses the microcred extension terms). The envelope gives `id`, `validFrom`, `validUntil` and
 * `credentialStatus`; the subject's `microcred:<field>` terms give the elements. Any other property is
 * kept in `extensions` with a warning, or rejected with `{ unmappable: 'reject' }`; a VC without the
 * terms gives a draft listing every missing element.
 *
 * @param doc - the credential as parsed JSON (not a JWT)
 * @param options - how to treat unmappable parts and incomplete documents
 * @returns a complete credential, or a draft with its missing elements and issues; warnings either way
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` with the document path, in reject mode or when
 *   `doc` is not an object
 * @throws MicrocredValidationError `ERR_VALIDATION` with `requireComplete: true` and an incomplete document
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
  const ctx = readContext('vc2', importMode(options));
  if (!isObject(doc)) throw new MicrocredInteropError([], 'A verifiable credential must be a JSON object');
  leftovers(
    ctx,
    doc,
    [],
    ['@context', 'id', 'type', 'issuer', 'validFrom', 'validUntil', 'credentialStatus', 'credentialSubject'],
  );
  const subject = objectAt(ctx, doc['credentialSubject'], ['credentialSubject']);
  leftovers(ctx, subject, ['credentialSubject'], ['id', 'type'], true);
  const extension = emptyExtension();
  readExtension(ctx, subject, ['credentialSubject'], extension);
  const issuerId =
    typeof doc['issuer'] === 'string' ? doc['issuer'] : isObject(doc['issuer']) ? text(doc['issuer']['id']) : undefined;
  const issuer = extension.values['issuer'];
  if (isObject(issuer) && issuerId !== undefined && issuer['id'] !== issuerId) {
    unmappable(ctx, 'unmapped-value', ['issuer'], doc['issuer'], "Issuer differs from the subject's issuer element");
  }
  const status = doc['credentialStatus'];
  const native = compact({
    id: text(doc['id']),
    validFrom: text(doc['validFrom']),
    validUntil: text(doc['validUntil']),
    credentialStatus: status === undefined ? undefined : Array.isArray(status) ? status : [status],
  });
  return finishImport(native, extension, ctx, options);
}
