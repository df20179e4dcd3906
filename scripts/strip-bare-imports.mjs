// Removes the bare `import "./chunk-….js";` lines that esbuild's code splitting writes into the ESM build to
// keep the evaluation order of modules it cannot prove pure (the zod model's top-level schema definitions).
// Bundlers treat such an import as a use of the whole chunk, so a verifier that never touches the zod model
// would still carry it. The package declares `"sideEffects": false`: no module is imported for its effects,
// and every module that needs another imports the bindings it uses, which fixes the order that matters.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BARE = /^import "\.{1,2}\/[^"]+\.js";\n/gm;

let files = 0;
let removed = 0;
for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.js')) continue;
  const path = join('dist', file);
  const text = readFileSync(path, 'utf8');
  const count = text.match(BARE)?.length ?? 0;
  if (count === 0) continue;
  writeFileSync(path, text.replace(BARE, ''));
  files += 1;
  removed += count;
}
console.log(`removed ${removed} bare chunk imports from ${files} ESM files`);
