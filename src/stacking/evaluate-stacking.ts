import { STRUCTURE_LIMITS, snapshotOrThrow, withTypedErrors } from '../internal/typed-errors.js';
import type { MicroCredential } from '../model/micro-credential.js';
import type { StackingDecision } from './decision.js';
import type { RecognitionPolicy } from './policy-schema.js';
import type { Qualification } from './qualification-schema.js';
import { runStacking } from './run-stacking.js';
import type { StackingCredential } from './stacking-credential.js';
import type { StackingOptions } from './stacking-options.js';

/** A portfolio is an array of credentials: one level more than a credential may have. */
const PORTFOLIO_LIMITS = { ...STRUCTURE_LIMITS, maxDepth: STRUCTURE_LIMITS.maxDepth + 1 };

/**
 * Evaluates whether a learner's credentials meet a target qualification under a receiving institution's
 * recognition policy, and how: exactly (rationals, no floating point), optimally (the allocation that meets
 * the most requirements, then recognises the most credits) and with an explanation for every credential and
 * every unmet requirement. The decision is advice for the receiving institution, not an entitlement.
 *
 * The pipeline runs in a fixed order: validate the credentials (an unreadable one gives `status: 'error'`),
 * convert to ECTS by the policy, filter (manual exclusions, assessment, QA, identity verification, recency,
 * EQF level, grade), de-duplicate, find each credential's groups, allocate, apply caps and rounding. Each
 * excluded credential gets one reason: the first check it fails.
 *
 * Allocation maximises, lexicographically: the number of satisfied requirements, the recognised credits after
 * caps, the smaller credit shortfall, then a canonical tie-break (requirements in id order). It splits the
 * problem into independent components, proves "no" quickly with requirement, total and max-flow bounds, and
 * searches exactly with branch and bound within `nodeBudget` nodes. "Eligible" comes with an allocation that an
 * independent check re-verifies; "not eligible" only with a proof; otherwise the status is "undetermined"
 * (needs review), never a wrong "no". The decision does not depend on the order of the credentials.
 *
 * Micro-credentials are adapted with {@link toStackingCredential} (each needs an `id`).
 *
 * @param credentials - the learner's credentials, as {@link StackingCredential}s or parsed micro-credentials
 * @param target - the target qualification (validated like {@link parseQualification})
 * @param policy - the recognition policy (validated like {@link parseRecognitionPolicy})
 * @param options - the reference date (overrides the policy's), the node budget and recorded exceptions
 * @returns the decision, as data: a "no" is never thrown
 * @throws MicrocredPolicyError `ERR_POLICY_INVALID` with every issue and its path for a malformed target,
 * policy or exception (duplicate ids, a share above 1, two caps that overlap without nesting, an exception
 * naming an unknown credential, credentials in HOURS without `hoursPerEcts`, ...)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options or a missing reference date
 * @throws MicrocredValidationError `ERR_VALIDATION` when a credential lacks the structure the engine reads, or
 * cannot be read as data (an accessor property, a revoked Proxy); `ERR_INPUT_TOO_LARGE` past the depth or
 * string-length limit
 * (an id, lists of QA types and outcome ids, the assessment and identity flags)
 * @example
 * ```ts
 * import { evaluateStacking, type StackingCredential } from 'microcred';
 * const credential = (id: string, ects: string, outcome: string): StackingCredential => ({
 *   id, credit: { value: ects, unit: 'ECTS' }, eqfLevel: 6, issuedOn: '2024-05-01', qaTypes: ['internal-quality-assurance'],
 *   outcomeIds: [outcome], assessed: true, identityVerified: true,
 * });
 * const decision = evaluateStacking(
 *   [credential('p', '3', 'skill:statistics'), credential('q', '5', 'skill:survey-methods')],
 *   {
 *     id: 'certificate',
 *     totalEcts: { min: '8' },
 *     groups: [
 *       { id: 'methods', exclusive: true, select: { learningOutcomesAny: ['skill:survey-methods', 'skill:statistics'] }, minEcts: '4' },
 *       { id: 'statistics', exclusive: true, select: { learningOutcomesAny: ['skill:statistics'] }, minEcts: '3' },
 *     ],
 *   },
 *   { id: 'office-policy', requireAssessment: true, acceptedQaTypes: null, requireIdentityVerified: false },
 *   { referenceDate: '2025-09-01' },
 * );
 * decision.status; // 'eligible'
 * decision.allocation; // { methods: ['q'], statistics: ['p'] }
 * ```
 * @category Stacking
 */
export function evaluateStacking(
  credentials: readonly (StackingCredential | MicroCredential)[],
  target: Qualification,
  policy: RecognitionPolicy,
  options?: StackingOptions,
): StackingDecision {
  // The credentials are read from our own copy (depth and string limits, no getter or Proxy trap run); the
  // target and policy are copied by their parsers. Anything unexpected still comes out as a MicrocredError.
  return withTypedErrors(() => runStacking(snapshotOrThrow(credentials, PORTFOLIO_LIMITS), target, policy, options));
}
