import type { ConversionTable } from '../../credit/conversion-table.js';
import type { Rational } from '../../credit/rational.js';
import type { AcceptableReasonCode } from '../codes.js';
import type { StackingException } from '../exception-schema.js';
import type { GradeScheme, StackingRounding } from '../policy-schema.js';
import type { GroupSelect, Qualification } from '../qualification-schema.js';

/** The thresholds of a requirement: as configured, and in force after waivers. */
export interface Thresholds {
  readonly minEcts: Rational | null;
  readonly minCount: number | null;
  readonly requiredIds: readonly string[];
}

/** A requirement of the target with its waivers resolved. */
export interface ResolvedRequirement {
  readonly id: string;
  readonly kind: 'group' | 'level' | 'residency' | 'total';
  /** Thresholds as configured. */
  readonly original: Thresholds;
  /** Thresholds in force: a waived part is dropped, `reduceBy` lowers the minimum. */
  readonly effective: Thresholds;
  /** True when a waiver without `part` makes the whole requirement count as met. */
  readonly wholeWaived: boolean;
  /** Ids of the waive exceptions that name this requirement. */
  readonly waiverIds: readonly string[];
}

/** A requirement group, resolved. */
export interface ResolvedGroup extends ResolvedRequirement {
  readonly kind: 'group';
  readonly exclusive: boolean;
  readonly select: GroupSelect;
  readonly title: string | Readonly<Record<string, string>> | undefined;
  /** Position in the target's list (presentation order). */
  readonly declared: number;
}

/** A share-at-level or residency rule, resolved. */
export interface ResolvedRule extends ResolvedRequirement {
  readonly kind: 'level' | 'residency';
  readonly minEqfLevel: number;
  readonly providerIds: ReadonlySet<string>;
}

/** A cap, resolved: its limit is exact. `totalEcts.max` is the last, outermost truncating cap. */
export interface ResolvedCap {
  readonly id: string;
  readonly mode: 'truncate' | 'wholeCredentials';
  readonly limit: Rational;
  readonly qaTypes: ReadonlySet<string> | null;
  readonly providerIds: ReadonlySet<string> | null;
  /** Matches every credential (the `totalEcts.max` cap). */
  readonly all: boolean;
}

/** The exceptions, indexed by what they act on. */
export interface ExceptionIndex {
  readonly all: readonly StackingException[];
  readonly exclude: ReadonlyMap<string, string>;
  readonly accept: ReadonlyMap<string, ReadonlyMap<AcceptableReasonCode, string>>;
  readonly substitute: ReadonlyMap<string, { readonly id: string; readonly specificationId: string }>;
  readonly allow: ReadonlyMap<string, readonly { readonly id: string; readonly groupId: string }[]>;
  readonly pin: ReadonlyMap<string, { readonly id: string; readonly groupId: string }>;
  readonly addCredit: readonly Extract<StackingException, { kind: 'addCredit' }>[];
}

/** How grades are checked: the thresholds by scheme, with each scheme's order. */
export interface GradeRule {
  readonly thresholds: ReadonlyMap<string, { readonly scheme: GradeScheme; readonly value: string }>;
}

/** Everything an evaluation needs from the target, the policy and the options, checked and exact. */
export interface StackingConfig {
  readonly target: Qualification;
  readonly policyId: string;
  readonly policyVersion: string | undefined;
  readonly referenceDate: string;
  readonly nodeBudget: number;
  readonly groups: readonly ResolvedGroup[];
  readonly levelRules: readonly ResolvedRule[];
  readonly residency: ResolvedRule | null;
  readonly total: ResolvedRequirement;
  readonly totalMax: Rational | null;
  readonly caps: readonly ResolvedCap[];
  readonly conversion: ConversionTable;
  readonly convertibleUnits: ReadonlySet<string>;
  readonly hoursPerEcts: boolean;
  readonly rounding: StackingRounding | null;
  readonly requireAssessment: boolean;
  readonly acceptedQaTypes: ReadonlySet<string> | null;
  readonly requireIdentityVerified: boolean;
  readonly recencyCutoff: string | null;
  readonly minEqfLevel: number | null;
  readonly grades: GradeRule | null;
  readonly exceptions: ExceptionIndex;
}
