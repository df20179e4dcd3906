import * as z from 'zod';
import { EQF_LEVELS, ISCED_F_CODES, QA_TYPES } from '../vocab/index.js';
import {
  ConceptSchema,
  CountryCodeSchema,
  DateSchema,
  LocalizedTextSchema,
  UriSchema,
  WebUrlSchema,
} from './primitives.js';
import { named } from './registry.js';

/**
 * One quality-assurance record (Annex I element (k)): its type (an ELM accreditation type, internal or
 * external QA, or an external concept), and optionally the accrediting body, decision, expiry date, the
 * limits of what it covers (EQF level, field, jurisdiction) and a landing page.
 *
 * @example
 * ```ts
 * import { QualityAssuranceSchema } from 'microcred';
 * QualityAssuranceSchema.parse({
 *   type: 'institutional-quality-assurance',
 *   accreditedBy: { legalName: 'NVAO', country: 'NL' },
 *   expiry: '2029-12-31',
 * });
 * ```
 * @category Model
 */
export const QualityAssuranceSchema = named(
  z.strictObject({
    id: UriSchema.optional(),
    type: z.union([z.enum(QA_TYPES), ConceptSchema]),
    title: LocalizedTextSchema.optional(),
    accreditedBy: z
      .strictObject({ id: UriSchema.optional(), legalName: LocalizedTextSchema, country: CountryCodeSchema.optional() })
      .optional(),
    decision: LocalizedTextSchema.optional(),
    issued: DateSchema.optional(),
    expiry: DateSchema.optional(),
    limitEqfLevels: z.array(z.literal(EQF_LEVELS)).min(1).optional(),
    limitFields: z.array(z.enum(ISCED_F_CODES)).min(1).optional(),
    limitJurisdictions: z.array(CountryCodeSchema).min(1).optional(),
    landingPage: WebUrlSchema.optional(),
  }),
  {
    id: 'QualityAssurance',
  },
);

/**
 * A quality-assurance record, as parsed.
 *
 * @example
 * ```ts
 * import type { QualityAssurance } from 'microcred';
 * const qa: QualityAssurance = { type: 'internal-quality-assurance' };
 * ```
 * @category Model
 */
export type QualityAssurance = z.infer<typeof QualityAssuranceSchema>;
