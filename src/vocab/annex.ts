/**
 * The closed value lists of the Recommendation's optional Annex I elements: supervision and identity
 * verification during assessment, and integration/stackability options.
 *
 * @module
 */

/**
 * The Annex's three values for "supervision and identity verification during assessment": unsupervised with
 * no identity verification, supervised with no identity verification, and supervised online or onsite with
 * identity verification (qualify the last with a {@link SUPERVISION_SETTINGS} value).
 *
 * ELM's supervision-verification list is a 2×2 grid. Only two of its URIs are known (see
 * `vocabularyUri('supervision-types', …)`); its fourth concept, "Unsupervised with ID Verification", has no
 * Annex value and must not be coerced into one.
 *
 * @example
 * ```ts
 * import { SUPERVISION_TYPES } from 'microcred';
 * SUPERVISION_TYPES.length; // 3
 * ```
 * @category Vocabularies
 */
export const SUPERVISION_TYPES = [
  'unsupervised-no-id-verification',
  'supervised-no-id-verification',
  'supervised-with-id-verification',
] as const;

/**
 * One of the Annex's three supervision and identity-verification values.
 *
 * @example
 * ```ts
 * import type { SupervisionType } from 'microcred';
 * const proctored: SupervisionType = 'supervised-with-id-verification';
 * ```
 * @category Vocabularies
 */
export type SupervisionType = (typeof SUPERVISION_TYPES)[number];

/**
 * Where a supervised assessment with identity verification took place: the Annex's "online or onsite".
 *
 * @example
 * ```ts
 * import { SUPERVISION_SETTINGS } from 'microcred';
 * SUPERVISION_SETTINGS; // ['online', 'onsite']
 * ```
 * @category Vocabularies
 */
export const SUPERVISION_SETTINGS = ['online', 'onsite'] as const;

/**
 * The setting of a supervised assessment with identity verification.
 *
 * @example
 * ```ts
 * import type { SupervisionSetting } from 'microcred';
 * const setting: SupervisionSetting = 'online';
 * ```
 * @category Vocabularies
 */
export type SupervisionSetting = (typeof SUPERVISION_SETTINGS)[number];

/**
 * The Annex's two integration/stackability options: a stand-alone, independent micro-credential, or one
 * integrated and stackable towards another credential. Whether it actually stacks is decided by the
 * receiving organisation's rules, not by this value.
 *
 * @example
 * ```ts
 * import { STACKABILITY_TYPES } from 'microcred';
 * STACKABILITY_TYPES; // ['stand-alone', 'integrated']
 * ```
 * @category Vocabularies
 */
export const STACKABILITY_TYPES = ['stand-alone', 'integrated'] as const;

/**
 * One of the Annex's two integration/stackability options.
 *
 * @example
 * ```ts
 * import type { StackabilityType } from 'microcred';
 * const option: StackabilityType = 'integrated';
 * ```
 * @category Vocabularies
 */
export type StackabilityType = (typeof STACKABILITY_TYPES)[number];
