/**
 * Stacking: whether a learner's credentials meet a target qualification under a receiving institution's
 * recognition policy, and how. Names are listed one by one so that a new public name is a visible diff.
 *
 * @module
 */

export {
  ACCEPTABLE_REASON_CODES,
  type AcceptableReasonCode,
  STACKING_INPUT_ERROR_CODES,
  STACKING_REASON_CODES,
  STACKING_WARNING_CODES,
  type StackingInputErrorCode,
  type StackingReasonCode,
  type StackingWarningCode,
} from './codes.js';
export type {
  StackingContext,
  StackingDecision,
  StackingParamValue,
  StackingReason,
  StackingSearch,
  StackingStatus,
  StackingWarning,
} from './decision.js';
export type {
  AppliedCap,
  AppliedException,
  RemainingGap,
  StackingCredentialOutcome,
  StackingGroupOutcome,
  StackingRuleOutcome,
  UnmetRequirement,
} from './decision-outcomes.js';
export { evaluateStacking } from './evaluate-stacking.js';
export { type StackingException, StackingExceptionSchema } from './exception-schema.js';
export {
  parseQualification,
  parseRecognitionPolicy,
  safeParseQualification,
  safeParseRecognitionPolicy,
} from './parse-config.js';
export {
  type GradeScheme,
  GradeSchemeSchema,
  type GradeThreshold,
  GradeThresholdSchema,
  type RecognitionPolicy,
  RecognitionPolicySchema,
  type StackingCap,
  StackingCapSchema,
  type StackingRounding,
  StackingRoundingSchema,
} from './policy-schema.js';
export {
  type GroupSelect,
  GroupSelectSchema,
  type LevelRule,
  LevelRuleSchema,
  type Qualification,
  QualificationSchema,
  type RequirementGroup,
  RequirementGroupSchema,
  type ResidencyRule,
  ResidencyRuleSchema,
} from './qualification-schema.js';
export { ExactAmountSchema, PositiveAmountSchema, StackingIdSchema } from './schema-parts.js';
export type { StackingCredential } from './stacking-credential.js';
export { DEFAULT_NODE_BUDGET, type StackingOptions } from './stacking-options.js';
export { type ToStackingCredentialOptions, toStackingCredential } from './to-stacking-credential.js';
