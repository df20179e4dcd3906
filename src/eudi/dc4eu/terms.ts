/**
 * The claims the DC4EU micro-credential carries beyond plain Open Badges 3.0: the Edubadges
 * `EducredentialAchievement` terms (educredentials/obv3-examples `contexts/educredential.json` and
 * `schemas/microcredential.json`), as the DC4EU issuer's samples use them (dc4eu/vc
 * `bootstrapping/microcredential.json`), and the DC4EU Type Metadata names `credentialSubject.achievement.ECTS`.
 */

/** The JSON-LD context that defines the terms (scoped to the `EducredentialAchievement` type). */
export const EDUCREDENTIAL_CONTEXT =
  'https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/contexts/educredential.json';
export const EDUCREDENTIAL_ACHIEVEMENT = 'EducredentialAchievement';

/** The achievement members read and written here. */
export const TERM_KEYS: readonly string[] = [
  'ECTS',
  'assessmentType',
  'participationType',
  'supervisionType',
  'identityChecked',
];

/**
 * `assessmentType` (four values) ↔ ELM assessment types, where the meaning is the same (derived): examinations
 * and quizzes are "testing", a practical assessment is "application of a skill", a portfolio is a portfolio.
 * Read back, "portfolio" is the ELM code and the other values are concepts with their glossary IRI, so
 * nothing is narrowed to an ELM type the issuer did not name. (The context spells the host of two IRIs
 * `eduabages.nl`; the glossary's own host is used here.)
 */
export const ASSESSMENT_OF_ELM: Readonly<Record<string, string>> = {
  'written-examination': 'testing',
  'oral-examination': 'testing',
  quiz: 'testing',
  'practical-assessment': 'application of a skill',
  portfolio: 'portfolio',
};
export const ASSESSMENT_TYPES: readonly string[] = [
  'testing',
  'application of a skill',
  'portfolio',
  'recognition of prior learning',
];
/** The glossary IRI of an `assessmentType` value. */
export function assessmentConcept(value: string): string {
  return `https://edubadges.nl/static/obv3-glossary.html#assessment-type-${value.replaceAll(' ', '-')}`;
}

/** The alignment `targetType` of a quality-assurance record (Edubadges; the DC4EU samples use it). */
export const QA_TARGET_TYPE = 'ext:QualityAssurance';

/**
 * `participationType` (five values) ↔ the model. A mode set is written only when it maps to one value;
 * "onsite or blended" reads back as both modes, because the value says no more than that.
 */
export const PARTICIPATION_OF_MODE: Readonly<Record<string, string>> = {
  online: 'online',
  onsite: 'onsite or blended',
  blended: 'onsite or blended',
  'work-based': 'work experience',
};
export const PARTICIPATION_READ: Readonly<Record<string, { modes?: string[]; activities?: string[] }>> = {
  online: { modes: ['online'] },
  'onsite or blended': { modes: ['onsite', 'blended'] },
  'work experience': { modes: ['work-based'] },
  volunteering: { activities: ['volunteering'] },
};

/**
 * `supervisionType` (four values) ↔ the Annex's three supervision values: the two online and on-site values
 * are the third Annex value with its setting (derived: Edubadges lists "supervised online" beside "onsite
 * with identity verification"). `identityChecked` is written too; without a setting it alone says the
 * third value, and with "supervised online" it tells identity verification from plain supervision.
 */
export const SUPERVISION_TYPES = {
  unsupervised: 'unsupervised with no identity verification',
  supervised: 'supervised with no identity verification',
  online: 'supervised online',
  onsite: 'onsite with identity verification',
} as const;
