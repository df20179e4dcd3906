/**
 * `microcred/interop`: export a micro-credential as a W3C Verifiable Credential 2.0, an Open Badges 3.0
 * AchievementCredential or an ELM 3 European Digital Credential, and import those formats back, with
 * every part that has no place in the model kept and reported. Also the offline JSON-LD contexts
 * (including microcred's extension context) and their document loader; bake credentials into badge images
 * (PNG, SVG) and extract them; import Open Badges 2.0 assertions.
 *
 * @module
 */
export {
  type BakeBadgeImageOptions,
  bakeBadgeImage,
} from './badge-image/bake-badge-image.js';
export { extractBadgeImage } from './badge-image/extract-badge-image.js';
export { type BadgeImageOptions, DEFAULT_IMAGE_LIMITS, type ImageLimits } from './badge-image/image-options.js';
export type { BadgeSpec, BakedCredential } from './badge-image/types.js';
export { communityExtensions, defaultCommunityExtensions } from './community/built-in.js';
export { defineCommunityExtension } from './community/define.js';
export type {
  CommunityAssessmentType,
  CommunityExtension,
  CommunityMatch,
  CommunitySupervision,
  CommunitySupervisionReading,
  CommunityTerm,
} from './community/types.js';
export { CONTEXTS, type JsonLdDocument, MICROCRED_CONTEXT_URL, microcredContext } from './contexts.js';
export { documentLoader, type RemoteDocument } from './document-loader.js';
export { fromElm } from './elm/from-elm.js';
export { type ElmDisplayImage, type ElmOptions, toElm } from './elm/to-elm.js';
export { fromOpenBadge2 } from './ob2/from-open-badge2.js';
export { matchesRecipient } from './ob2/match-recipient.js';
export type { OpenBadge2Options } from './ob2/options.js';
export type { OpenBadge2Documents, OpenBadge2Result, OpenBadge2Verification } from './ob2/result.js';
export { fromOpenBadge } from './ob3/from-open-badge.js';
export { type OpenBadgeOptions, toOpenBadge } from './ob3/to-open-badge.js';
export {
  type ExportOptions,
  type ImportedCredential,
  type ImportedDraft,
  type ImportOptions,
  type ImportResult,
  INTEROP_WARNING_CODES,
  type InteropWarning,
  type InteropWarningCode,
} from './types.js';
export { fromVerifiableCredential } from './vc2/from-verifiable-credential.js';
export { toVerifiableCredential } from './vc2/to-verifiable-credential.js';
