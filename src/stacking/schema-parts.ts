import * as z from 'zod';
import { named } from '../model/registry.js';

/**
 * An identifier inside a target or a policy (a group, a rule, a cap, a specification, a provider): 1 to 512
 * characters with no white space, so ids survive files, URLs and reports unchanged.
 *
 * @example
 * ```ts
 * import { StackingIdSchema } from 'microcred';
 * StackingIdSchema.parse('core-modules');
 * ```
 * @category Stacking
 */
export const StackingIdSchema = named(z.string().min(1).max(512).regex(/^\S+$/), {
  id: 'StackingId',
  title: 'Identifier',
  description: 'An identifier with no white space (a group, rule, cap, specification or provider id).',
});

/**
 * An exact, non-negative amount written as a string: a decimal (`"7.5"`) or a fraction (`"4/3"`, non-zero
 * denominator). Exponents, signs and decimal commas are refused, so the value is read without loss.
 *
 * @example
 * ```ts
 * import { ExactAmountSchema } from 'microcred';
 * ExactAmountSchema.parse('45/2');
 * ```
 * @category Stacking
 */
export const ExactAmountSchema = named(
  z.string().regex(/^(?:[0-9]{1,30}(?:\.[0-9]{1,30})?|[0-9]{1,30}\/(?=[0-9]*[1-9])[0-9]{1,30})$/),
  {
    id: 'ExactAmount',
    title: 'Exact amount',
    description: 'A non-negative decimal ("7.5") or fraction ("4/3") written as a string so that it stays exact.',
  },
);

/**
 * An exact amount greater than zero (a conversion factor, hours per ECTS, a rounding step).
 *
 * @example
 * ```ts
 * import { PositiveAmountSchema } from 'microcred';
 * PositiveAmountSchema.parse('1/2');
 * ```
 * @category Stacking
 */
export const PositiveAmountSchema = named(
  z.string().regex(/^(?=[0-9.]*[1-9])(?:[0-9]{1,30}(?:\.[0-9]{1,30})?|[0-9]{1,30}\/(?=[0-9]*[1-9])[0-9]{1,30})$/),
  {
    id: 'PositiveAmount',
    title: 'Positive exact amount',
    description: 'An exact decimal or fraction string greater than zero, e.g. "30" or "1/2".',
  },
);
