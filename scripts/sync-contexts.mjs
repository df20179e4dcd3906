// Copies the official JSON-LD contexts the package serves offline from the vendored standards in
// test/fixtures/standards/ (origins in test/fixtures/PROVENANCE.md) into src/interop/contexts/. Run with `node scripts/sync-contexts.mjs`; test/interop/contexts.test.ts checks
// the copies still equal their sources.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const standards = join(root, 'test', 'fixtures', 'standards');

/** Source file in test/fixtures/standards → file name in src/interop/contexts. */
export const CONTEXT_FILES = {
  'w3c/credentials-v2.jsonld': 'credentials-v2.json',
  'w3c/credentials-v1.jsonld': 'credentials-v1.json',
  'w3c/bitstring-status-list-v1.jsonld': 'bitstring-status-list-v1.json',
  'openbadges/context/context-3.0.3.json': 'ob-v3p0-context-3.0.3.json',
  'elm/context/edc-ap-context.jsonld': 'elm-edc-ap-context.json',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(root, 'src', 'interop', 'contexts');
  mkdirSync(out, { recursive: true });
  for (const [from, to] of Object.entries(CONTEXT_FILES)) {
    copyFileSync(join(standards, from), join(out, to));
    console.log(`copied ${from} -> src/interop/contexts/${to}`);
  }
}
