/**
 * The parts of a stacking decision that describe outcomes: groups, rules, unmet requirements, credentials,
 * caps, exceptions and the remaining gap.
 *
 * @module
 */

import type { StackingReasonCode } from './codes.js';
import type { StackingException } from './exception-schema.js';
import type { GroupSelect } from './qualification-schema.js';

/**
 * The outcome of one requirement group under the chosen allocation.
 *
 * @example
 * ```ts
 * import type { StackingGroupOutcome } from 'microcred';
 * const core: StackingGroupOutcome = {
 *   id: 'core', exclusive: true, satisfied: true, waived: false, ects: '8', count: 2, minEcts: '8', minCount: null,
 *   requiredIds: [],
 * };
 * ```
 * @category Stacking
 */
export interface StackingGroupOutcome {
  readonly id: string;
  /** The group's title from the target, for reports. */
  readonly title?: string | Readonly<Record<string, string>>;
  readonly exclusive: boolean;
  readonly satisfied: boolean;
  /** Whether an applied `waive` exception acted on this group. */
  readonly waived: boolean;
  /** The exact credits allocated to the group (full values: caps act on the total only). */
  readonly ects: string;
  readonly count: number;
  /** The credit minimum in force (after a `reduceBy` waiver), or null. */
  readonly minEcts: string | null;
  readonly minCount: number | null;
  /** The required specification ids in force (after waivers). */
  readonly requiredIds: readonly string[];
}

/**
 * The outcome of a share-at-level or residency rule.
 *
 * @example
 * ```ts
 * import type { StackingRuleOutcome } from 'microcred';
 * const rule: StackingRuleOutcome = { id: 'at-level-6', kind: 'level', satisfied: false, waived: false, needed: '10', actual: '6' };
 * ```
 * @category Stacking
 */
export interface StackingRuleOutcome {
  readonly id: string;
  readonly kind: 'level' | 'residency';
  readonly satisfied: boolean;
  readonly waived: boolean;
  readonly needed: string;
  readonly actual: string;
}

/**
 * One unmet part of a requirement: what is needed, what the allocation has, and what is missing. Credits are
 * exact strings, counts are numbers, required modules are id lists.
 *
 * @example
 * ```ts
 * import type { UnmetRequirement } from 'microcred';
 * const unmet: UnmetRequirement = { requirement: 'statistics', kind: 'minEcts', needed: '3', actual: '0', missing: '3' };
 * ```
 * @category Stacking
 */
export interface UnmetRequirement {
  /** A group id, a rule id, or `total`. */
  readonly requirement: string;
  readonly kind: 'minEcts' | 'minCount' | 'requiredIds' | 'minEctsAtLevel' | 'residency';
  readonly needed: string | number | readonly string[];
  readonly actual: string | number | readonly string[];
  readonly missing: string | number | readonly string[];
}

/**
 * A cap that changed something: a truncation of the counted credits, or credentials left out whole.
 *
 * @example
 * ```ts
 * import type { AppliedCap } from 'microcred';
 * const cap: AppliedCap = {
 *   capId: 'non-formal', mode: 'wholeCredentials', limit: '18', before: '21', after: '16', excludedCredentialIds: ['c-9'],
 * };
 * ```
 * @category Stacking
 */
export interface AppliedCap {
  readonly capId: string;
  readonly mode: 'truncate' | 'wholeCredentials';
  readonly limit: string;
  readonly before: string;
  readonly after: string;
  readonly excludedCredentialIds: readonly string[];
}

/**
 * An exception that acted, echoed with its audit trail (who, why, when) and what it affected.
 *
 * @example
 * ```ts
 * import type { AppliedException } from 'microcred';
 * const applied: AppliedException = {
 *   exceptionId: 'w-1', kind: 'waive', actor: 'dean', reason: 'Thesis replaces the project',
 *   at: '2025-09-01T09:00:00Z', affected: ['project'],
 * };
 * ```
 * @category Stacking
 */
export interface AppliedException {
  readonly exceptionId: string;
  readonly kind: StackingException['kind'];
  readonly actor: string;
  readonly reason: string;
  readonly at: string;
  readonly affected: readonly string[];
}

/**
 * The fate of each input credential: its exact value in ECTS and where it went (or that it is excluded; the
 * reason is in `reasons`).
 *
 * @example
 * ```ts
 * import type { StackingCredentialOutcome } from 'microcred';
 * const fate: StackingCredentialOutcome = { id: 'c-1', title: 'Survey design', ects: '5', status: 'allocated', groupIds: ['methods'] };
 * ```
 * @category Stacking
 */
export interface StackingCredentialOutcome {
  readonly id: string;
  readonly title?: string;
  /** The value in ECTS after conversion (and per-credential rounding); null when it cannot be converted. */
  readonly ects: string | null;
  readonly status: 'allocated' | 'excluded';
  /** The groups holding the credential (its exclusive group first, then overlays). */
  readonly groupIds: readonly string[];
}

/**
 * The remaining-gap plan for the learner: per unmet requirement what is still missing (with the group's
 * selector, so a UI can search a catalogue for fitting offers), a lower bound on the extra credits needed
 * (assuming new credits fall under no cap), and excluded credentials that a person might recover with an
 * `accept` exception. Hints for people, not suggestions to waive rules.
 *
 * @example
 * ```ts
 * import type { RemainingGap } from 'microcred';
 * const gap: RemainingGap = {
 *   requirements: [{ requirement: 'statistics', missingEcts: '3' }],
 *   additionalEctsAtLeast: '3',
 *   recoverable: [],
 * };
 * ```
 * @category Stacking
 */
export interface RemainingGap {
  readonly requirements: readonly {
    readonly requirement: string;
    readonly missingEcts?: string;
    readonly missingCount?: number;
    readonly missingSpecificationIds?: readonly string[];
    readonly select?: GroupSelect;
  }[];
  readonly additionalEctsAtLeast: string;
  readonly recoverable: readonly {
    readonly credentialId: string;
    readonly code: StackingReasonCode;
    readonly groupIds: readonly string[];
  }[];
}
