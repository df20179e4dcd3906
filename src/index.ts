/**
 * `microcred`: the typed European micro-credential model, its vocabularies, exact credits and errors.
 * This entry never imports `jose` and uses only Web APIs, so it runs in browsers, workers, Deno and Bun.
 *
 * @module
 */

// Credits
export {
  addCredits,
  addRational,
  type ConversionTable,
  CREDIT_UNITS,
  type CreditAmount,
  type CreditRoundingMode,
  type CreditUnit,
  CUSTOM_CREDIT_UNIT_PATTERN,
  compareCredits,
  compareRational,
  convertCredit,
  creditToNumber,
  divRational,
  type FormatCreditOptions,
  formatCredit,
  formatRational,
  isCreditUnit,
  isZeroCredit,
  type KnownCreditUnit,
  MAX_CREDIT_FRACTION_DIGITS,
  MAX_CREDIT_STRING_LENGTH,
  maxCredit,
  minCredit,
  mulRational,
  multiplyCredit,
  ONE,
  parseCredit,
  parseRational,
  type Rational,
  type RoundCreditOptions,
  type RoundCreditResult,
  rational,
  roundCredit,
  subRational,
  subtractCredits,
  sumCredits,
  validateConversionTable,
  ZERO,
} from './credit/index.js';
// Errors
export {
  isMicrocredError,
  MICROCRED_ERROR_CODES,
  MicrocredCreditError,
  MicrocredError,
  type MicrocredErrorCode,
  type MicrocredErrorOptions,
  MicrocredInteropError,
  MicrocredOptionsError,
  MicrocredValidationError,
  VALIDATION_ISSUE_CODES,
  type ValidationIssue,
  type ValidationIssueCode,
} from './errors.js';
// Parsing untrusted input
export { DEFAULT_INPUT_LIMITS, type InputLimits } from './internal/input-limits.js';
export type { ParseOptions, SafeParseResult } from './internal/parse-with.js';
// Model: schemas and types
export { type Assessment, AssessmentSchema, AssessmentTypeSchema } from './model/assessment.js';
export { type CredentialStatus, CredentialStatusSchema } from './model/credential-status.js';
export {
  EXTENSION_KEY_PATTERN,
  type Extensions,
  ExtensionsSchema,
  JsonValueSchema,
} from './model/extensions.js';
export {
  type Learner,
  LearnerIdentifierSchema,
  LearnerSchema,
  NationalIdSchema,
} from './model/learner.js';
export { type LearningOutcome, LearningOutcomeSchema } from './model/learning-outcome.js';
export {
  FrameworkLevelSchema,
  type Level,
  LevelNotApplicableSchema,
  LevelSchema,
  NqfLevelSchema,
} from './model/level.js';
export { IscedFCodeSchema, type MicroCredential, MicroCredentialSchema } from './model/micro-credential.js';
export {
  type FurtherInformation,
  FurtherInformationSchema,
  type Grade,
  GradeSchema,
  type Stackability,
  StackabilitySchema,
  type Supervision,
  SupervisionSchema,
} from './model/optional-elements.js';
// Model: parse functions
export {
  parseAssessment,
  parseParticipation,
  parseQualityAssurance,
  safeParseAssessment,
  safeParseParticipation,
  safeParseQualityAssurance,
} from './model/parse-delivery.js';
export { type ParseJsonTextOptions, parseJsonText } from './model/parse-json-text.js';
export { parseMicroCredential, safeParseMicroCredential } from './model/parse-micro-credential.js';
export {
  parseLearningOutcome,
  parseLevel,
  parseWorkload,
  safeParseLearningOutcome,
  safeParseLevel,
  safeParseWorkload,
} from './model/parse-outcomes.js';
export { parseLearner, parseProvider, safeParseLearner, safeParseProvider } from './model/parse-parties.js';
export { type Participation, ParticipationSchema } from './model/participation.js';
export {
  ConceptSchema,
  CountryCodeSchema,
  DateSchema,
  DateTimeSchema,
  DecimalStringSchema,
  LanguageMapSchema,
  LanguageTagSchema,
  LocalizedTextSchema,
  UriSchema,
} from './model/primitives.js';
export { type Provider, ProviderSchema } from './model/provider.js';
export { type QualityAssurance, QualityAssuranceSchema } from './model/quality-assurance.js';
export { type Credit, CreditSchema, CreditUnitSchema, type Workload, WorkloadSchema } from './model/workload.js';

// Vocabularies
export {
  ASSESSMENT_TYPES,
  type AssessmentType,
  COUNTRY_AUTHORITY_SCHEME_URI,
  COUNTRY_AUTHORITY_UNMAPPED,
  COUNTRY_CODES,
  type CountryCode,
  CREDENTIAL_TYPES,
  CREDIT_SYSTEMS,
  type CredentialType,
  type CreditSystem,
  countryAlpha3,
  countryAuthorityUri,
  countryFromAuthorityUri,
  EQF_LEVELS,
  EQF_SCHEME_URI,
  type EqfLevel,
  eqfForQfEheaCycle,
  eqfLevelFromUri,
  eqfLevelUri,
  ISCED_F_CODES,
  ISCED_F_SCHEME_URI,
  ISCED_LEVELS,
  type IscedFCode,
  type IscedFLevel,
  type IscedLevel,
  isCountryCode,
  iscedFAncestors,
  iscedFFromUri,
  iscedFLevel,
  iscedFParent,
  iscedFUri,
  isEqfLevel,
  isIscedFCode,
  isIscedLevel,
  isLanguageCode,
  isLanguageTag,
  LANGUAGE_AUTHORITY_SCHEME_URI,
  LANGUAGE_CODES,
  LANGUAGE_TAG_PATTERN,
  type LanguageCode,
  LEARNING_ACTIVITY_TYPES,
  LEARNING_OPPORTUNITY_TYPES,
  LEARNING_SCHEDULE_TYPES,
  LEARNING_SETTINGS,
  type LearningActivityType,
  type LearningOpportunityType,
  type LearningScheduleType,
  type LearningSetting,
  languageAlpha3,
  languageAuthorityUri,
  languageFromAuthorityUri,
  PARTICIPATION_MODES,
  type ParticipationMode,
  QA_TYPES,
  type QaType,
  QF_EHEA_CYCLE_INFO,
  QF_EHEA_CYCLES,
  type QfEheaCycle,
  type QfEheaCycleInfo,
  qfEheaCycleForEqf,
  SKILL_REUSE_LEVELS,
  SKILL_TYPES,
  type SkillReuseLevel,
  type SkillType,
  STACKABILITY_TYPES,
  type StackabilityType,
  SUPERVISION_SETTINGS,
  SUPERVISION_TYPES,
  type SupervisionSetting,
  type SupervisionType,
  TARGET_GROUPS,
  type TargetGroup,
  VOCABULARIES,
  VOCABULARY_LABEL_LISTS,
  type VocabularyCode,
  type VocabularyLabelList,
  type VocabularyLabels,
  type VocabularyName,
  vocabularyCodeFromUri,
  vocabularyUri,
} from './vocab/index.js';
