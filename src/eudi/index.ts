/**
 * `microcred/eudi`: micro-credentials as SD-JWT VC attestations for EU Digital Identity Wallets — the EU
 * reference Learning Credential (`urn:eu.europa.ec.eudi:learning:credential:1`) and the DC4EU micro-credential
 * (`urn:eudi:micro_credential:1`, Open Badges 3.0 claims). Build the claims, issue with a `microcred/jwt` key,
 * present as a wallet, verify a presentation and read it back, with a lossiness report per Annex I element.
 * Publish and check revocation and suspension with IETF Token Status Lists (`statuslist+jwt`).
 *
 * @module
 */
export { buildEudiClaims, type EudiClaims, type EudiClaimsOptions } from './build-claims.js';
export {
  ANNEX_ELEMENTS,
  type AnnexElement,
  type CoverageOutcome,
  type CoverageReport,
  type ElementCoverage,
} from './coverage.js';
export {
  type IssuedEudiCredential,
  type IssueEudiOptions,
  issueEudiCredential,
  type TokenStatusEntry,
} from './issue.js';
export { type PresentEudiOptions, presentEudiCredential } from './present.js';
export { type EudiImport, readEudiClaims } from './read-claims.js';
export {
  type DecodeTokenStatusListOptions,
  decodeTokenStatusList,
  encodeTokenStatusList,
  type TokenStatusListClaim,
} from './status/encode-token-status-list.js';
export { type SignTokenStatusListOptions, signTokenStatusList } from './status/sign-token-status-list.js';
export { createTokenStatusListCache, type TokenStatusListCache } from './status/token-status-cache.js';
export {
  type CreateTokenStatusListOptions,
  createTokenStatusList,
  getTokenStatus,
  setTokenStatus,
  TOKEN_STATUS,
  type TokenStatusBits,
  type TokenStatusList,
} from './status/token-status-list.js';
export type { TokenStatusOptions } from './status/token-status-options.js';
export {
  DC4EU_MICRO_CREDENTIAL_VCT,
  type EudiCredentialType,
  LEARNING_CREDENTIAL_VCT,
  MICROCRED_CLAIM,
} from './types.js';
export type { KeyBindingRequest } from './verify/key-binding.js';
export type { TokenStatusReason, TokenStatusResult } from './verify/token-status.js';
export {
  type VerifiedEudiPresentation,
  type VerifyEudiOptions,
  verifyEudiPresentation,
} from './verify/verify-presentation.js';
