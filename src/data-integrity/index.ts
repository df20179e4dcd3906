/**
 * `microcred/data-integrity`: W3C Data Integrity proofs — verify credentials secured with `eddsa-rdfc-2022`,
 * `eddsa-jcs-2022`, `ecdsa-rdfc-2019` (P-256, P-384) or `Ed25519Signature2020`, read the micro-credential they
 * carry, and sign micro-credentials with `eddsa-rdfc-2022` or `ecdsa-rdfc-2019`. JSON-LD runs offline against
 * pinned contexts only.
 *
 * @module
 */

export { dataIntegrityDocumentLoader } from './document-loader.js';
export type { DataIntegrityVerifyOptions } from './options.js';
export { type SignDataIntegrityOptions, signDataIntegrityCredential } from './sign.js';
export type { DataIntegritySuite } from './suites.js';
export {
  type DataIntegrityCredentialOptions,
  type VerifiedDataIntegrityCredential,
  verifyDataIntegrityCredential,
} from './verify-credential.js';
export { type VerifiedDataIntegrityDocument, verifyDataIntegrityDocument } from './verify-document.js';
export type { VerifiedProof } from './verify-proofs.js';
