import { unsecuredEnvelope } from './read-document.js';
import { type ResolvedReadOptions, scanDocument } from './read-options.js';
import { readDocumentResult } from './read-result.js';
import type { ReadAnyResult } from './read-types.js';
import type { ClrItem } from './types.js';

/**
 * The Data Integrity branch of `readAny`: the document passes the verifiers' pre-scan, its proofs are set aside
 * unchecked (no canonicalisation, no context loading, no key), and the rest is read by what it is. A VC 1.1
 * document is read through the VC 2.0 envelope.
 */
export async function readDataIntegrityInput(
  document: Readonly<Record<string, unknown>>,
  options: ResolvedReadOptions,
  splitClr: (document: Readonly<Record<string, unknown>>) => Promise<readonly ClrItem<ReadAnyResult>[]>,
): Promise<ReadAnyResult> {
  scanDocument(document, options.resolvedLimits);
  const envelope = unsecuredEnvelope(document);
  const unchecked = ['proof', 'issuer', 'validity', 'status'] as const;
  return readDocumentResult('data-integrity', document, envelope, unchecked, options, splitClr);
}
