import type { LEARNING_ACTIVITY_TYPES, PARTICIPATION_MODES, QA_TYPES } from '../../vocab/index.js';

/**
 * When a community extension applies to a document: any one of the listed signals is enough. `contexts` are
 * `@context` URLs, `types` achievement `type` values, `achievementTypes` values of `achievement.achievementType`,
 * `schemas` `credentialSchema[].id` values, `vct` SD-JWT VC types. An extension without any signal never applies
 * by itself: it is only for callers that pass it knowing the issuer (see {@link CommunityExtension}).
 *
 * @example
 * ```ts
 * import type { CommunityMatch } from 'microcred/interop';
 * const match: CommunityMatch = { types: ['EducredentialAchievement'] };
 * ```
 * @category Interop
 */
export interface CommunityMatch {
  readonly contexts?: readonly string[];
  readonly types?: readonly string[];
  readonly achievementTypes?: readonly string[];
  readonly schemas?: readonly string[];
  readonly vct?: readonly string[];
}

/**
 * A supervision value as the model holds it (one of the Annex's three values).
 *
 * @example
 * ```ts
 * import type { CommunitySupervision } from 'microcred/interop';
 * const s: CommunitySupervision = { type: 'supervised-with-id-verification', setting: 'onsite' };
 * ```
 * @category Interop
 */
export type CommunitySupervision =
  | { readonly type: 'unsupervised-no-id-verification' }
  | { readonly type: 'supervised-no-id-verification' }
  | { readonly type: 'supervised-with-id-verification'; readonly setting?: 'online' | 'onsite' };

/**
 * What one supervision term value means, by what the identity-check term says: `checked` (true), `unchecked`
 * (false) or `unstated` (absent). A combination without a reading is kept as an unknown part.
 *
 * @example
 * ```ts
 * import type { CommunitySupervisionReading } from 'microcred/interop';
 * // "supervised online" names identity verification only when identityChecked is true.
 * const online: CommunitySupervisionReading = {
 *   checked: { type: 'supervised-with-id-verification', setting: 'online' },
 *   unchecked: { type: 'supervised-no-id-verification' },
 * };
 * ```
 * @category Interop
 */
export interface CommunitySupervisionReading {
  readonly checked?: CommunitySupervision;
  readonly unchecked?: CommunitySupervision;
  readonly unstated?: CommunitySupervision;
}

/**
 * An assessment type as the model holds it: an ELM code, or a concept.
 *
 * @example
 * ```ts
 * import type { CommunityAssessmentType } from 'microcred/interop';
 * const t: CommunityAssessmentType = { id: 'https://edubadges.nl/static/obv3-glossary.html#assessment-type-testing', label: 'testing' };
 * ```
 * @category Interop
 */
export type CommunityAssessmentType = string | { readonly id: string; readonly label?: string };

/**
 * One term of a community extension and the Annex I element it gives. Property terms are members of
 * `credentialSubject.achievement`; alignment terms are `achievement.alignment[]` entries by `targetType`; grade
 * terms are `achievement.resultDescription[]` entries by `resultType` with the subject's `result[]` that
 * references them.
 *
 * - `credits`: a positive number (or decimal string) → `workload.credits` in `unit`;
 * - `hours`: a positive number (or decimal string) → `workload.hours`;
 * - `participation`: an enum value → `participation` modes and/or activities (`values`);
 * - `assessment`: an enum value → `assessment.types` (`values`);
 * - `supervision`: an enum value, read together with the boolean `identityProperty` → `supervision`;
 * - `level-alignment`: `targetCode` 1–8 → `level.eqf`;
 * - `qa-alignment`: → a `qualityAssurance` record (`qaType` unless `targetCode` names a QA type; the name as
 *   title, the code as decision, the URL as landing page);
 * - `grade`: the result's value → `grade` (scheme from the result description's name and range).
 *
 * @example
 * ```ts
 * import type { CommunityTerm } from 'microcred/interop';
 * const ects: CommunityTerm = { kind: 'credits', property: 'ECTS', unit: 'ECTS' };
 * ```
 * @category Interop
 */
export type CommunityTerm =
  | { readonly kind: 'credits'; readonly property: string; readonly unit: string }
  | { readonly kind: 'hours'; readonly property: string }
  | {
      readonly kind: 'participation';
      readonly property: string;
      readonly values: Readonly<
        Record<
          string,
          {
            readonly modes?: readonly (typeof PARTICIPATION_MODES)[number][];
            readonly activities?: readonly (typeof LEARNING_ACTIVITY_TYPES)[number][];
          }
        >
      >;
    }
  | {
      readonly kind: 'assessment';
      readonly property: string;
      readonly values: Readonly<Record<string, CommunityAssessmentType>>;
    }
  | {
      readonly kind: 'supervision';
      readonly property: string;
      readonly identityProperty?: string;
      readonly values: Readonly<Record<string, CommunitySupervisionReading>>;
    }
  | { readonly kind: 'level-alignment'; readonly targetTypes: readonly string[] }
  | {
      readonly kind: 'qa-alignment';
      readonly targetTypes: readonly string[];
      readonly qaType: (typeof QA_TYPES)[number];
    }
  | { readonly kind: 'grade'; readonly resultTypes: readonly string[] };

/**
 * A community's micro-credential vocabulary on top of Open Badges 3.0, as data: when it applies and what each
 * of its terms means in the model. Built-in ones are in {@link communityExtensions}; define your own with
 * {@link defineCommunityExtension} and pass them in the importers' `extensions` option.
 *
 * @example
 * ```ts
 * import { defineCommunityExtension } from 'microcred/interop';
 * const ours = defineCommunityExtension({
 *   id: 'example-uni',
 *   name: 'Example University badges',
 *   source: 'https://uni.example/badges/context.json',
 *   match: { contexts: ['https://uni.example/badges/context.json'] },
 *   terms: [{ kind: 'credits', property: 'studyPoints', unit: 'ECTS' }],
 * });
 * ```
 * @category Interop
 */
export interface CommunityExtension {
  /** A short stable name, used in warnings. */
  readonly id: string;
  /** A human name. */
  readonly name: string;
  /** Where the vocabulary is defined. */
  readonly source: string;
  /** When the extension applies. */
  readonly match: CommunityMatch;
  /** Its terms, read in this order. */
  readonly terms: readonly CommunityTerm[];
}
