/**
 * `microcred/json-schema`: JSON Schema (draft 2020-12) for every public model, for code that does not use
 * TypeScript or zod (a PHP plugin, a form builder, a database check).
 *
 * @module
 */
export { SCHEMA_BASE_URI, SCHEMA_NAMES, type SchemaName, toJsonSchema } from './to-json-schema.js';
