import * as z from 'zod';
import { EQF_LEVELS, ISCED_LEVELS, QF_EHEA_CYCLES } from '../vocab/index.js';
import { atLeastOne } from './at-least-one.js';
import { CountryCodeSchema, LocalizedTextSchema, NonEmptyTextSchema, UriSchema } from './primitives.js';
import { named } from './registry.js';

/**
 * A level in a national qualifications framework: the level as written, and optionally the framework name,
 * its country and the level's concept URI.
 *
 * @example
 * ```ts
 * import { NqfLevelSchema } from 'microcred';
 * NqfLevelSchema.parse({ level: '6', framework: 'RQF', country: 'GB' });
 * ```
 * @category Model
 */
export const NqfLevelSchema = named(
  z.strictObject({
    level: NonEmptyTextSchema,
    framework: NonEmptyTextSchema.optional(),
    country: CountryCodeSchema.optional(),
    uri: UriSchema.optional(),
  }),
  { id: 'NqfLevel' },
);

const LEVEL_FIELDS = ['eqf', 'qfEhea', 'nqf', 'isced'] as const;

const frameworkLevelObject = atLeastOne(
  z.strictObject({
    eqf: z.literal(EQF_LEVELS).optional(),
    qfEhea: z.enum(QF_EHEA_CYCLES).optional(),
    nqf: z.array(NqfLevelSchema).min(1).optional(),
    isced: z.literal(ISCED_LEVELS).optional(),
  }),
  LEVEL_FIELDS,
);

/**
 * The level when one applies: EQF 1–8, QF-EHEA cycle, NQF level(s) and/or ISCED 2011 level (0–8).
 * At least one is required.
 *
 * @example
 * ```ts
 * import { LevelSchema } from 'microcred';
 * LevelSchema.parse({ eqf: 6, qfEhea: 'first' });
 * ```
 * @category Model
 */
export const FrameworkLevelSchema = named(frameworkLevelObject.schema, {
  id: 'FrameworkLevel',
  ...frameworkLevelObject.jsonSchema,
});

/**
 * The explicit statement that no level applies, with an optional reason. The Annex's "if applicable" is a
 * condition, not an option: a missing level is incomplete, an explicit not-applicable is complete.
 *
 * @example
 * ```ts
 * import { LevelNotApplicableSchema } from 'microcred';
 * LevelNotApplicableSchema.parse({ notApplicable: true, reason: 'Professional training, not referenced to a QF' });
 * ```
 * @category Model
 */
export const LevelNotApplicableSchema = named(
  z.strictObject({ notApplicable: z.literal(true), reason: LocalizedTextSchema.optional() }),
  {
    id: 'LevelNotApplicable',
  },
);

/**
 * Annex I element (h), level (and cycle, if applicable): framework levels or an explicit not-applicable.
 *
 * @example
 * ```ts
 * import { LevelSchema } from 'microcred';
 * LevelSchema.parse({ notApplicable: true });
 * ```
 * @category Model
 */
export const LevelSchema = named(z.union([FrameworkLevelSchema, LevelNotApplicableSchema]), {
  id: 'Level',
});

/**
 * The level element, as parsed.
 *
 * @example
 * ```ts
 * import type { Level } from 'microcred';
 * const level: Level = { eqf: 5 };
 * ```
 * @category Model
 */
export type Level = z.infer<typeof LevelSchema>;
