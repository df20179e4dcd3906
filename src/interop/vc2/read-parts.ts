import { MicrocredInteropError } from '../../errors.js';
import { type ExtensionRead, emptyExtension, readExtension } from '../shared/extension.js';
import { compact, isObject, type JsonObject, text } from '../shared/json.js';
import { leftovers, objectAt, type ReadContext, unmappable } from '../shared/reader.js';

/**
 * The two readings of a VC 2.0 document before they are merged: its native part (id, validity, status) and
 * the microcred extension terms of its subject. Shared by {@link fromVerifiableCredential} and the JWT
 * verifier, which reads valid credentials without loading the zod model.
 */
export function readVerifiableCredentialParts(
  ctx: ReadContext,
  doc: unknown,
): { native: JsonObject; extension: ExtensionRead } {
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
  return { native, extension };
}
