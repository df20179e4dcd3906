/**
 * The closed list of reason codes a completeness report uses, and the terms its params may name. Text for
 * each lives in the locales (`completeness.reasons`, `completeness.terms`), never in the report.
 *
 * @module
 */

/**
 * Every reason code, append-only. An entry's `reason` and each finding's `reason` is one of these; its `params`
 * fill the locale's template. The guide `docs/guides/completeness.md` lists what each means and its params.
 *
 * @example
 * ```ts
 * import { COMPLETENESS_REASONS } from 'microcred';
 * COMPLETENESS_REASONS.includes('credits_below_minimum'); // true
 * ```
 * @category Completeness
 */
export const COMPLETENESS_REASONS = [
  // an entry's default reason, when no finding is more telling
  'element_present',
  'element_not_provided',
  'level_not_applicable',
  // presence and shape
  'element_missing',
  'schema_violation',
  'unknown_key',
  'extensions_kept',
  'not_an_object',
  // dates
  'date_in_future',
  'reference_date_missing',
  'assessment_date_used',
  'issue_or_assessment_date_missing',
  // workload and credits
  'credits_not_positive',
  'workload_not_in_ects',
  'workload_hours_missing',
  'workload_ects_missing',
  'credits_below_minimum',
  'credits_above_maximum',
  'credits_unit_not_stated',
  'credits_conversion_needed',
  'credits_not_convertible',
  'credits_converted',
  'volume_full_year',
  'volume_above_published_caps',
  // level
  'level_inconsistent',
  'nqf_level_missing',
  'nqf_level_other_country',
  'eqf_level_missing',
  'qf_ehea_cycle_missing',
  'isced_level_missing',
  'sectoral_level_not_recorded',
  'eqf_level_out_of_range',
  'eqf_level_accepted_with_ects',
  'eqf_level_needs_ects',
  // assessment, supervision, stackability
  'assessment_none',
  'assessment_attendance_only',
  'identity_not_verified',
  'not_stackable',
  // title
  'title_has_qualification_word',
  // quality assurance
  'qa_listing_not_checked',
  'qa_expired',
  'qa_no_accrediting_body',
  'qa_level_not_covered',
  'qa_field_not_covered',
  'qa_jurisdiction_not_covered',
  // authenticity
  'proof_not_supplied',
  'proof_missing',
  'proof_not_verified',
  'verification_not_supplied',
  'verification_impossible',
  // information a framework asks for
  'critical_information_missing',
  'listing_detail_missing',
  'not_recorded_in_model',
  'process_not_checkable',
  // an institution's own rule, with its own text
  'custom',
] as const;

/**
 * A reason code (see {@link COMPLETENESS_REASONS}).
 *
 * @example
 * ```ts
 * import type { CompletenessReason } from 'microcred';
 * const reason: CompletenessReason = 'element_missing';
 * ```
 * @category Completeness
 */
export type CompletenessReason = (typeof COMPLETENESS_REASONS)[number];

/**
 * Codes a finding's `item` or `items` param may hold: things a framework asks for that are not one element.
 *
 * @example
 * ```ts
 * import { COMPLETENESS_TERMS } from 'microcred';
 * COMPLETENESS_TERMS.includes('delivery-mode'); // true
 * ```
 * @category Completeness
 */
export const COMPLETENESS_TERMS = [
  'volume-of-learning',
  'delivery-mode',
  'credit-and-recognition',
  'purpose-statement',
  'nzsced-field',
  'standards-used',
  'review-period',
  'approval-conditions',
  'signature-or-seal',
] as const;

/**
 * A term (see {@link COMPLETENESS_TERMS}).
 *
 * @example
 * ```ts
 * import type { CompletenessTerm } from 'microcred';
 * const term: CompletenessTerm = 'review-period';
 * ```
 * @category Completeness
 */
export type CompletenessTerm = (typeof COMPLETENESS_TERMS)[number];
