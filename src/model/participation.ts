import * as z from 'zod';
import { LEARNING_ACTIVITY_TYPES, LEARNING_SETTINGS, PARTICIPATION_MODES } from '../vocab/index.js';
import { atLeastOne } from './at-least-one.js';
import { ConceptSchema, LocalizedTextSchema } from './primitives.js';
import { named } from './registry.js';

const PARTICIPATION_FIELDS = ['modes', 'activities'] as const;

const participationObject = atLeastOne(
  z.strictObject({
    modes: z.array(z.enum(PARTICIPATION_MODES)).min(1).optional(),
    activities: z
      .array(z.union([z.enum(LEARNING_ACTIVITY_TYPES), ConceptSchema]))
      .min(1)
      .optional(),
    setting: z.enum(LEARNING_SETTINGS).optional(),
    description: LocalizedTextSchema.optional(),
  }),
  PARTICIPATION_FIELDS,
);

/**
 * Annex I element (j), form of participation: the mode(s) (`online`, `blended`, `onsite`, `work-based`,
 * ...) and/or the kind(s) of learning activity, with the optional learning setting (`formal`, `non-formal`).
 * At least one mode or activity is required.
 *
 * @example
 * ```ts
 * import { ParticipationSchema } from 'microcred';
 * ParticipationSchema.parse({ modes: ['blended'], setting: 'non-formal' });
 * ```
 * @category Model
 */
export const ParticipationSchema = named(participationObject.schema, {
  id: 'Participation',
  ...participationObject.jsonSchema,
});

/**
 * The participation element, as parsed.
 *
 * @example
 * ```ts
 * import type { Participation } from 'microcred';
 * const p: Participation = { modes: ['online'] };
 * ```
 * @category Model
 */
export type Participation = z.infer<typeof ParticipationSchema>;
