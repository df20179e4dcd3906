import * as z from 'zod';
import { DateSchema, LocalizedTextSchema, NonEmptyTextSchema } from '../model/primitives.js';
import { named } from '../model/registry.js';
import { CreditUnitSchema } from '../model/workload.js';
import { ExactAmountSchema, PositiveAmountSchema, StackingIdSchema } from './schema-parts.js';

/**
 * How a grading scheme orders its grades: `numeric` values compared as exact decimals (`higherIsBetter: false`
 * for schemes where 1.0 is best), or `ordinal` labels listed from lowest to highest.
 *
 * @example
 * ```ts
 * import { GradeSchemeSchema } from 'microcred';
 * GradeSchemeSchema.parse({ kind: 'ordinal', lowToHigh: ['E', 'D', 'C', 'B', 'A'] });
 * ```
 * @category Stacking
 */
export const GradeSchemeSchema = named(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('numeric'), higherIsBetter: z.boolean() }),
    z.strictObject({ kind: z.literal('ordinal'), lowToHigh: z.array(NonEmptyTextSchema).min(1) }),
  ]),
  {
    id: 'GradeScheme',
    title: 'Grading scheme',
    description: 'The order of a grading scheme: numeric (with direction) or ordinal labels from low to high.',
  },
);

/**
 * A minimum grade in one scheme, e.g. `{ scheme: 'DE', value: '4.0' }`.
 *
 * @example
 * ```ts
 * import { GradeThresholdSchema } from 'microcred';
 * GradeThresholdSchema.parse({ scheme: 'ECTS', value: 'E' });
 * ```
 * @category Stacking
 */
export const GradeThresholdSchema = named(z.strictObject({ scheme: NonEmptyTextSchema, value: NonEmptyTextSchema }), {
  id: 'GradeThreshold',
  title: 'Grade threshold',
  description: 'The minimum grade accepted in one scheme.',
});

/**
 * Rounding of converted credits, only where the policy asks for it: to a multiple of `step`, with the credit
 * module's modes (`floor`, `ceil`, `half-up`, `half-even`), either per credential right after conversion
 * (`perCredential`; native ECTS values are used as issued) or once on the recognised total (`total`).
 *
 * @example
 * ```ts
 * import { StackingRoundingSchema } from 'microcred';
 * StackingRoundingSchema.parse({ step: '0.5', mode: 'floor', stage: 'perCredential' });
 * ```
 * @category Stacking
 */
export const StackingRoundingSchema = named(
  z.strictObject({
    step: PositiveAmountSchema,
    mode: z.enum(['floor', 'ceil', 'half-up', 'half-even']),
    stage: z.enum(['perCredential', 'total']),
  }),
  { id: 'StackingRounding', title: 'Rounding', description: 'Rounding of converted credits or of the total.' },
);

/**
 * A cap on credits from some sources (by QA type and/or awarding provider; every key present must match).
 * The limit is `maxEcts`, or `maxShareOfTarget` × `totalEcts.min` (exactly one). `truncate` counts
 * min(sum, limit); `wholeCredentials` admits whole credentials whose sum stays within the limit and
 * leaves the others out (`CAP_EXCEEDED`). Caps must be nested or disjoint.
 *
 * @example
 * ```ts
 * import { StackingCapSchema } from 'microcred';
 * StackingCapSchema.parse({
 *   id: 'non-formal',
 *   appliesTo: { qaTypes: ['internal-quality-assurance'] },
 *   maxShareOfTarget: '0.15',
 *   mode: 'wholeCredentials',
 * });
 * ```
 * @category Stacking
 */
export const StackingCapSchema = named(
  z
    .strictObject({
      id: StackingIdSchema,
      title: LocalizedTextSchema.optional(),
      appliesTo: z.strictObject({
        qaTypes: z.array(StackingIdSchema).min(1).optional(),
        providerIds: z.array(StackingIdSchema).min(1).optional(),
      }),
      maxEcts: ExactAmountSchema.optional(),
      maxShareOfTarget: ExactAmountSchema.optional(),
      mode: z.enum(['truncate', 'wholeCredentials']),
    })
    .refine((c) => (c.maxEcts === undefined) !== (c.maxShareOfTarget === undefined), {
      params: {
        code: 'invalid_combination',
        fields: ['maxEcts', 'maxShareOfTarget'],
        expected: 'exactly one',
        reason: 'set exactly one of maxEcts and maxShareOfTarget',
      },
    }),
  {
    id: 'StackingCap',
    title: 'Cap',
    description: 'A limit on the credits counted from some sources, truncating or by whole credentials.',
    oneOf: [{ required: ['maxEcts'] }, { required: ['maxShareOfTarget'] }],
  },
);

/**
 * A receiving institution's recognition policy: the reference date, the filters (assessment, accepted QA
 * types, identity verification, recency, grade thresholds per scheme), the conversion of other units to ECTS
 * (`conversions` holds ECTS per unit, `null` for a known unit that is never converted; `hoursPerEcts` for
 * notional hours), rounding, caps by source and de-duplication. Nothing in it is a default of the library:
 * an office states its own rules and keeps them in a file (`toJsonSchema('RecognitionPolicy')`).
 *
 * `acceptedQaTypes: null` turns the QA filter off; an omitted `caps`, `rounding`, `minGrade` or
 * `recencyYears` means none. `referenceDate` may instead be given per call.
 *
 * @example
 * ```ts
 * import { RecognitionPolicySchema } from 'microcred';
 * RecognitionPolicySchema.parse({
 *   id: 'https://uni.example/policies/rpl-2025',
 *   referenceDate: '2025-09-01',
 *   requireAssessment: true,
 *   acceptedQaTypes: ['institutional-quality-assurance', 'external-quality-assurance'],
 *   requireIdentityVerified: false,
 *   recencyYears: 5,
 *   conversions: { 'UK-CATS': '1/2', ECVET: null },
 *   hoursPerEcts: '30',
 * });
 * ```
 * @category Stacking
 */
export const RecognitionPolicySchema = named(
  z.strictObject({
    id: StackingIdSchema,
    version: NonEmptyTextSchema.optional(),
    title: LocalizedTextSchema.optional(),
    referenceDate: DateSchema.optional(),
    requireAssessment: z.boolean(),
    acceptedQaTypes: z.array(StackingIdSchema).nullable(),
    requireIdentityVerified: z.boolean(),
    recencyYears: z.number().int().min(0).max(200).nullable().optional(),
    minGrade: z
      .union([GradeThresholdSchema, z.array(GradeThresholdSchema).min(1)])
      .nullable()
      .optional(),
    gradeSchemes: z.record(NonEmptyTextSchema, GradeSchemeSchema).optional(),
    conversions: z.partialRecord(CreditUnitSchema, PositiveAmountSchema.nullable()).optional(),
    hoursPerEcts: PositiveAmountSchema.optional(),
    rounding: StackingRoundingSchema.nullable().optional(),
    caps: z.array(StackingCapSchema).optional(),
    duplicates: z.literal('countOnce').optional(),
  }),
  {
    id: 'RecognitionPolicy',
    title: 'Recognition policy',
    description:
      "A receiving institution's recognition rules: filters, conversion to ECTS, rounding, caps and de-duplication.",
  },
);

/**
 * A grading scheme's order, as parsed.
 *
 * @example
 * ```ts
 * import type { GradeScheme } from 'microcred';
 * const german: GradeScheme = { kind: 'numeric', higherIsBetter: false };
 * ```
 * @category Stacking
 */
export type GradeScheme = z.infer<typeof GradeSchemeSchema>;

/**
 * A grade threshold, as parsed.
 *
 * @example
 * ```ts
 * import type { GradeThreshold } from 'microcred';
 * const pass: GradeThreshold = { scheme: 'DE', value: '4.0' };
 * ```
 * @category Stacking
 */
export type GradeThreshold = z.infer<typeof GradeThresholdSchema>;

/**
 * A rounding rule, as parsed.
 *
 * @example
 * ```ts
 * import type { StackingRounding } from 'microcred';
 * const halves: StackingRounding = { step: '0.5', mode: 'floor', stage: 'perCredential' };
 * ```
 * @category Stacking
 */
export type StackingRounding = z.infer<typeof StackingRoundingSchema>;

/**
 * A cap, as parsed.
 *
 * @example
 * ```ts
 * import type { StackingCap } from 'microcred';
 * const cap: StackingCap = { id: 'external', appliesTo: { providerIds: ['https://mooc.example'] }, maxEcts: '6', mode: 'truncate' };
 * ```
 * @category Stacking
 */
export type StackingCap = z.infer<typeof StackingCapSchema>;

/**
 * A recognition policy, as parsed.
 *
 * @example
 * ```ts
 * import type { RecognitionPolicy } from 'microcred';
 * const policy: RecognitionPolicy = {
 *   id: 'rpl',
 *   referenceDate: '2025-09-01',
 *   requireAssessment: true,
 *   acceptedQaTypes: null,
 *   requireIdentityVerified: false,
 * };
 * ```
 * @category Stacking
 */
export type RecognitionPolicy = z.infer<typeof RecognitionPolicySchema>;
