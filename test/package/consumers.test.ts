import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The published package as its users get it: `npm pack`, installed from the tarball into fresh projects,
 * imported from ESM, required from CJS, and type-checked by TypeScript with `node16` and `bundler`
 * module resolution.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
let work: string;
let project: string;

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'microcred-consumers-'));
  const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], ROOT)) as { filename: string }[];
  const tarball = join(work, (packed[0] as { filename: string }).filename);
  project = join(work, 'app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'zod@^4.1'], project);
}, 180_000);

// Removing the installed project can take longer than the default hook timeout on a loaded CI machine.
afterAll(() => {
  // The projects hold installed packages: removing them takes a while on a loaded machine.
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
}, 120_000);

const USE = `
const mc = { title: 'x' };
const r = safeParseMicroCredential(mc);
if (r.success) throw new Error('should be invalid');
if (!isMicrocredError(r.error, 'ERR_VALIDATION')) throw new Error('not a microcred error');
const total = sumCredits(['2.3', '6.1', '6.6'].map((v) => parseCredit(v, 'ECTS')));
if (formatCredit(total) !== '15') throw new Error('credit arithmetic');
console.log('ok', r.error.issues.length, toJsonSchema('MicroCredential').$id, typeof generateIssuerKey, typeof documentLoader, en.locale);
`;

/** The TypeScript set-ups a consumer may have: ESM and CJS under node16 and nodenext, ESM under bundler. */
const TS_SETUPS = [
  { name: 'ESM, module node16', format: 'esm', module: 'node16', moduleResolution: 'node16' },
  { name: 'CJS (.cts), module node16', format: 'cjs', module: 'node16', moduleResolution: 'node16' },
  { name: 'ESM, module nodenext', format: 'esm', module: 'nodenext', moduleResolution: 'nodenext' },
  { name: 'CJS (.cts), module nodenext', format: 'cjs', module: 'nodenext', moduleResolution: 'nodenext' },
  { name: 'ESM, moduleResolution bundler', format: 'esm', module: 'esnext', moduleResolution: 'bundler' },
] as const;

/** A consumer importing every entry point and using representative API of each (no top-level await: CJS too). */
const TS_CONSUMER = `import {
  checkCompleteness,
  type CompletenessReport,
  formatCredit,
  isMicrocredError,
  type Learner,
  type MicroCredential,
  MicroCredentialSchema,
  parseCredit,
  parseMicroCredential,
  sumCredits,
} from 'microcred';
import { buildEudiClaims, type EudiClaims } from 'microcred/eudi';
import { documentLoader, fromOpenBadge, toOpenBadge } from 'microcred/interop';
import { type SchemaName, toJsonSchema } from 'microcred/json-schema';
import {
  allocateStatusEntry,
  createStatusList,
  generateIssuerKey,
  type IssuerKey,
  type JWK,
  setStatus,
  signCredential,
  staticKeyResolver,
  verifyCredential,
} from 'microcred/jwt';
import { en, type LocaleCatalogue } from 'microcred/locales';

declare const input: unknown;
const mc: MicroCredential = parseMicroCredential(input);
const learner: Learner = mc.learner;
const report: CompletenessReport = checkCompleteness(mc, { now: '2026-01-01T00:00:00Z' });
const total: string = formatCredit(sumCredits([parseCredit('2.5', 'ECTS'), parseCredit('3', 'ECTS')]));
const name: SchemaName = 'Learner';
const catalogue: LocaleCatalogue = en;
const claims: EudiClaims = buildEudiClaims(mc);
const badge: Record<string, unknown> = toOpenBadge(mc);
const imported = fromOpenBadge(badge);

export async function main(): Promise<IssuerKey> {
  const key = await generateIssuerKey('ES256');
  const published: JWK = key.publicJwk;
  let list = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
  const allocated = allocateStatusEntry(list);
  list = setStatus(allocated.list, allocated.entry.statusListIndex, true);
  const token = await signCredential({ ...mc, credentialStatus: [allocated.entry] }, key, { kid: key.kid });
  const verified = await verifyCredential(token, staticKeyResolver({ 'https://uni.example': published }));
  const title: MicroCredential['title'] = verified.credential.title;
  await documentLoader('https://www.w3.org/ns/credentials/v2');
  try {
    parseMicroCredential({});
  } catch (error) {
    if (isMicrocredError(error, 'ERR_VALIDATION')) console.log(error.issues.length);
  }
  void [learner, report.verdict, total, toJsonSchema(name), catalogue, claims, imported.complete, title, list];
  void MicroCredentialSchema;
  return key;
}
`;

describe('the packed package', () => {
  it('an ESM consumer imports every entry point', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { safeParseMicroCredential, isMicrocredError, sumCredits, parseCredit, formatCredit } from 'microcred';
import { toJsonSchema } from 'microcred/json-schema';
import { generateIssuerKey } from 'microcred/jwt';
import { documentLoader } from 'microcred/interop';
import { en } from 'microcred/locales';
import schema from 'microcred/schemas/MicroCredential.json' with { type: 'json' };
if (schema.$id !== toJsonSchema('MicroCredential').$id) throw new Error('prebuilt schema differs');
${USE}`,
    );
    expect(sh(process.execPath, ['esm.mjs'], project)).toMatch(
      /^ok \d+ https:\/\/w3id\.org\/microcred\/schemas\/v0\/MicroCredential\.json function function en/,
    );
  });

  it('a CJS consumer requires every entry point (jose is ESM-only: require(esm) on Node >= 20.19)', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { safeParseMicroCredential, isMicrocredError, sumCredits, parseCredit, formatCredit } = require('microcred');
const { toJsonSchema } = require('microcred/json-schema');
const { generateIssuerKey } = require('microcred/jwt');
const { documentLoader } = require('microcred/interop');
const { en } = require('microcred/locales');
${USE}`,
    );
    expect(sh(process.execPath, ['cjs.cjs'], project)).toMatch(/^ok \d+ /);
  });

  // verifyCredential loads the zod model with a dynamic import() only to explain a refused credential: that
  // path must resolve in the installed package, from both builds.
  const EXPLAIN = `
const key = await jwt.generateIssuerKey('EdDSA');
const now = new Date('2025-06-01T00:00:00Z');
const doc = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'],
  issuer: 'https://issuer.example', validFrom: '2025-01-01T00:00:00Z', credentialSubject: { id: 'did:example:1' } };
const token = await jwt.signCredentialDocument(doc, key, { now });
const keys = jwt.staticKeyResolver({ 'https://issuer.example': key.publicJwk });
await jwt.verifyCredential(token, keys, { now, status: false }).then(
  () => console.log('accepted'),
  (e) => console.log(e.code, e.issues.length > 0, e.message.includes('missing learner')),
);`;

  it('verifyCredential explains a refused credential from the installed ESM and CJS builds', () => {
    writeFileSync(join(project, 'explain.mjs'), `import * as jwt from 'microcred/jwt';\n${EXPLAIN}`);
    writeFileSync(
      join(project, 'explain.cjs'),
      `const jwt = require('microcred/jwt');\n(async () => {${EXPLAIN}\n})();`,
    );
    expect(sh(process.execPath, ['explain.mjs'], project).trim()).toBe('ERR_VALIDATION true true');
    expect(sh(process.execPath, ['explain.cjs'], project).trim()).toBe('ERR_VALIDATION true true');
  });

  it('an error thrown by the CJS copy is recognised by the ESM copy', () => {
    writeFileSync(
      join(project, 'dual.mjs'),
      `import { createRequire } from 'node:module';
import { isMicrocredError, MicrocredError } from 'microcred';
const cjs = createRequire(import.meta.url)('microcred');
try { cjs.parseLearner({}); } catch (e) {
  console.log(isMicrocredError(e, 'ERR_VALIDATION'), e instanceof MicrocredError);
}`,
    );
    expect(sh(process.execPath, ['dual.mjs'], project).trim()).toBe('true false');
  });

  it('the installed microcred command runs, with the demo and its data shipped in the package', () => {
    const bin = join(project, 'node_modules', '.bin', 'microcred');
    expect(sh(bin, ['--help'], project)).toMatch(/Usage: microcred <command>/);
    const example = join(project, 'node_modules', 'microcred', 'examples', 'data', 'micro-credential.json');
    expect(sh(bin, ['validate', example], project)).toMatch(/^valid /);
    expect(sh(bin, ['demo', '--where'], project).trim()).toBe(
      join(project, 'node_modules', 'microcred', 'examples', 'demo.mjs'),
    );
    expect(sh(bin, ['demo'], project).trim().endsWith('Done.')).toBe(true);
  });

  // Every set-up a TypeScript user may have, with skipLibCheck off so our declaration files are checked too.
  it.each(TS_SETUPS)('a TypeScript consumer type-checks: $name', (setup) => {
    const dir = join(project, `ts-${setup.name.replace(/\W+/g, '-')}`);
    mkdirSync(dir, { recursive: true });
    const file = setup.format === 'cjs' ? 'main.cts' : 'main.ts';
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          types: [],
          module: setup.module,
          moduleResolution: setup.moduleResolution,
        },
        files: [file],
      }),
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: setup.format === 'cjs' ? 'commonjs' : 'module' }));
    writeFileSync(join(dir, file), TS_CONSUMER);
    // Resolve packages from the app's node_modules, as a user's project would.
    const out = (() => {
      try {
        return sh(process.execPath, [TSC, '-p', 'tsconfig.json'], dir);
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    })();
    expect(out).toBe('');
  });

  it('a stack trace from the installed package points at readable code in dist/, in both builds', () => {
    // Prints, for each frame in microcred's dist/, the source text from the reported line and column on.
    const frames = `const frames = (e) => e.stack.split('\\n').flatMap((l) => {
  const m = /\\((.+\\/node_modules\\/microcred\\/dist\\/[^:]+):(\\d+):(\\d+)\\)$/.exec(l);
  if (m === null) return [];
  const file = m[1].startsWith('file:') ? new URL(m[1]) : m[1];
  return [readFileSync(file, 'utf8').split('\\n')[Number(m[2]) - 1].slice(Number(m[3]) - 1)];
});`;
    const call = `try { parseCredit('1.5', 'NOT-A-UNIT'); } catch (e) { console.log(JSON.stringify(frames(e))); }`;
    writeFileSync(
      join(project, 'trace.cjs'),
      `const { readFileSync } = require('node:fs');\nconst { parseCredit } = require('microcred');\n${frames}\n${call}`,
    );
    writeFileSync(
      join(project, 'trace.mjs'),
      `import { readFileSync } from 'node:fs';\nimport { parseCredit } from 'microcred';\n${frames}\n${call}`,
    );
    for (const script of ['trace.cjs', 'trace.mjs']) {
      const [created, thrown] = JSON.parse(sh(process.execPath, [script], project)) as string[];
      expect(created, script).toMatch(/^new \S*MicrocredCreditError\(/);
      expect(thrown, script).toMatch(/^creditInvalid\(unit, /);
    }
  });
});
