import type { MicroCredential } from '../model/micro-credential.js';

/**
 * The Annex I elements of Council Recommendation 2022/C 243/02, mandatory (a–k) then optional, as reported
 * in a {@link CoverageReport}.
 *
 * @example
 * ```ts
 * import { ANNEX_ELEMENTS } from 'microcred/eudi';
 * ANNEX_ELEMENTS.length; // 16
 * ```
 * @category EUDI
 */
export const ANNEX_ELEMENTS = [
  'learner',
  'title',
  'country',
  'awardingBodies',
  'issued',
  'learningOutcomes',
  'workload',
  'level',
  'assessment',
  'participation',
  'qualityAssurance',
  'prerequisites',
  'supervision',
  'grade',
  'stackability',
  'furtherInformation',
] as const;

/**
 * One Annex I element.
 *
 * @example
 * ```ts
 * import type { AnnexElement } from 'microcred/eudi';
 * const element: AnnexElement = 'workload';
 * ```
 * @category EUDI
 */
export type AnnexElement = (typeof ANNEX_ELEMENTS)[number];

/**
 * How an element travels: `carried` exactly, `carried-with-loss` (e.g. workload as free text), `not-carried`
 * (the credential has it, the attestation cannot hold it), or `absent` (the credential has no such optional
 * element, or the holder did not disclose it).
 *
 * @example
 * ```ts
 * import type { CoverageOutcome } from 'microcred/eudi';
 * const outcome: CoverageOutcome = 'carried-with-loss';
 * ```
 * @category EUDI
 */
export type CoverageOutcome = 'carried' | 'carried-with-loss' | 'not-carried' | 'absent';

/**
 * What happened to one Annex I element. `native` is what a verifier reading only the type's own claims
 * gets; `outcome` also counts the microcred claim ({@link MICROCRED_CLAIM}), and `via` says which carried it.
 *
 * @example
 * ```ts
 * import type { ElementCoverage } from 'microcred/eudi';
 * const entry: ElementCoverage = {
 *   element: 'workload',
 *   outcome: 'carried',
 *   native: 'carried-with-loss',
 *   via: 'microcred',
 *   claims: ['expected_study_time'],
 * };
 * ```
 * @category EUDI
 */
export interface ElementCoverage {
  readonly element: AnnexElement;
  readonly outcome: CoverageOutcome;
  readonly native: CoverageOutcome;
  readonly via: 'native' | 'microcred' | 'none';
  /** The type's own claims that hold (part of) the element. */
  readonly claims: readonly string[];
}

/**
 * The lossiness report of an export or import: one entry per Annex I element, in {@link ANNEX_ELEMENTS}
 * order, so nothing is lost silently.
 *
 * @example
 * ```ts
 * import type { CoverageReport } from 'microcred/eudi';
 * declare const report: CoverageReport;
 * const lost = report.filter((e) => e.outcome !== 'carried' && e.outcome !== 'absent');
 * ```
 * @category EUDI
 */
export type CoverageReport = readonly ElementCoverage[];

type Json = Record<string, unknown>;

/** The part of a model each element is read from, for comparison. */
export function elementValue(mc: Readonly<Json>, element: AnnexElement): unknown {
  if (element === 'country') {
    // Read from a claim the holder disclosed: any JSON value may stand here, not only a provider object.
    const issuer = mc['issuer'];
    if (typeof issuer !== 'object' || issuer === null || Array.isArray(issuer)) return issuer;
    const { country, region } = issuer as Partial<MicroCredential['issuer']>;
    return { country, region };
  }
  return mc[element];
}

/** The model fields that hold each element, so an element is restored when all of them are. */
export const ELEMENT_FIELDS: Readonly<Record<AnnexElement, readonly string[]>> = {
  learner: ['learner'],
  title: ['title'],
  country: ['issuer'],
  awardingBodies: ['awardingBodies'],
  issued: ['issued'],
  learningOutcomes: ['learningOutcomes'],
  workload: ['workload'],
  level: ['level'],
  assessment: ['assessment'],
  participation: ['participation'],
  qualityAssurance: ['qualityAssurance'],
  prerequisites: ['prerequisites'],
  supervision: ['supervision'],
  grade: ['grade'],
  stackability: ['stackability'],
  furtherInformation: ['furtherInformation'],
};
