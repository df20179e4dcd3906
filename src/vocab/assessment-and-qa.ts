/**
 * Assessment types (element i) and quality-assurance types (element k).
 *
 * @module
 */

import { ELM_ASSESSMENT_TYPES, ELM_QA_TYPES } from './data/elm-lists.js';

/**
 * The 14 ELM assessment types (`artefact-assessment` … `written-examination`, slugs of the English labels,
 * sorted) plus `none`. `none` has no ELM concept: it lets a draft say "not assessed", which completeness
 * rejects, because the Recommendation's definition requires assessed outcomes.
 *
 * @example
 * ```ts
 * import { ASSESSMENT_TYPES } from 'microcred';
 * ASSESSMENT_TYPES.includes('written-examination'); // true
 * ```
 * @category Vocabularies
 */
export const ASSESSMENT_TYPES = [...ELM_ASSESSMENT_TYPES, 'none'] as const;

/**
 * An assessment type.
 *
 * @example
 * ```ts
 * import type { AssessmentType } from 'microcred';
 * const type: AssessmentType = 'project-work';
 * ```
 * @category Vocabularies
 */
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

/**
 * Quality-assurance types: the four ELM accreditation types (`institutional-license`, `programme-license`,
 * `institutional-quality-assurance`, `programme-quality-assurance`) plus `internal-quality-assurance` and
 * `external-quality-assurance`, which have no ELM concept (Annex II, principle 1, names both kinds of QA).
 *
 * @example
 * ```ts
 * import { QA_TYPES } from 'microcred';
 * QA_TYPES.length; // 6
 * ```
 * @category Vocabularies
 */
export const QA_TYPES = [...ELM_QA_TYPES, 'internal-quality-assurance', 'external-quality-assurance'] as const;

/**
 * A quality-assurance type.
 *
 * @example
 * ```ts
 * import type { QaType } from 'microcred';
 * const type: QaType = 'programme-quality-assurance';
 * ```
 * @category Vocabularies
 */
export type QaType = (typeof QA_TYPES)[number];
