/**
 * `microcred/verify`: one front door for whatever a learner hands in. `verifyAny` detects the format (a compact
 * JWS of any JWT profile, an SD-JWT VC, ...), verifies it with the right verifier and returns one result shape
 * with the micro-credential it carries; `detectCredentialFormat` only classifies.
 *
 * @module
 */
export { detectCredentialFormat } from './detect.js';
export type {
  ClrItem,
  CredentialFormat,
  CredentialInput,
  CredentialKind,
  DetectedFormat,
  VerifyAnyOptions,
  VerifyAnyResult,
} from './types.js';
export { verifyAny } from './verify-any.js';
