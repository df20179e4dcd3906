import * as z from 'zod';

/** Metadata attached to each public schema: its `$defs` name, title and description in JSON Schema. */
export interface SchemaMeta {
  readonly id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly [keyword: string]: unknown;
}

/**
 * microcred's own metadata registry. A private registry (rather than zod's global one) means two copies of
 * the package, such as the ESM and CJS builds loaded in one process, never collide on schema ids.
 */
export const modelRegistry: z.core.$ZodRegistry<SchemaMeta> = z.registry<SchemaMeta>();

const registered: (readonly [z.ZodType, SchemaMeta])[] = [];

/** Every schema `named` registered, with its metadata, in registration order (the registry cannot be listed). */
export const namedSchemas: readonly (readonly [z.ZodType, SchemaMeta])[] = registered;

/**
 * Registers a schema's metadata and returns the same schema. The model's schemas give their id and JSON Schema
 * keywords here; their titles and descriptions are added by `toJsonSchema` (see `json-schema/model-docs.ts`).
 */
export function named<T extends z.ZodType>(schema: T, meta: SchemaMeta): T {
  modelRegistry.add(schema, meta);
  registered.push([schema, meta]);
  return schema;
}
