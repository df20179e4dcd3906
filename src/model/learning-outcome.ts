import * as z from 'zod';
import { SKILL_REUSE_LEVELS, SKILL_TYPES } from '../vocab/index.js';
import { LocalizedTextSchema, UriSchema } from './primitives.js';
import { named } from './registry.js';

/**
 * Annex I element (f), one learning outcome: its text, and optionally its ELM skill type, reusability level
 * and related skills (ESCO URIs such as `http://data.europa.eu/esco/skill/<uuid>`).
 *
 * @example
 * ```ts
 * import { LearningOutcomeSchema } from 'microcred';
 * LearningOutcomeSchema.parse({ text: { en: 'Clean a tabular data set' }, type: 'skill' });
 * ```
 * @category Model
 */
export const LearningOutcomeSchema = named(
  z.strictObject({
    id: UriSchema.optional(),
    text: LocalizedTextSchema,
    type: z.enum(SKILL_TYPES).optional(),
    reusabilityLevel: z.enum(SKILL_REUSE_LEVELS).optional(),
    relatedSkills: z.array(UriSchema).min(1).optional(),
  }),
  { id: 'LearningOutcome' },
);

/**
 * A learning outcome, as parsed.
 *
 * @example
 * ```ts
 * import type { LearningOutcome } from 'microcred';
 * const lo: LearningOutcome = { text: 'Explain the GDPR principles' };
 * ```
 * @category Model
 */
export type LearningOutcome = z.infer<typeof LearningOutcomeSchema>;
