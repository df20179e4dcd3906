/**
 * What a completeness profile is: the elements it needs and the rules it checks, with their sources.
 *
 * @module
 */

import type { ConversionTable } from '../credit/index.js';
import type { MicroCredential } from '../model/micro-credential.js';
import type { ElementId } from './elements.js';
import type { CompletenessReason } from './reasons.js';
import type { ReportParam } from './report.js';
import type { Requirement, Severity } from './statuses.js';

/**
 * What the checker knows about an element of the draft: `absent` (not there, or empty: `null`, `""`, `[]`,
 * `{}`), `invalid` (there, but the model rejects it) or `valid`.
 *
 * @example
 * ```ts
 * import type { ElementState } from 'microcred';
 * const s: ElementState = 'valid';
 * ```
 * @category Completeness
 */
export type ElementState = 'absent' | 'invalid' | 'valid';

/**
 * Facts about the credential that the model does not hold, supplied by the caller. `proof` is the outcome of
 * checking its signature or seal (for example with `verifyCredential` from `microcred/jwt`): `verified`,
 * `failed`, or `absent` when the credential carries none. Left out, the rules that need it (MICROBOL MB-03
 * and MB-04) report that they cannot be evaluated, as a warning; they never assume.
 *
 * @example
 * ```ts
 * import type { CompletenessEvidence } from 'microcred';
 * const evidence: CompletenessEvidence = { proof: 'verified' };
 * ```
 * @category Completeness
 */
export interface CompletenessEvidence {
  readonly proof?: 'verified' | 'failed' | 'absent';
}

/**
 * What a rule sees: the draft's valid top-level fields (an absent or invalid field is left out, so a rule never
 * reads a malformed value), each element's state, and the caller's reference date, conversion table and
 * evidence.
 *
 * @example
 * ```ts
 * import type { RuleContext, RuleFinding } from 'microcred';
 * function check(ctx: RuleContext): RuleFinding[] {
 *   return ctx.draft.grade === undefined ? [] : [{ reason: 'custom', params: { text: 'Grades are not shown' } }];
 * }
 * ```
 * @category Completeness
 */
export interface RuleContext {
  readonly draft: Readonly<Partial<MicroCredential>>;
  /** The state of an element in the draft. */
  state(element: ElementId): ElementState;
  /** The reference date for date rules; `undefined` when the caller gave none. */
  readonly now: Date | undefined;
  /** The caller's conversion table, for bounds stated in a unit the draft does not use. */
  readonly conversion: ConversionTable | undefined;
  readonly evidence: CompletenessEvidence;
}

/**
 * What a rule returns for each problem: a reason with params, an optional severity (the rule's own by
 * default) and an optional path (the element's first model path by default).
 *
 * @example
 * ```ts
 * import type { RuleFinding } from 'microcred';
 * const f: RuleFinding = { reason: 'credits_above_maximum', params: { value: '8', unit: 'ECTS', maximum: '6' } };
 * ```
 * @category Completeness
 */
export interface RuleFinding {
  readonly severity?: Severity;
  readonly reason: CompletenessReason;
  readonly params?: Readonly<Record<string, ReportParam>>;
  readonly path?: readonly (string | number)[];
}

/**
 * One checkable rule of a profile: its id, the element it is about, its severity, and the check. The check is
 * a pure function of the context and returns the findings (none when the rule is met).
 *
 * @example
 * ```ts
 * import type { CompletenessRule } from 'microcred';
 * const rule: CompletenessRule = {
 *   id: 'ACME-1',
 *   element: 'grade',
 *   severity: 'warning',
 *   check: (ctx) => (ctx.state('grade') === 'absent' ? [{ reason: 'element_missing' }] : []),
 * };
 * ```
 * @category Completeness
 */
export interface CompletenessRule {
  readonly id: string;
  readonly element: ElementId;
  readonly severity: Severity;
  /** Examines the draft; returns nothing when the rule is met, else one finding per problem. Must not throw. */
  readonly check: (context: RuleContext) => readonly RuleFinding[];
}

/**
 * How a profile treats an element: whether it is required, and the ids of the rules that state so. The checker
 * itself reports a missing mandatory element and an element the model rejects, under these ids.
 *
 * @example
 * ```ts
 * import type { ElementSpec } from 'microcred';
 * const spec: ElementSpec = { requirement: 'mandatory', rules: ['EU-a'] };
 * ```
 * @category Completeness
 */
export interface ElementSpec {
  readonly requirement: Requirement;
  readonly rules: readonly string[];
}

/**
 * A document a profile's rules come from.
 *
 * @example
 * ```ts
 * import type { ProfileSource } from 'microcred';
 * const s: ProfileSource = { title: 'Council Recommendation 2022/C 243/02', url: 'https://eur-lex.europa.eu/' };
 * ```
 * @category Completeness
 */
export interface ProfileSource {
  readonly title: string;
  readonly url?: string;
}

/**
 * A completeness profile: a named, versioned set of element requirements and rules, with its sources. Build
 * one with `defineProfile` or `extendProfile`; the built-in ones are in `profiles`.
 *
 * @example
 * ```ts
 * import { profiles, type CompletenessProfile } from 'microcred';
 * const p: CompletenessProfile = profiles.estonia;
 * p.rules.map((r) => r.id).includes('EE-01'); // true
 * ```
 * @category Completeness
 */
export interface CompletenessProfile {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly sources: readonly ProfileSource[];
  /** The elements the profile speaks about; the report has one entry for each, in `ELEMENT_IDS` order. */
  readonly elements: Readonly<Partial<Record<ElementId, ElementSpec>>>;
  readonly rules: readonly CompletenessRule[];
}
