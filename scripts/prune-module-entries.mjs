// Deletes dist/modules/ after the build. tsup builds every source module as an entry of its own only so that
// esbuild cuts one chunk per module (see tsup.config.ts); the entry files it writes there are re-export stubs
// (`import { a } from "../chunk-….js"; export { a };`) that nothing imports and the package's `exports` map
// does not expose. Shipping them would add some 630 files (stubs and their empty source maps) to the package.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join('dist', 'modules');

/** A line of a re-export stub: an import or export list, one of its names, or the source map comment. */
const STUB_LINE =
  /^(import \{|export \{|\};?|\} from "[^"]+";|\s+[\w$]+( as [\w$]+)?,?|\/\/# sourceMappingURL=.*|export \{\s*\};?|)$/;

let stubs = 0;
for (const file of readdirSync(DIR, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .find((line) => !STUB_LINE.test(line));
  // A module whose code esbuild kept in its own entry file would be lost with the folder: fail the build.
  if (code !== undefined) throw new Error(`prune-module-entries: dist/modules/${file} holds code: ${code}`);
  stubs += 1;
}
rmSync(DIR, { recursive: true });
console.log(`removed dist/modules (${stubs} re-export stubs)`);
