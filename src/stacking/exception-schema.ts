import * as z from 'zod';
import { DateTimeSchema, NonEmptyTextSchema } from '../model/primitives.js';
import { named } from '../model/registry.js';
import { EQF_LEVELS } from '../vocab/index.js';
import { ACCEPTABLE_REASON_CODES } from './codes.js';
import { PositiveAmountSchema, StackingIdSchema } from './schema-parts.js';

const audit = {
  id: StackingIdSchema,
  actor: NonEmptyTextSchema,
  reason: NonEmptyTextSchema,
  at: DateTimeSchema,
};

/**
 * A decision made by a person, given to the engine as input and echoed in the decision with its actor,
 * reason and time (the audit trail). Each kind acts at a fixed step of the pipeline:
 *
 * | kind | effect |
 * |---|---|
 * | `exclude` | the credential is left out (`MANUALLY_EXCLUDED`) before every filter |
 * | `accept` | the named filter or de-duplication reason does not apply to the credential |
 * | `substitute` | the credential counts as `forSpecificationId` for de-duplication, `anyOfIds` and `requiredIds` |
 * | `allow` | the credential becomes eligible for the group |
 * | `pin` | the credential, when counted, goes to that exclusive group (implies `allow`) |
 * | `waive` | a requirement (group, rule or `total`) or one `part` of it counts as met, or its minimum is lowered by `reduceBy`, or one required `specificationId` is dropped |
 * | `addCredit` | a manually recognised credit of `ects` enters allocation as if it were a credential (to `groupId` when given) |
 *
 * An exception whose condition never arises gets the warning `EXCEPTION_UNUSED` and is not listed as applied.
 *
 * @example
 * ```ts
 * import { StackingExceptionSchema } from 'microcred';
 * StackingExceptionSchema.parse({
 *   id: 'ex-1',
 *   kind: 'accept',
 *   credentialId: 'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427',
 *   code: 'NOT_QUALITY_ASSURED',
 *   actor: 'registrar@uni.example',
 *   reason: 'QA of the provider checked by hand (file 2025/114)',
 *   at: '2025-09-02T10:15:00+02:00',
 * });
 * ```
 * @category Stacking
 */
export const StackingExceptionSchema = named(
  z.discriminatedUnion('kind', [
    z.strictObject({ ...audit, kind: z.literal('exclude'), credentialId: StackingIdSchema }),
    z.strictObject({
      ...audit,
      kind: z.literal('accept'),
      credentialId: StackingIdSchema,
      code: z.enum(ACCEPTABLE_REASON_CODES),
    }),
    z.strictObject({
      ...audit,
      kind: z.literal('substitute'),
      credentialId: StackingIdSchema,
      forSpecificationId: StackingIdSchema,
    }),
    z.strictObject({ ...audit, kind: z.literal('allow'), credentialId: StackingIdSchema, groupId: StackingIdSchema }),
    z.strictObject({ ...audit, kind: z.literal('pin'), credentialId: StackingIdSchema, groupId: StackingIdSchema }),
    z.strictObject({
      ...audit,
      kind: z.literal('waive'),
      requirement: StackingIdSchema,
      part: z.enum(['minEcts', 'minCount', 'requiredIds']).optional(),
      reduceBy: PositiveAmountSchema.optional(),
      specificationId: StackingIdSchema.optional(),
    }),
    z.strictObject({
      ...audit,
      kind: z.literal('addCredit'),
      ects: PositiveAmountSchema,
      groupId: StackingIdSchema.optional(),
      eqfLevel: z.literal(EQF_LEVELS).nullable().optional(),
      providerId: StackingIdSchema.optional(),
      qaTypes: z.array(StackingIdSchema).optional(),
      specificationId: StackingIdSchema.optional(),
      outcomeIds: z.array(StackingIdSchema).optional(),
    }),
  ]),
  {
    id: 'StackingException',
    title: 'Stacking exception',
    description: 'A recorded human decision that the stacking engine applies at a fixed step, with an audit trail.',
  },
);

/**
 * A stacking exception, as parsed.
 *
 * @example
 * ```ts
 * import type { StackingException } from 'microcred';
 * const waiver: StackingException = {
 *   id: 'w-1',
 *   kind: 'waive',
 *   requirement: 'project',
 *   part: 'minCount',
 *   actor: 'dean',
 *   reason: 'Thesis replaces the project',
 *   at: '2025-09-01T09:00:00Z',
 * };
 * ```
 * @category Stacking
 */
export type StackingException = z.infer<typeof StackingExceptionSchema>;
