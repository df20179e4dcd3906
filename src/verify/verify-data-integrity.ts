import { verifyDataIntegrityDocument } from '../data-integrity/verify-document.js';
import type { KeyInput } from '../jwt/verify/resolve-key.js';
import { documentResult, unsecuredEnvelope } from './read-document.js';
import type { ClrItem, VerifyAnyOptions, VerifyAnyResult } from './types.js';
import { jwtOptions } from './verify-jwt.js';

/**
 * The Data Integrity branch: every proof of the document verified by `verifyDataIntegrityDocument` (pinned
 * offline contexts, safe-mode JSON-LD, every proof must verify), then the document read by what it is, as the JWT
 * branch does. A VC 1.1 document is read through the VC 2.0 envelope.
 */
export async function verifyDataIntegrityInput(
  document: Readonly<Record<string, unknown>>,
  keys: KeyInput,
  options: VerifyAnyOptions,
  splitClr: (document: Readonly<Record<string, unknown>>) => Promise<readonly ClrItem[]>,
): Promise<VerifyAnyResult> {
  const {
    profiles: _profiles,
    maxTokenBytes: _max,
    audience: _audience,
    allowMissingIss: _iss,
    ...shared
  } = jwtOptions(options);
  const verified = await verifyDataIntegrityDocument(document, keys, { ...shared, ...options.dataIntegrity });
  return documentResult('data-integrity', verified, unsecuredEnvelope(verified.document), options, splitClr);
}
