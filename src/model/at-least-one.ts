import type * as z from 'zod';

/**
 * Requires at least one of the given optional fields, in both validators: a zod refinement reporting
 * `at_least_one` with the field names, and the matching JSON Schema keyword (`anyOf` of `required`) to
 * put in the schema's metadata.
 */
export function atLeastOne<T extends z.ZodObject, const F extends readonly (keyof z.infer<T> & string)[]>(
  schema: T,
  fields: F,
): {
  readonly schema: T;
  readonly jsonSchema: { readonly anyOf: readonly { readonly required: readonly string[] }[] };
} {
  const refined = schema.refine((value) => fields.some((f) => (value as Record<string, unknown>)[f] !== undefined), {
    params: { code: 'at_least_one', fields: [...fields] },
  });
  return { schema: refined, jsonSchema: { anyOf: fields.map((f) => ({ required: [f] })) } };
}
