import * as z from 'zod';
import { CREDIT_UNITS, CUSTOM_CREDIT_UNIT_PATTERN } from '../credit/index.js';
import { atLeastOne } from './at-least-one.js';
import { DecimalStringSchema } from './primitives.js';
import { named } from './registry.js';

/**
 * A credit unit: `ECTS`, `HOURS`, `UK-CATS`, `NZ-CREDIT`, `US-SCH`, `ECVET`, or `custom:<name>`.
 *
 * @example
 * ```ts
 * import { CreditUnitSchema } from 'microcred';
 * CreditUnitSchema.parse('custom:SE-HP');
 * ```
 * @category Model
 */
export const CreditUnitSchema = named(
  z.union([
    z.enum(CREDIT_UNITS),
    z.templateLiteral([
      'custom:',
      z.string().regex(new RegExp(CUSTOM_CREDIT_UNIT_PATTERN.source.replace('^custom:', '^'))),
    ]),
  ]),
  { id: 'CreditUnit' },
);

/**
 * An amount of credit: an exact decimal string and its unit. ECTS is preferred (Annex I (g)).
 *
 * @example
 * ```ts
 * import { CreditSchema } from 'microcred';
 * CreditSchema.parse({ value: '2.5', unit: 'ECTS' });
 * ```
 * @category Model
 */
export const CreditSchema = named(z.strictObject({ value: DecimalStringSchema, unit: CreditUnitSchema }), {
  id: 'Credit',
});

const workloadObject = atLeastOne(
  z.strictObject({
    credits: z.array(CreditSchema).min(1).optional(),
    hours: DecimalStringSchema.optional(),
  }),
  ['credits', 'hours'],
);

/**
 * Annex I element (g), notional workload: credits in one or more systems and/or notional hours (a decimal
 * string). At least one of the two is required.
 *
 * @example
 * ```ts
 * import { WorkloadSchema } from 'microcred';
 * WorkloadSchema.parse({ credits: [{ value: '5', unit: 'ECTS' }], hours: '125' });
 * ```
 * @category Model
 */
export const WorkloadSchema = named(workloadObject.schema, {
  id: 'Workload',
  ...workloadObject.jsonSchema,
});

/**
 * A credit amount as written in a credential.
 *
 * @example
 * ```ts
 * import type { Credit } from 'microcred';
 * const c: Credit = { value: '5', unit: 'ECTS' };
 * ```
 * @category Model
 */
export type Credit = z.infer<typeof CreditSchema>;

/**
 * The workload element, as parsed.
 *
 * @example
 * ```ts
 * import type { Workload } from 'microcred';
 * const w: Workload = { hours: '40' };
 * ```
 * @category Model
 */
export type Workload = z.infer<typeof WorkloadSchema>;
