import { verifyDataIntegrityDocument } from '../data-integrity/verify-document.js';
import { fromVc11Document } from '../jwt/credential/vc11-envelope.js';
import { VC_V1_CONTEXT } from '../jwt/profiles.js';
import type { KeyInput } from '../jwt/verify/resolve-key.js';
import { documentResult } from './read-document.js';
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
  // The proofs are verified, not members of the credential: the reader sees the unsecured document.
  const { proof: _proof, ...unsecured } = verified.document;
  const context = unsecured['@context'];
  const v1 = Array.isArray(context) ? context[0] === VC_V1_CONTEXT : context === VC_V1_CONTEXT;
  const envelope = v1 ? fromVc11Document(unsecured) : unsecured;
  return documentResult('data-integrity', verified, envelope, options, splitClr);
}
