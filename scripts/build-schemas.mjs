// Writes the prebuilt JSON Schemas shipped as microcred/schemas/<name>.json, from the built package.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_NAMES, toJsonSchema } from '../dist/json-schema/index.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'schemas');
mkdirSync(out, { recursive: true });
for (const name of SCHEMA_NAMES) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(toJsonSchema(name))}\n`);
}
console.log(`wrote ${SCHEMA_NAMES.length} JSON Schemas to dist/schemas/`);
