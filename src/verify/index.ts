/**
 * `microcred/verify`: one front door for whatever a learner hands in. `verifyAny` detects the format (a compact
 * JWS of any JWT profile, an SD-JWT VC, ...), verifies it with the right verifier and returns one result shape
 * with the micro-credential it carries; `detectCredentialFormat` only classifies; `readAny` reads the
 * micro-credential out of the same inputs without verifying anything, and says so in its result.
 *
 * @module
 */
export { detectCredentialFormat } from './detect.js';
export { readAny } from './read-any.js';
export {
  READ_NOTICE,
  type ReadAnyOptions,
  type ReadAnyResult,
  type UncheckedAspect,
} from './read-types.js';
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
