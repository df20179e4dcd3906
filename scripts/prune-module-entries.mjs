// Deletes the per-module entry files of dist/modules/ that nothing loads. tsup builds every source module as an
// entry of its own so that esbuild cuts one chunk per module (see tsup.config.ts); the entry files it writes
// there are re-export stubs (`import { a } from "../chunk-….js"; export { a };`). The package's `exports` map
// does not expose them, so the only ones reachable are the targets of the build's own dynamic `import()`s
// (the zod model, loaded on demand to explain a refused credential): those are kept, the rest removed.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const DIST = 'dist';
const DIR = join(DIST, 'modules');
const DYNAMIC = /\bimport\("(\.{1,2}\/[^"]+\.js)"\)/g;

/** A line of a re-export stub: an import or export list, one of its names, or an empty line. */
const STUB_LINE = /^(import \{|export \{|\};?|\} from "[^"]+";|\s+[\w$]+( as [\w$]+)?,?|export \{\s*\};?|)$/;

const files = (dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));

const kept = new Set();
for (const file of files(DIST)) {
  const path = join(DIST, file);
  for (const [, target] of readFileSync(path, 'utf8').matchAll(DYNAMIC)) {
    kept.add(relative(DIR, resolve(dirname(path), target)));
  }
}

let removed = 0;
for (const file of files(DIR)) {
  if (kept.has(file)) continue;
  const code = readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .find((line) => !STUB_LINE.test(line));
  // A module whose code esbuild kept in its own entry file would be lost: fail the build instead.
  if (code !== undefined) throw new Error(`prune-module-entries: dist/modules/${file} holds code: ${code}`);
  rmSync(join(DIR, file));
  removed += 1;
}
for (const dir of readdirSync(DIR, { recursive: true, encoding: 'utf8' }).sort().reverse()) {
  const path = join(DIR, dir);
  try {
    if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
  } catch {
    // a file, not a folder
  }
}
console.log(
  `removed ${removed} re-export stubs from dist/modules, kept ${kept.size} loaded by import(): ${[...kept].join(', ')}`,
);
