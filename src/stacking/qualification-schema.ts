import * as z from 'zod';
import { LocalizedTextSchema, NonEmptyTextSchema } from '../model/primitives.js';
import { named } from '../model/registry.js';
import { EQF_LEVELS } from '../vocab/index.js';
import { ExactAmountSchema, StackingIdSchema } from './schema-parts.js';

const EXACTLY_ONE_LIMIT = {
  params: {
    code: 'invalid_combination',
    fields: ['minEcts', 'minShareOfTarget'],
    expected: 'exactly one',
    reason: 'set exactly one of minEcts and minShareOfTarget',
  },
} as const;

const hasOneLimit = (r: { readonly minEcts?: string | undefined; readonly minShareOfTarget?: string | undefined }) =>
  (r.minEcts === undefined) !== (r.minShareOfTarget === undefined);

/**
 * Which credentials a requirement group accepts. Every key present must match (AND across keys); within a
 * key: any id of `anyOfIds` (matched against the credential's specification id), any outcome of
 * `learningOutcomesAny`, every outcome of `learningOutcomesAll`, and an EQF level of at least `minEqfLevel`.
 * Outcomes are compared by identifier (ESCO or other skill URIs), never by wording. An empty object accepts
 * every credential.
 *
 * @example
 * ```ts
 * import { GroupSelectSchema } from 'microcred';
 * GroupSelectSchema.parse({ learningOutcomesAny: ['http://data.europa.eu/esco/skill/statistics'], minEqfLevel: 6 });
 * ```
 * @category Stacking
 */
export const GroupSelectSchema = named(
  z.strictObject({
    anyOfIds: z.array(StackingIdSchema).min(1).optional(),
    learningOutcomesAny: z.array(StackingIdSchema).min(1).optional(),
    learningOutcomesAll: z.array(StackingIdSchema).min(1).optional(),
    minEqfLevel: z.literal(EQF_LEVELS).optional(),
  }),
  {
    id: 'GroupSelect',
    title: 'Group selector',
    description: 'Which credentials a requirement group accepts: every key present must match.',
  },
);

/**
 * A requirement group of a target: which credentials it accepts (`select`) and what it needs: a credit
 * minimum (`minEcts`), a number of credentials (`minCount`, "N of M") and required specifications
 * (`requiredIds`, listed in `select.anyOfIds` too). An exclusive group takes each credential it holds for
 * itself; an overlay group (`exclusive: false`) sees every counted credential it accepts.
 *
 * @example
 * ```ts
 * import { RequirementGroupSchema } from 'microcred';
 * RequirementGroupSchema.parse({ id: 'core', exclusive: true, select: {}, minEcts: '8', minCount: 2 });
 * ```
 * @category Stacking
 */
export const RequirementGroupSchema = named(
  z.strictObject({
    id: StackingIdSchema,
    title: LocalizedTextSchema.optional(),
    exclusive: z.boolean(),
    select: GroupSelectSchema,
    minEcts: ExactAmountSchema.nullable().optional(),
    minCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
    requiredIds: z.array(StackingIdSchema).optional(),
  }),
  {
    id: 'RequirementGroup',
    title: 'Requirement group',
    description: 'A group of a target qualification: what it accepts and the credits, count and modules it needs.',
  },
);

/**
 * A share-at-level rule: the counted credits at EQF level `minEqfLevel` or above must reach `minEcts`, or
 * `minShareOfTarget` × the target's `totalEcts.min` (exactly one of the two).
 *
 * @example
 * ```ts
 * import { LevelRuleSchema } from 'microcred';
 * LevelRuleSchema.parse({ id: 'at-level-7', minEqfLevel: 7, minShareOfTarget: '3/4' });
 * ```
 * @category Stacking
 */
export const LevelRuleSchema = named(
  z
    .strictObject({
      id: StackingIdSchema,
      minEqfLevel: z.literal(EQF_LEVELS),
      minEcts: ExactAmountSchema.optional(),
      minShareOfTarget: ExactAmountSchema.optional(),
    })
    .refine(hasOneLimit, EXACTLY_ONE_LIMIT),
  {
    id: 'LevelRule',
    title: 'Share-at-level rule',
    description: 'Counted credits at or above an EQF level must reach a minimum or a share of the target.',
    oneOf: [{ required: ['minEcts'] }, { required: ['minShareOfTarget'] }],
  },
);

/**
 * A residency rule: the counted credits awarded by the listed providers must reach `minEcts`, or
 * `minShareOfTarget` × `totalEcts.min` (exactly one of the two). The mirror image of a cap.
 *
 * @example
 * ```ts
 * import { ResidencyRuleSchema } from 'microcred';
 * ResidencyRuleSchema.parse({ id: 'residency', providerIds: ['https://uni.example'], minEcts: '10' });
 * ```
 * @category Stacking
 */
export const ResidencyRuleSchema = named(
  z
    .strictObject({
      id: StackingIdSchema,
      providerIds: z.array(StackingIdSchema).min(1),
      minEcts: ExactAmountSchema.optional(),
      minShareOfTarget: ExactAmountSchema.optional(),
    })
    .refine(hasOneLimit, EXACTLY_ONE_LIMIT),
  {
    id: 'ResidencyRule',
    title: 'Residency rule',
    description: 'Counted credits from the listed providers must reach a minimum or a share of the target.',
    oneOf: [{ required: ['minEcts'] }, { required: ['minShareOfTarget'] }],
  },
);

/**
 * A target qualification (a certificate, a degree, a larger credential) with its requirement tree: total
 * credits (`totalEcts.min`, optional `max`), requirement groups, share-at-level rules, a residency rule and
 * a minimum EQF level for every credential. JSON-native, so an office keeps it in a file; export its JSON
 * Schema with `toJsonSchema('Qualification')`. With no groups, one implicit exclusive group `all` accepts
 * every credential.
 *
 * @example
 * ```ts
 * import { QualificationSchema } from 'microcred';
 * QualificationSchema.parse({
 *   id: 'https://uni.example/certificates/data-analysis',
 *   totalEcts: { min: '15' },
 *   groups: [{ id: 'statistics', exclusive: true, select: { anyOfIds: ['urn:spec:stats'] }, minEcts: '5' }],
 * });
 * ```
 * @category Stacking
 */
export const QualificationSchema = named(
  z.strictObject({
    id: StackingIdSchema,
    version: NonEmptyTextSchema.optional(),
    title: LocalizedTextSchema.optional(),
    minEqfLevel: z.literal(EQF_LEVELS).nullable().optional(),
    totalEcts: z.strictObject({ min: ExactAmountSchema, max: ExactAmountSchema.optional() }),
    groups: z.array(RequirementGroupSchema),
    levelRules: z.array(LevelRuleSchema).optional(),
    residency: ResidencyRuleSchema.optional(),
  }),
  {
    id: 'Qualification',
    title: 'Target qualification',
    description: 'A target qualification with its requirement tree: total credits, groups, level rules and residency.',
  },
);

/**
 * Which credentials a group accepts, as parsed.
 *
 * @example
 * ```ts
 * import type { GroupSelect } from 'microcred';
 * const select: GroupSelect = { anyOfIds: ['urn:spec:stats'] };
 * ```
 * @category Stacking
 */
export type GroupSelect = z.infer<typeof GroupSelectSchema>;

/**
 * A requirement group, as parsed.
 *
 * @example
 * ```ts
 * import type { RequirementGroup } from 'microcred';
 * const group: RequirementGroup = { id: 'electives', exclusive: true, select: {}, minCount: 2 };
 * ```
 * @category Stacking
 */
export type RequirementGroup = z.infer<typeof RequirementGroupSchema>;

/**
 * A share-at-level rule, as parsed.
 *
 * @example
 * ```ts
 * import type { LevelRule } from 'microcred';
 * const rule: LevelRule = { id: 'at-level-6', minEqfLevel: 6, minEcts: '10' };
 * ```
 * @category Stacking
 */
export type LevelRule = z.infer<typeof LevelRuleSchema>;

/**
 * A residency rule, as parsed.
 *
 * @example
 * ```ts
 * import type { ResidencyRule } from 'microcred';
 * const rule: ResidencyRule = { id: 'home', providerIds: ['https://uni.example'], minShareOfTarget: '1/3' };
 * ```
 * @category Stacking
 */
export type ResidencyRule = z.infer<typeof ResidencyRuleSchema>;

/**
 * A target qualification, as parsed.
 *
 * @example
 * ```ts
 * import type { Qualification } from 'microcred';
 * const target: Qualification = { id: 'cert', totalEcts: { min: '10' }, groups: [] };
 * ```
 * @category Stacking
 */
export type Qualification = z.infer<typeof QualificationSchema>;
