// What a user pays: bundles each browser-facing entry point for the browser with esbuild (minified, with
// every dependency: zod, date-fns, jose) and fails if a bundle pulls in a forbidden package (the root entry
// must stay free of jose) or any node: built-in, or if its gzip size passes its budget. Our own code alone is
// budgeted by size-limit (.size-limit.js). When did-jwt-vc is installed, its verifier is measured the same
// way for comparison (it does no schema validation).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const jwt = await import('microcred/jwt');

/** Budgets in KiB of gzip, for the whole bundle a browser downloads. */
const BUNDLES = [
  { name: 'microcred', contents: "export * from 'microcred';", forbid: ['jose'], limit: 94 },
  { name: 'microcred/json-schema', contents: "export * from 'microcred/json-schema';", forbid: ['jose'] },
  { name: 'microcred/locales', contents: "export * from 'microcred/locales';", forbid: ['jose'] },
  // Open Badges 2.0 signatures are checked with WebCrypto, so the interop entry stays free of jose.
  { name: 'microcred/interop', contents: "export * from 'microcred/interop';", forbid: ['jose'] },
  { name: 'microcred/jwt', contents: "export * from 'microcred/jwt';", forbid: [] },
  { name: 'microcred/eudi', contents: "export * from 'microcred/eudi';", forbid: [] },
  { name: 'microcred/verify', contents: "export * from 'microcred/verify';", forbid: [] },
  // The browser verifier: verifyCredential with everything it pulls in (jose, zod, the model).
  ...('verifyCredential' in jwt
    ? [
        {
          name: 'verifier (verifyCredential)',
          contents: "export { verifyCredential } from 'microcred/jwt';",
          forbid: [],
          // What loads at start: the pipeline, jose, the mapping of every profile to the model and the model
          // rules compiled to plain code. The zod model is loaded on demand, only to explain an invalid
          // credential. bench/README.md gives both figures.
          limit: 40,
          notAtStart: ['zod'],
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

/**
 * Bundles `contents` for the browser as an application would (esbuild, minified, code splitting on) and
 * returns the gzip size of what loads at start (the entry and every chunk it imports statically) and of what
 * loads only on demand (chunks behind a dynamic `import()`, such as the zod model that explains why a
 * credential is invalid).
 */
async function measure(contents) {
  const dir = mkdtempSync(join(tmpdir(), 'microcred-bundle-'));
  const entry = join(process.cwd(), `.bundle-entry-${process.pid}.js`);
  writeFileSync(entry, contents);
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      outdir: dir,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const key = (path) => Object.keys(outputs).find((k) => path.endsWith(k.split('/').pop()));
    const entryKey = Object.keys(outputs).find((k) => outputs[k].entryPoint !== undefined);
    const eager = new Set([entryKey]);
    for (const k of eager) {
      for (const i of outputs[k].imports) if (i.kind === 'import-statement' && !i.external) eager.add(i.path);
    }
    const sizes = { eager: 0, lazy: 0 };
    const atStart = [...eager].flatMap((k) => Object.keys(outputs[k].inputs));
    let text = '';
    for (const file of result.outputFiles) {
      const k = key(file.path);
      if (k === undefined || k.endsWith('.map')) continue;
      text += new TextDecoder().decode(file.contents);
      sizes[eager.has(k) ? 'eager' : 'lazy'] += gzipSync(file.contents, { level: 9 }).byteLength / 1024;
    }
    return {
      inputs: Object.keys(result.metafile.inputs),
      imports: Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path)),
      text,
      gzip: sizes.eager,
      lazy: sizes.lazy,
      atStart,
    };
  } finally {
    rmSync(entry, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

let failed = false;
for (const { name, contents, forbid, notAtStart, limit } of BUNDLES) {
  const { inputs, imports, text, gzip, lazy, atStart } = await measure(contents);
  const problems = [
    ...imports.filter((p) => p.startsWith('node:')).map((p) => `imports ${p}`),
    ...inputs.filter((p) => forbid.some((f) => p.includes(`node_modules/${f}/`))).map((p) => `bundles ${p}`),
    ...atStart
      .filter((p) => (notAtStart ?? []).some((f) => p.includes(`node_modules/${f}/`)))
      .slice(0, 1)
      .map((p) => `loads ${p} at start`),
    ...(/\brequire\(["']node:/.test(text) ? ['contains a require of a node: module'] : []),
    ...(limit !== undefined && gzip > limit ? [`${gzip.toFixed(1)} KB gzip is over its budget of ${limit} KB`] : []),
  ];
  const budget = limit === undefined ? '' : ` (budget ${limit} KB)`;
  if (problems.length > 0) {
    failed = true;
    console.error(`FAIL ${name}: ${problems.join('; ')}`);
  } else {
    const later = lazy > 0 ? `, + ${lazy.toFixed(1)} KB loaded on demand` : '';
    console.log(`ok   ${name.padEnd(30)} ${gzip.toFixed(1).padStart(5)} KB gzip at start${later}${budget}`);
  }
}
for (const { name, contents } of comparisons) {
  const { gzip, lazy } = await measure(contents);
  const later = lazy > 0 ? `, + ${lazy.toFixed(1)} KB on demand` : '';
  console.log(
    `     ${name.padEnd(30)} ${gzip.toFixed(1).padStart(5)} KB gzip at start${later} (measured the same way)`,
  );
}
if (!('verifyCredential' in jwt))
  console.log('     (no verifyCredential in microcred/jwt yet: the verifier budget is not measured)');
if (failed) process.exit(1);
