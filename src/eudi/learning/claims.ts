import { MicrocredInteropError } from '../../errors.js';
import { firstText, type Text } from '../../interop/shared/text.js';
import type { MicroCredential } from '../../model/micro-credential.js';

/** The flat claims of the EU Learning Credential (Type Metadata at eudi-srv-pid-issuer 7c8ac094). */
export type LearningClaims = Record<string, unknown>;

/** Claims the Type Metadata marks `sd: always`: they are written as disclosures, never in the clear. */
export const LEARNING_SD_ALWAYS: readonly string[] = [
  'family_name',
  'given_name',
  'learning_outcomes',
  'assessment_grade',
  'learner_identification',
  'expected_study_time',
  'level_of_learning_experience',
  'types_of_quality_assurance',
  'prerequisites_to_enroll',
  'integration_stackability_options',
];

/** Claims the Type Metadata marks `mandatory: true` (besides `iss`, `jti`, `iat`, `exp`, `vct`, `cnf`). */
export const LEARNING_MANDATORY: readonly string[] = [
  'issuing_authority',
  'issuing_country',
  'date_of_issuance',
  'family_name',
  'achievement_title',
  'language_of_classes',
  'learner_identification',
  'expected_study_time',
  'level_of_learning_experience',
  'types_of_quality_assurance',
];

/** Claims the Type Metadata marks `sd: never`, besides the registered ones. */
export const LEARNING_SD_NEVER: readonly string[] = [
  'issuing_authority',
  'issuing_country',
  'date_of_issuance',
  'date_of_expiry',
  'achievement_title',
  'achievement_description',
  'language_of_classes',
];

/** Which claims hold which Annex I element in this type. */
export const LEARNING_ELEMENT_CLAIMS = {
  learner: ['family_name', 'given_name', 'learner_identification'],
  title: ['achievement_title'],
  country: ['issuing_country'],
  awardingBodies: ['issuing_authority', 'iss'],
  issued: ['date_of_issuance'],
  learningOutcomes: ['learning_outcomes'],
  workload: ['expected_study_time'],
  level: ['level_of_learning_experience'],
  assessment: [],
  participation: [],
  qualityAssurance: ['types_of_quality_assurance'],
  prerequisites: ['prerequisites_to_enroll'],
  supervision: [],
  grade: ['assessment_grade'],
  stackability: ['integration_stackability_options'],
  furtherInformation: [],
} as const;

/** One string of a localized text: English when present, else the first language. */
export function oneText(value: Text): string {
  return typeof value === 'string' ? value : (value['en'] ?? firstText(value).text);
}

/** The UTC calendar date of an ISO date-time, as the EU issuer writes dates (ISO_LOCAL_DATE in UTC). */
export function utcDate(dateTime: string): string {
  return new Date(Date.parse(dateTime)).toISOString().slice(0, 10);
}

/** Builds the type's own claims (no registered JWT claims) from a credential. */
export function toLearningClaims(mc: MicroCredential, issuerId: string): LearningClaims {
  const learnerId = learnerIdentification(mc);
  const eqf = 'eqf' in mc.level ? mc.level.eqf : undefined;
  if (eqf === undefined) throw new MicrocredInteropError(['level'], 'The Learning Credential needs an EQF level');
  if (mc.language === undefined)
    throw new MicrocredInteropError(['language'], 'The Learning Credential needs the language of classes');
  const family = mc.learner.familyName ?? mc.learner.fullName;
  if (family === undefined)
    throw new MicrocredInteropError(['learner', 'familyName'], 'The Learning Credential needs a family name');
  const claims: LearningClaims = {
    iss: issuerId,
    issuing_authority: oneText(mc.issuer.legalName),
    issuing_country: mc.issuer.country,
    date_of_issuance: utcDate(mc.issued),
    date_of_expiry: mc.validUntil === undefined ? undefined : utcDate(mc.validUntil),
    family_name: family,
    given_name: mc.learner.givenName,
    achievement_title: oneText(mc.title),
    achievement_description: mc.description === undefined ? undefined : oneText(mc.description),
    learning_outcomes: mc.learningOutcomes.map((o) => oneText(o.text)),
    assessment_grade: mc.grade?.value,
    language_of_classes: [...new Set(mc.language.map((tag) => tag.split('-')[0] as string))],
    learner_identification: learnerId,
    expected_study_time: studyTime(mc.workload),
    level_of_learning_experience: eqf,
    types_of_quality_assurance: mc.qualityAssurance.map((qa) => (typeof qa.type === 'string' ? qa.type : qa.type.id)),
    prerequisites_to_enroll: mc.prerequisites === undefined ? undefined : [oneText(mc.prerequisites)],
    integration_stackability_options: mc.stackability === undefined ? undefined : mc.stackability.type === 'integrated',
  };
  for (const key of Object.keys(claims)) if (claims[key] === undefined) delete claims[key];
  return claims;
}

function learnerIdentification(mc: MicroCredential): string {
  const { learner } = mc;
  const plain = learner.identifiers?.find((i) => !i.hashed);
  const id = learner.id ?? plain?.value ?? learner.nationalId?.notation ?? learner.identifiers?.[0]?.value;
  if (id === undefined)
    throw new MicrocredInteropError(['learner'], 'The Learning Credential needs a learner identification');
  return id;
}

function studyTime(workload: MicroCredential['workload']): string {
  const parts = (workload.credits ?? []).map((c) => `${c.value} ${c.unit}`);
  if (workload.hours !== undefined) parts.push(`${workload.hours} hours`);
  return parts.join(', ');
}
