import * as z from 'zod';
import { ASSESSMENT_TYPES } from '../vocab/index.js';
import { ConceptSchema, DateTimeSchema, LocalizedTextSchema } from './primitives.js';
import { named } from './registry.js';

/**
 * A type of assessment: a code from the ELM assessment-type list (`written-examination`,
 * `portfolio`, ...), `none` (which completeness rejects), or a concept from another vocabulary.
 *
 * @example
 * ```ts
 * import { AssessmentTypeSchema } from 'microcred';
 * AssessmentTypeSchema.parse('portfolio');
 * ```
 * @category Model
 */
export const AssessmentTypeSchema = named(z.union([z.enum(ASSESSMENT_TYPES), ConceptSchema]), {
  id: 'AssessmentType',
});

/**
 * Annex I element (i), type of assessment: one or more types, an optional description and the date of
 * assessment (which MICROBOL accepts in place of the date of issuing).
 *
 * @example
 * ```ts
 * import { AssessmentSchema } from 'microcred';
 * AssessmentSchema.parse({ types: ['written-examination'], date: '2025-01-20T10:00:00+01:00' });
 * ```
 * @category Model
 */
export const AssessmentSchema = named(
  z.strictObject({
    types: z.array(AssessmentTypeSchema).min(1),
    description: LocalizedTextSchema.optional(),
    date: DateTimeSchema.optional(),
  }),
  { id: 'Assessment' },
);

/**
 * The assessment element, as parsed.
 *
 * @example
 * ```ts
 * import type { Assessment } from 'microcred';
 * const a: Assessment = { types: ['portfolio'] };
 * ```
 * @category Model
 */
export type Assessment = z.infer<typeof AssessmentSchema>;
