/**
 * `microcred/jwt`: signing and verifying credentials as JWTs (VC-JOSE-COSE, VC-JWT 1.1, Open Badges 3.0),
 * issuer keys, key resolvers (static, JWKS, did:key, did:web) and Bitstring Status Lists. This is the only
 * entry point that imports `jose`.
 *
 * @module
 */
export { SIGNING_ALGORITHMS, type SigningAlgorithm } from './algorithms.js';
export {
  exportIssuerKey,
  type GenerateIssuerKeyOptions,
  generateIssuerKey,
  type IssuerKey,
  importIssuerKey,
} from './issuer-key.js';
export {
  MicrocredJwtError,
  type MicrocredJwtErrorDetails,
  type VerificationCheck,
  type VerificationStep,
} from './jwt-error.js';
export { didJwkFromJwk } from './keys/did-jwk-encode.js';
export { didKeyFromJwk } from './keys/did-key.js';
export type { JWK } from './keys/jwk.js';
export type { FetchLike } from './net/fetch-limited.js';
export type { NetworkOptions } from './net/network-options.js';
export { JWT_PROFILES, type JwtProfile } from './profiles.js';
export { combineResolvers } from './resolvers/combine-resolvers.js';
export { didJwkResolver } from './resolvers/did-jwk-resolver.js';
export { didKeyResolver } from './resolvers/did-key-resolver.js';
export { didWebResolver } from './resolvers/did-web-resolver.js';
export { type JwksSource, jwksResolver } from './resolvers/jwks-resolver.js';
export { staticKeyResolver, type TrustedKeys } from './resolvers/static-key-resolver.js';
export type { KeyRequest, KeyResolver, KeySource, ResolvedKey, TrustedKey } from './resolvers/types.js';
export { type SignCredentialOptions, signCredential } from './sign/sign-credential.js';
export { type SignOptions, signCredentialDocument } from './sign/sign-credential-document.js';
export { signStatusListCredential } from './sign/sign-status-list-credential.js';
export type { SigningKey } from './sign/signing-key.js';
export { allocateStatusEntry, type BitstringStatusListEntry } from './status/allocate-status-entry.js';
export { type CheckStatusOptions, checkStatus } from './status/check-status.js';
export { type DecodeStatusListOptions, decodeStatusList, encodeStatusList } from './status/encode-status-list.js';
export { loadStatusList, type SavedStatusList, saveStatusList } from './status/save-status-list.js';
export { setStatus } from './status/set-status.js';
export {
  type CreateStatusListOptions,
  createStatusList,
  MIN_STATUS_LIST_ENTRIES,
  type StatusList,
  type StatusMessage,
  type StatusPurpose,
} from './status/status-list.js';
export {
  createStatusListCache,
  type StatusListCache,
  type StatusListCacheOptions,
} from './status/status-list-cache.js';
export { createStatusListCredential, type StatusListCredentialOptions } from './status/status-list-credential.js';
export type { StatusOptions } from './status/status-options.js';
export type { StatusReason, StatusResult } from './status/status-result.js';
export type { BatchOptions, BatchProgress, BatchResult } from './verify/batch.js';
export type { VerifyOptions } from './verify/options.js';
export type { KeyInput, VerifiedKey } from './verify/resolve-key.js';
export type { Validity } from './verify/verify-core.js';
export {
  type VerifiedCredential,
  type VerifyCredentialOptions,
  verifyCredential,
} from './verify/verify-credential.js';
export { type VerifiedDocument, verifyCredentialDocument } from './verify/verify-credential-document.js';
export { type VerifyCredentialsOptions, verifyCredentials } from './verify/verify-credentials.js';
