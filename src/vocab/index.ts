/**
 * Closed code lists as data: EQF, QF-EHEA, ISCED-F and ISCED levels, ISO 3166-1 countries, ISO 639-1
 * languages, the Annex I enumerations and the ELM controlled lists, with code ↔ URI lookups.
 * Labels live in the locales (`microcred/locales`), not here.
 *
 * @module
 */

export type { StackabilityType, SupervisionSetting, SupervisionType } from './annex.js';
export { STACKABILITY_TYPES, SUPERVISION_SETTINGS, SUPERVISION_TYPES } from './annex.js';
export type { AssessmentType, QaType } from './assessment-and-qa.js';
export { ASSESSMENT_TYPES, QA_TYPES } from './assessment-and-qa.js';
export type { CountryCode } from './countries.js';
export {
  COUNTRY_AUTHORITY_SCHEME_URI,
  COUNTRY_AUTHORITY_UNMAPPED,
  COUNTRY_CODES,
  countryAlpha3,
  isCountryCode,
} from './countries.js';
export { countryAuthorityUri, countryFromAuthorityUri } from './country-authority.js';
export type { EqfLevel } from './eqf.js';
export { EQF_LEVELS, EQF_SCHEME_URI, eqfLevelFromUri, eqfLevelUri, isEqfLevel } from './eqf.js';
export type { IscedFCode, IscedFLevel } from './isced-f.js';
export {
  ISCED_F_CODES,
  ISCED_F_SCHEME_URI,
  iscedFAncestors,
  iscedFLevel,
  iscedFParent,
  isIscedFCode,
} from './isced-f.js';
export { iscedFFromUri, iscedFUri } from './isced-f-uri.js';
export type { IscedLevel } from './isced-levels.js';
export { ISCED_LEVELS, isIscedLevel } from './isced-levels.js';
export type { VocabularyLabelList, VocabularyLabels } from './label-lists.js';
export { VOCABULARY_LABEL_LISTS } from './label-lists.js';
export { isLanguageTag, LANGUAGE_TAG_PATTERN } from './language-tag.js';
export type { LanguageCode } from './languages.js';
export {
  isLanguageCode,
  LANGUAGE_AUTHORITY_SCHEME_URI,
  LANGUAGE_CODES,
  languageAlpha3,
  languageAuthorityUri,
  languageFromAuthorityUri,
} from './languages.js';
export type {
  LearningActivityType,
  LearningOpportunityType,
  LearningScheduleType,
  LearningSetting,
  ParticipationMode,
  TargetGroup,
} from './learning.js';
export {
  LEARNING_ACTIVITY_TYPES,
  LEARNING_OPPORTUNITY_TYPES,
  LEARNING_SCHEDULE_TYPES,
  LEARNING_SETTINGS,
  PARTICIPATION_MODES,
  TARGET_GROUPS,
} from './learning.js';
export type { CredentialType, CreditSystem, SkillReuseLevel, SkillType } from './outcomes.js';
export { CREDENTIAL_TYPES, CREDIT_SYSTEMS, SKILL_REUSE_LEVELS, SKILL_TYPES } from './outcomes.js';
export type { QfEheaCycle, QfEheaCycleInfo } from './qf-ehea.js';
export { eqfForQfEheaCycle, QF_EHEA_CYCLE_INFO, QF_EHEA_CYCLES, qfEheaCycleForEqf } from './qf-ehea.js';
export type { VocabularyCode, VocabularyName } from './vocabularies.js';
export { VOCABULARIES } from './vocabularies.js';
export { vocabularyCodeFromUri, vocabularyUri } from './vocabulary-lookup.js';
