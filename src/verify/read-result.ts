import { issuerIdOf } from '../jwt/verify/claim-mapping.js';
import { modelMembers, readDocument } from './read-document.js';
import type { ResolvedReadOptions } from './read-options.js';
import { READ_NOTICE, type ReadAnyResult, type UncheckedAspect } from './read-types.js';
import type { ClrItem, CredentialFormat } from './types.js';

/** The members every reading carries: that nothing was verified, and what in particular was not. */
export function unverified(
  unchecked: readonly UncheckedAspect[],
): Pick<ReadAnyResult, 'verified' | 'unchecked' | 'notice'> {
  return { verified: false, unchecked, notice: READ_NOTICE };
}

/**
 * The result of reading a credential document without verifying it, as `documentResult` builds a verified one:
 * `envelope` (the document in the VC 2.0 envelope, without proofs) is read by what it is, a CLR bundle is split by
 * `splitClr` (each item read on its own), and the issuer is reported as what the document claims.
 */
export async function readDocumentResult(
  format: CredentialFormat,
  document: Readonly<Record<string, unknown>>,
  envelope: Readonly<Record<string, unknown>>,
  unchecked: readonly UncheckedAspect[],
  options: ResolvedReadOptions,
  splitClr: (document: Readonly<Record<string, unknown>>) => Promise<readonly ClrItem<ReadAnyResult>[]>,
): Promise<ReadAnyResult> {
  const reading = await readDocument(envelope, options.import);
  const claimedIssuer = issuerIdOf(envelope);
  return {
    ...unverified(unchecked),
    format,
    kind: reading.kind,
    ...modelMembers(reading.imported),
    document,
    ...(claimedIssuer === undefined ? {} : { claimedIssuer }),
    unresolved: [],
    ...(reading.endorsed === undefined ? {} : { endorsed: reading.endorsed }),
    ...(reading.kind === 'clr' ? { items: await splitClr(envelope) } : {}),
  };
}
