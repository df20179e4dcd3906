// Writes the ESM declarations of each public entry point as one line that re-exports the CJS declarations:
// `dist/jwt/index.d.ts` is `export * from './index.cjs';`, which TypeScript resolves to `dist/jwt/index.d.cts`.
// tsup emitted two identical declaration trees (.d.ts and .d.cts, 560 KB each); an ES module may import a
// CommonJS one, so the ESM entry can take its types from the CJS tree, while the reverse (a .d.cts importing
// an ES module) fails under `"module": "node16"` (TS1479). The entries have no default export, so `export *`
// re-exports every public name. test/package/consumers.test.ts type-checks ESM and CJS consumers of the packed
// package under node16, nodenext and bundler resolution with `skipLibCheck: false`.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';
const entries = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('index.d.cts') && !file.startsWith('modules/'),
);
if (entries.length === 0) throw new Error('write-esm-declarations: no dist/**/index.d.cts to re-export');
for (const file of entries) {
  const target = join(DIST, file.replace(/\.d\.cts$/, '.d.ts'));
  if (existsSync(target)) throw new Error(`write-esm-declarations: ${target} exists; the ESM build must emit none`);
  writeFileSync(target, "export * from './index.cjs';\n");
}
console.log(`wrote ${entries.length} ESM entry declarations over the CJS ones`);
