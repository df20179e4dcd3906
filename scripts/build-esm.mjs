// Builds the ES module half of the package: every source module of the library transpiled on its own to the same
// path under dist/ (src/jwt/verify/signature.ts → dist/jwt/verify/signature.js), imports left as written.
//
// One file per module lets an application's bundler keep exactly the modules one import line reaches (the package
// is `"sideEffects": false`); a bundled build puts modules into shared chunks, and a bundler keeps a whole chunk when
// one of its modules is used. The files keep the source's names and layout, so a stack trace points at a readable
// line of a file named like the module, and the dynamic `import()`s of the source load the files they name.
//
// JSON data the sources import (pinned JSON-LD contexts) becomes an ES module beside it (`x.json` → `x.json.js`),
// because an ES module cannot import JSON without import attributes, which older browsers and runtimes refuse.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const SRC = 'src';
const DIST = 'dist';
const inLibrary = (file) => !file.startsWith('cli/') && !file.endsWith('.d.ts');
const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(inLibrary);
const modules = sources.filter((file) => file.endsWith('.ts'));
const json = sources.filter((file) => file.endsWith('.json'));

await build({
  entryPoints: modules.map((file) => join(SRC, file)),
  outbase: SRC,
  outdir: DIST,
  format: 'esm',
  bundle: false,
  platform: 'neutral',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  sourcemap: false,
  // Shorter forms of the same statements (`typeof x == "string"`, `if (a) return b;`), names and lines kept.
  minifySyntax: true,
  logLevel: 'warning',
});

for (const file of json) {
  const text = readFileSync(join(SRC, file), 'utf8');
  const data = JSON.parse(text);
  // A JSON "__proto__" member is data; in an object literal it would set the prototype instead.
  if (/"__proto__"\s*:/.test(text)) throw new Error(`build-esm: ${file} has a "__proto__" member`);
  mkdirSync(dirname(join(DIST, file)), { recursive: true });
  writeFileSync(join(DIST, `${file}.js`), `export default ${JSON.stringify(data)};\n`);
}

// Each built module, once: a module of types only compiles to an empty file, and nothing imports it at run time
// (imports of types are written `import type`, which the build removes), so it is left out; the others import
// their JSON data from the modules written above.
const JSON_IMPORT = /(\bfrom\s*")(\.{1,2}\/[^"]+\.json)(")/g;
let rewritten = 0;
let empty = 0;
for (const file of modules) {
  const path = join(DIST, file.replace(/\.ts$/, '.js'));
  const code = readFileSync(path, 'utf8');
  if (code.length === 0) {
    rmSync(path);
    empty += 1;
    continue;
  }
  const next = code.replace(JSON_IMPORT, '$1$2.js$3');
  if (next === code) continue;
  writeFileSync(path, next);
  rewritten += 1;
}
console.log(
  `built ${modules.length} ES modules and ${json.length} JSON modules (${rewritten} import JSON); left out ${empty} of types only`,
);
