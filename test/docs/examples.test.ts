/**
 * The TSDoc examples of src/** are part of the documentation users copy, so they are tested: every
 * ```ts example type-checks against the source (imports of 'microcred' and 'microcred/<entry>' mapped to
 * src, as tsconfig.test.json does), every example without `declare` runs, and the results written in its
 * comments hold (`expr; // 'value'`, a result on the next line, and `expr; // throws ERR_CODE`).
 * Every public export of every entry point has an `@example`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as credit from '../../src/credit/index.js';
import { type DocExample, docExamples, ENTRY_POINTS, publicExports, typeCheck } from './doc-examples.js';
import { instrument, runExample } from './run-example.js';

const examples = docExamples();
const runnable = examples.filter((e) => !/^\s*declare\s/m.test(e.code));
const label = (e: DocExample) => `${e.file}:${e.line}`;

const modules: Record<string, unknown> = {};

beforeAll(async () => {
  for (const [entry, path] of Object.entries(ENTRY_POINTS)) {
    modules[entry] = await import(`../../${path.replace(/\.ts$/, '.js')}`);
  }
}, 60_000);

/** Runs one example against the source modules; examples import the package only. */
function run(code: string): Promise<number> {
  return runExample(code, (specifier) => {
    const module = modules[specifier];
    if (module === undefined) throw new Error(`examples import the package only, not ${specifier}`);
    return module as Record<string, unknown>;
  });
}

describe('TSDoc examples', () => {
  it('finds the examples in every module and the results they state', () => {
    expect(examples.length).toBeGreaterThanOrEqual(230);
    expect(new Set(examples.map((e) => e.file.split('/')[1])).size).toBeGreaterThanOrEqual(7);
    const stated = runnable.reduce((n, e) => n + instrument(e.code).checks, 0);
    expect(stated).toBeGreaterThanOrEqual(150);
  });

  it('the harness catches a wrong stated result, a missing throw and a failing await', async () => {
    const head = "import { parseCredit, formatCredit } from 'microcred';\n";
    expect(await run(`${head}formatCredit(parseCredit('2.50')); // '2.5'`)).toBe(1);
    expect(await run(`${head}formatCredit(parseCredit('2.50'));\n// '2.5'`)).toBe(1);
    await expect(run(`${head}formatCredit(parseCredit('2.50')); // '2.6'`)).rejects.toThrow();
    await expect(run(`${head}parseCredit('2.5'); // throws ERR_CREDIT_INVALID`)).rejects.toThrow();
    expect(await run(`${head}parseCredit('2,5'); // throws ERR_CREDIT_INVALID`)).toBe(1);
    const jwt = "import { generateIssuerKey } from 'microcred/jwt';\n";
    expect(await run(`${jwt}(await generateIssuerKey('ES256')).publicJwk.crv; // 'P-256'`)).toBe(1);
    await expect(run(`${jwt}(await generateIssuerKey('ES256')).publicJwk.crv; // 'P-384'`)).rejects.toThrow();
  });

  it.each(runnable.map((e) => [label(e), e] as const))('%s runs and its results hold', async (_, e) => {
    await run(e.code);
  });
});

describe('TSDoc examples type-check', () => {
  let dir: string;
  let diagnostics: string[] = [];
  const names = new Map<string, string>();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'microcred-doc-examples-'));
    const files = examples.map((e, i) => {
      const file = join(dir, `example-${i}.ts`);
      names.set(`example-${i}.ts`, label(e));
      writeFileSync(file, `${e.code}\nexport {};\n`);
      return file;
    });
    diagnostics = typeCheck(files);
  }, 120_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('every example compiles under the library’s strict options', () => {
    const readable = diagnostics.map((d) => d.replace(/^.*?(example-\d+\.ts)/, (_, f: string) => names.get(f) ?? f));
    expect(readable).toEqual([]);
    expect(readdirSync(dir).length).toBe(examples.length);
  });
});

describe('TSDoc of the public exports', () => {
  const exported = publicExports();

  it('covers every entry point', () => {
    expect(new Set(exported.map((e) => e.entry))).toEqual(new Set(Object.keys(ENTRY_POINTS)));
    expect(exported.length).toBeGreaterThanOrEqual(240);
  });

  it.each(exported.map((e) => [`${e.entry} ${e.name}`, e] as const))('%s has an @example', (_, e) => {
    expect(e.hasExample, `${e.name} in ${e.entry} has no @example`).toBe(true);
  });
});

describe('TSDoc of the credit functions', () => {
  const folder = new URL('../../src/credit/', import.meta.url);
  const declaration = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (function|const|interface|type) (\w+)/g;
  const documented = new Map<string, { readonly kind: string; readonly doc: string }>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    for (const match of readFileSync(new URL(file, folder), 'utf8').matchAll(declaration)) {
      documented.set(match[3] ?? '', { kind: match[2] ?? '', doc: match[1] ?? '' });
    }
  }

  it.each(Object.keys(credit))('%s has a summary, its category and, for a function, its contract', (name) => {
    const entry = documented.get(name);
    expect(entry, `${name} has no TSDoc`).toBeDefined();
    const doc = entry?.doc ?? '';
    expect(doc).toMatch(/^\s*\*\s+\S/);
    expect(doc).toContain('@category Credits');
    if (entry?.kind === 'function') {
      expect(doc).toContain('@returns');
      expect(doc).toContain('@throws');
      expect(doc).toContain('@param');
    }
  });

  it('documents the exported types too', () => {
    for (const name of ['Rational', 'CreditAmount', 'CreditUnit', 'KnownCreditUnit', 'ConversionTable']) {
      expect(documented.get(name)?.doc ?? '', name).toContain('@category Credits');
    }
  });
});
