// Removes from the published declarations what only the API reference needs, which TypeDoc builds from src/:
// - a source file's own `@module` comment, which in a bundled declaration file documents nothing (or, when no
//   comment of its own follows, the next declaration, wrongly);
// - the `@category` tags that group the reference pages;
// - the `@example` blocks: every one is type-checked and run by the tests, and shown on its reference page.
// Every declaration keeps its summary, parameters, return value and errors for the editor.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';
const MODULE_COMMENT = /\/\*\*(?:(?!\*\/)[\s\S])*?@module\b(?:(?!\*\/)[\s\S])*?\*\/\n/g;
const CATEGORY_TAG = /^\s*\* @category .*\n/gm;
const EXAMPLE = /^\s*\* @example\n\s*\* ```ts\n(?:\s*\*.*\n)*?\s*\* ```\n/gm;

let bytes = 0;
for (const file of readdirSync(DIST, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.d.cts')) continue;
  const path = join(DIST, file);
  const text = readFileSync(path, 'utf8');
  const trimmed = text.replace(MODULE_COMMENT, '').replace(CATEGORY_TAG, '').replace(EXAMPLE, '');
  if (trimmed === text) continue;
  writeFileSync(path, trimmed);
  bytes += text.length - trimmed.length;
}
console.log(`trimmed ${bytes} characters of API-reference-only comments from the declarations`);
