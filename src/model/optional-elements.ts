import * as z from 'zod';
import { SUPERVISION_SETTINGS } from '../vocab/index.js';
import { atLeastOne } from './at-least-one.js';
import { LocalizedTextSchema, NonEmptyTextSchema, UriSchema, WebUrlSchema } from './primitives.js';
import { named } from './registry.js';

/**
 * Optional element "supervision and identity verification during assessment": one of the Recommendation's
 * three values. Only the third may say whether it happened `online` or `onsite`.
 *
 * @example
 * ```ts
 * import { SupervisionSchema } from 'microcred';
 * SupervisionSchema.parse({ type: 'supervised-with-id-verification', setting: 'online' });
 * ```
 * @category Model
 */
export const SupervisionSchema = named(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('unsupervised-no-id-verification') }),
    z.strictObject({ type: z.literal('supervised-no-id-verification') }),
    z.strictObject({
      type: z.literal('supervised-with-id-verification'),
      setting: z.enum(SUPERVISION_SETTINGS).optional(),
    }),
  ]),
  {
    id: 'Supervision',
  },
);

/**
 * Optional element "grade achieved": the grade as written and, optionally, its grading scheme.
 *
 * @example
 * ```ts
 * import { GradeSchema } from 'microcred';
 * GradeSchema.parse({ value: '8.5', scheme: 'NL 1-10' });
 * ```
 * @category Model
 */
export const GradeSchema = named(
  z.strictObject({
    value: NonEmptyTextSchema,
    scheme: NonEmptyTextSchema.optional(),
    schemeId: UriSchema.optional(),
  }),
  { id: 'Grade' },
);

/**
 * Optional element "integration/stackability options": `stand-alone`, or `integrated` (stackable towards
 * other credentials, optionally naming them). Whether a credential really stacks is decided by the
 * receiving institution's rules, not by this field.
 *
 * @example
 * ```ts
 * import { StackabilitySchema } from 'microcred';
 * StackabilitySchema.parse({ type: 'integrated', targets: ['https://uni.example/programmes/msc-data'] });
 * ```
 * @category Model
 */
export const StackabilitySchema = named(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('stand-alone') }),
    z.strictObject({ type: z.literal('integrated'), targets: z.array(UriSchema).min(1).optional() }),
  ]),
  {
    id: 'Stackability',
  },
);

const furtherInformationObject = atLeastOne(
  z.strictObject({ note: LocalizedTextSchema.optional(), links: z.array(WebUrlSchema).min(1).optional() }),
  ['note', 'links'],
);

/**
 * Optional element "further information": a note and/or links.
 *
 * @example
 * ```ts
 * import { FurtherInformationSchema } from 'microcred';
 * FurtherInformationSchema.parse({ links: ['https://uni.example/courses/data-literacy'] });
 * ```
 * @category Model
 */
export const FurtherInformationSchema = named(furtherInformationObject.schema, {
  id: 'FurtherInformation',
  ...furtherInformationObject.jsonSchema,
});

/**
 * A supervision value, as parsed.
 *
 * @example
 * ```ts
 * import type { Supervision } from 'microcred';
 * const s: Supervision = { type: 'unsupervised-no-id-verification' };
 * ```
 * @category Model
 */
export type Supervision = z.infer<typeof SupervisionSchema>;

/**
 * A grade, as parsed.
 *
 * @example
 * ```ts
 * import type { Grade } from 'microcred';
 * const g: Grade = { value: 'Pass' };
 * ```
 * @category Model
 */
export type Grade = z.infer<typeof GradeSchema>;

/**
 * A stackability value, as parsed.
 *
 * @example
 * ```ts
 * import type { Stackability } from 'microcred';
 * const s: Stackability = { type: 'stand-alone' };
 * ```
 * @category Model
 */
export type Stackability = z.infer<typeof StackabilitySchema>;

/**
 * Further information, as parsed.
 *
 * @example
 * ```ts
 * import type { FurtherInformation } from 'microcred';
 * const f: FurtherInformation = { note: 'Part of the Data Science pathway' };
 * ```
 * @category Model
 */
export type FurtherInformation = z.infer<typeof FurtherInformationSchema>;
