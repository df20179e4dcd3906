import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, toJsonSchema } from '../../src/json-schema/index.js';
import { MODEL_SCHEMA_DOCS } from '../../src/json-schema/model-docs.js';
import { namedSchemas } from '../../src/model/registry.js';

// Loading every document registers every named schema.
const documents = SCHEMA_NAMES.map((name) => toJsonSchema(name));

describe('the titles and descriptions of the JSON Schemas', () => {
  it('document every named schema, from the table or from its own metadata', () => {
    for (const [, meta] of namedSchemas) {
      expect(meta.id).toBeTypeOf('string');
      const id = meta.id as string;
      const inTable = Object.hasOwn(MODEL_SCHEMA_DOCS, id);
      const inline = typeof meta.title === 'string' && typeof meta.description === 'string';
      expect(inTable !== inline, `${id}: documented exactly once`).toBe(true);
    }
  });

  it('name no schema that does not exist', () => {
    const ids = new Set(namedSchemas.map(([, meta]) => meta.id));
    for (const id of Object.keys(MODEL_SCHEMA_DOCS)) expect(ids.has(id), id).toBe(true);
  });

  it('appear on every definition of every document', () => {
    for (const document of documents) {
      const defs = document['$defs'] as Record<string, Record<string, unknown>>;
      for (const [id, def] of Object.entries(defs)) {
        expect(def['title'], id).toBeTypeOf('string');
        expect(def['description'], id).toBeTypeOf('string');
      }
    }
  });
});
