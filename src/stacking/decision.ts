/**
 * The stacking decision: what a recognition office receives from {@link evaluateStacking}. It holds codes,
 * exact credit strings and ids, never prose; a report renders it in a locale.
 *
 * @module
 */

import type { StackingInputErrorCode, StackingReasonCode, StackingWarningCode } from './codes.js';
import type {
  AppliedCap,
  AppliedException,
  RemainingGap,
  StackingCredentialOutcome,
  StackingGroupOutcome,
  StackingRuleOutcome,
  UnmetRequirement,
} from './decision-outcomes.js';

/**
 * The status of a decision. `eligible` means "meets the configured rules", never "awarded";
 * `undetermined` means the search budget ran out without a proof either way (shown as "needs review");
 * `error` means a credential could not be read.
 *
 * @example
 * ```ts
 * import type { StackingStatus } from 'microcred';
 * const status: StackingStatus = 'undetermined';
 * ```
 * @category Stacking
 */
export type StackingStatus = 'eligible' | 'not-eligible' | 'undetermined' | 'error';

/**
 * A value in a reason's or warning's params: a string, a number, a list of ids, or `null` (no value, such as
 * a credential without an EQF level).
 *
 * @example
 * ```ts
 * import type { StackingParamValue } from 'microcred';
 * const value: StackingParamValue = ['urn:skill:a', 'urn:skill:b'];
 * ```
 * @category Stacking
 */
export type StackingParamValue = string | number | readonly string[] | null;

/**
 * Why a credential is not counted (keyed by `credentialId`), or why a cap cut the total (`CAP_TRUNCATED`,
 * keyed by `capId`).
 *
 * @example
 * ```ts
 * import type { StackingReason } from 'microcred';
 * const reason: StackingReason = {
 *   credentialId: 'c-7',
 *   code: 'EXPIRED_RECENCY',
 *   params: { issuedOn: '2019-05-01', cutoff: '2020-09-01' },
 * };
 * ```
 * @category Stacking
 */
export interface StackingReason {
  readonly credentialId?: string;
  readonly capId?: string;
  readonly code: StackingReasonCode;
  readonly params?: Readonly<Record<string, StackingParamValue>>;
}

/**
 * Something a person should look at: a rounding, a partial overlap of learning outcomes, an exception that
 * had nothing to act on.
 *
 * @example
 * ```ts
 * import type { StackingWarning } from 'microcred';
 * const warning: StackingWarning = {
 *   credentialId: 'c-2',
 *   code: 'ROUNDED',
 *   params: { stage: 'perCredential', before: '4/3', after: '1' },
 * };
 * ```
 * @category Stacking
 */
export interface StackingWarning {
  readonly credentialId?: string;
  readonly exceptionId?: string;
  readonly code: StackingWarningCode;
  readonly params?: Readonly<Record<string, StackingParamValue>>;
}

/**
 * How the status was reached: the proof, whether the chosen allocation is proven optimal, the nodes used of
 * the budget, and the number of independent components solved.
 *
 * @example
 * ```ts
 * import type { StackingSearch } from 'microcred';
 * const search: StackingSearch = { proof: 'allocation', optimal: true, nodes: 0, nodeBudget: 100000, components: 3 };
 * ```
 * @category Stacking
 */
export interface StackingSearch {
  readonly proof: 'allocation' | 'requirement-bound' | 'total-bound' | 'flow-bound' | 'exhaustive' | null;
  readonly optimal: boolean;
  readonly nodes: number;
  readonly nodeBudget: number;
  readonly components: number;
}

/**
 * What a decision was computed from: the target, the policy, the reference date and the library version.
 *
 * @example
 * ```ts
 * import type { StackingContext } from 'microcred';
 * const context: StackingContext = { targetId: 'cert', policyId: 'rpl', referenceDate: '2025-09-01', library: 'microcred@0.1.0' };
 * ```
 * @category Stacking
 */
export interface StackingContext {
  readonly targetId: string;
  /** The target's title, for reports. */
  readonly targetTitle?: string | Readonly<Record<string, string>>;
  readonly targetVersion?: string;
  readonly policyId: string;
  readonly policyVersion?: string;
  readonly referenceDate: string;
  readonly library: string;
}

/**
 * The result of {@link evaluateStacking}: advice for the receiving institution, not an entitlement
 * (`notice`). The same inputs give the same decision, serialised byte for byte, whatever the order of the
 * credentials. See the stacking guide for how to read each field.
 *
 * @example
 * ```ts
 * import { evaluateStacking, type StackingDecision } from 'microcred';
 * declare const decision: StackingDecision;
 * if (decision.status === 'not-eligible') console.log(decision.gap?.additionalEctsAtLeast);
 * ```
 * @category Stacking
 */
export interface StackingDecision {
  /** Tells a report renderer what this is. */
  readonly kind: 'stacking';
  readonly status: StackingStatus;
  /** True for `eligible`, false for `not-eligible`, null when undetermined or on error. */
  readonly eligible: boolean | null;
  /** The recognised credits in ECTS, exact ("22.5", "13/3"); null on error. */
  readonly recognisedEcts: string | null;
  readonly total: { readonly needed: string; readonly actual: string; readonly missing: string } | null;
  /** Group id → the ids of the credentials allocated to it, sorted. */
  readonly allocation: Readonly<Record<string, readonly string[]>>;
  readonly groups: readonly StackingGroupOutcome[];
  readonly rules: readonly StackingRuleOutcome[];
  readonly unmetRequirements: readonly UnmetRequirement[];
  readonly credentials: readonly StackingCredentialOutcome[];
  readonly reasons: readonly StackingReason[];
  readonly warnings: readonly StackingWarning[];
  readonly appliedCaps: readonly AppliedCap[];
  readonly exceptionsApplied: readonly AppliedException[];
  /** The remaining-gap plan; null when eligible or on error. */
  readonly gap: RemainingGap | null;
  readonly search: StackingSearch | null;
  /** The optimisation objective, compared lexicographically. */
  readonly objective: 'satisfied-requirements > recognised-ects > shortfall > canonical';
  /** A reminder that travels with the data: the decision advises the receiving institution. */
  readonly notice: 'advice-not-entitlement';
  readonly context: StackingContext;
  /** The input error that stopped the evaluation, or null. */
  readonly error: { readonly code: StackingInputErrorCode; readonly credentialId: string } | null;
}
