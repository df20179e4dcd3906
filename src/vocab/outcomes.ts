/**
 * Learning outcomes (element f), credential types and credit systems (element g), from the ELM lists.
 *
 * @module
 */

import { ELM_CREDENTIAL_TYPES, ELM_CREDIT_SYSTEMS, ELM_SKILL_REUSE_LEVELS, ELM_SKILL_TYPES } from './data/elm-lists.js';

/**
 * Types of a learning outcome: `knowledge` or `skill`.
 *
 * @example
 * ```ts
 * import { SKILL_TYPES } from 'microcred';
 * SKILL_TYPES; // ['knowledge', 'skill']
 * ```
 * @category Vocabularies
 */
export const SKILL_TYPES = ELM_SKILL_TYPES;

/**
 * A learning outcome type.
 *
 * @example
 * ```ts
 * import type { SkillType } from 'microcred';
 * const type: SkillType = 'skill';
 * ```
 * @category Vocabularies
 */
export type SkillType = (typeof SKILL_TYPES)[number];

/**
 * How widely a skill can be reused, from the most general: `transversal`, `cross-sector`,
 * `sector-specific`, `occupation-specific`.
 *
 * @example
 * ```ts
 * import { SKILL_REUSE_LEVELS } from 'microcred';
 * SKILL_REUSE_LEVELS[0]; // 'transversal'
 * ```
 * @category Vocabularies
 */
export const SKILL_REUSE_LEVELS = ELM_SKILL_REUSE_LEVELS;

/**
 * A skill reuse level.
 *
 * @example
 * ```ts
 * import type { SkillReuseLevel } from 'microcred';
 * const level: SkillReuseLevel = 'cross-sector';
 * ```
 * @category Vocabularies
 */
export type SkillReuseLevel = (typeof SKILL_REUSE_LEVELS)[number];

/**
 * The five ELM credential types (`credentialProfiles`): `diploma-supplement`, `generic` (used by the
 * micro-credential sample), `learning-activity`, `learning-entitlement`, `qualification-award`.
 *
 * @example
 * ```ts
 * import { CREDENTIAL_TYPES } from 'microcred';
 * CREDENTIAL_TYPES.includes('generic'); // true
 * ```
 * @category Vocabularies
 */
export const CREDENTIAL_TYPES = ELM_CREDENTIAL_TYPES;

/**
 * An ELM credential type.
 *
 * @example
 * ```ts
 * import type { CredentialType } from 'microcred';
 * const type: CredentialType = 'generic';
 * ```
 * @category Vocabularies
 */
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

/**
 * The credit systems with an ELM concept: `ECTS` and `ECVET`. They are never added together.
 *
 * @example
 * ```ts
 * import { CREDIT_SYSTEMS } from 'microcred';
 * CREDIT_SYSTEMS; // ['ECTS', 'ECVET']
 * ```
 * @category Vocabularies
 */
export const CREDIT_SYSTEMS = ELM_CREDIT_SYSTEMS;

/**
 * A credit system with an ELM concept.
 *
 * @example
 * ```ts
 * import type { CreditSystem } from 'microcred';
 * const system: CreditSystem = 'ECTS';
 * ```
 * @category Vocabularies
 */
export type CreditSystem = (typeof CREDIT_SYSTEMS)[number];
