// Bundles each browser-facing entry point for the browser with esbuild and fails if the bundle pulls in
// jose (the root entry must stay free of it) or any node: built-in. Prints the gzip size of each bundle.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ENTRIES = [
  { entry: 'microcred', forbid: ['jose'] },
  { entry: 'microcred/json-schema', forbid: ['jose'] },
  { entry: 'microcred/locales', forbid: ['jose'] },
  { entry: 'microcred/interop', forbid: [] },
  { entry: 'microcred/jwt', forbid: [] },
  { entry: 'microcred/eudi', forbid: [] },
];

let failed = false;
for (const { entry, forbid } of ENTRIES) {
  const result = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
  const nodeImports = imports.filter((p) => p.startsWith('node:'));
  const forbidden = inputs.filter((p) => forbid.some((f) => p.includes(`node_modules/${f}/`)));
  const code = result.outputFiles[0].contents;
  const text = new TextDecoder().decode(code);
  const size = (gzipSync(code).byteLength / 1024).toFixed(1);
  const problems = [
    ...nodeImports.map((p) => `imports ${p}`),
    ...forbidden.map((p) => `bundles ${p}`),
    ...(/\brequire\(["']node:/.test(text) ? ['contains a require of a node: module'] : []),
  ];
  if (problems.length > 0) {
    failed = true;
    console.error(`FAIL ${entry}: ${problems.join('; ')}`);
  } else {
    console.log(`ok   ${entry.padEnd(24)} ${size} KB gzip (browser bundle with dependencies)`);
  }
}
if (failed) process.exit(1);
