/**
 * Runs every ```ts example in the TSDoc of src/credit and checks the results written in its comments
 * (`expr; // 'value'` and `expr; // throws ERR_CODE`), and checks that each public export is documented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as credit from '../../src/credit/index.js';
import { isMicrocredError } from '../../src/errors.js';

const folder = new URL('../../src/credit/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
const RESULT =
  /^(?<expr>[^/].*?);\s*\/\/\s*(?<result>'.*'|-?\d[\d.]*n?|true|false|undefined|null|\{.*\}|10n \*\* \d+n)$/;
const THROWS = /^(?<expr>[^/].*?);\s*\/\/\s*throws (?<code>ERR_[A-Z_]+)$/;

interface Example {
  readonly file: string;
  readonly index: number;
  readonly code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(new URL(file, folder), 'utf8');
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)];
  return blocks.map((block, index) => ({
    file,
    index,
    code: (block[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n'),
  }));
}

function instrument(code: string): { readonly body: string; readonly checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    if (/^import\b/.test(line)) {
      expect(line, 'examples import from the package name').toMatch(/from 'microcred';$/);
      return '';
    }
    const thrown = THROWS.exec(line);
    if (thrown?.groups !== undefined) {
      checks += 1;
      return `__throws(() => (${thrown.groups['expr']}), ${JSON.stringify(thrown.groups['code'])}, ${JSON.stringify(line)});`;
    }
    const result = RESULT.exec(line);
    if (result?.groups !== undefined && !/^(const|let) /.test(line)) {
      checks += 1;
      return `__equals(${result.groups['expr']}, (${result.groups['result']}), ${JSON.stringify(line)});`;
    }
    return line;
  });
  return { body: transformSync(lines.join('\n'), { loader: 'ts' }).code, checks };
}

function equals(actual: unknown, expected: unknown, line: string): void {
  expect(actual, line).toEqual(expected);
}

function throws(fn: () => unknown, code: string, line: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isMicrocredError(caught), `${line} did not throw a microcred error`).toBe(true);
  expect((caught as { code: string }).code, line).toBe(code);
}

/** Runs one example against the barrel; returns how many results it checked. */
function run(code: string): number {
  const { body, checks } = instrument(code);
  const names = Object.keys(credit);
  const example = new Function(...names, '__equals', '__throws', body);
  example(...names.map((name) => (credit as Record<string, unknown>)[name]), equals, throws);
  return checks;
}

const examples = files.flatMap(examplesOf);

describe('TSDoc examples of src/credit', () => {
  it('finds the examples and the results they state', () => {
    expect(examples.length).toBeGreaterThanOrEqual(38);
    const stated = examples.reduce((n, e) => n + instrument(e.code).checks, 0);
    expect(stated).toBeGreaterThanOrEqual(70);
  });

  it('the harness catches a wrong stated result and a missing throw', () => {
    const head = "import { parseCredit, formatCredit } from 'microcred';\n";
    expect(run(`${head}formatCredit(parseCredit('2.50')); // '2.5'`)).toBe(1);
    expect(() => run(`${head}formatCredit(parseCredit('2.50')); // '2.6'`)).toThrow();
    expect(() => run(`${head}parseCredit('2.5'); // throws ERR_CREDIT_INVALID`)).toThrow();
    expect(run(`${head}parseCredit('2,5'); // throws ERR_CREDIT_INVALID`)).toBe(1);
  });

  it.each(examples.map((e) => [`${e.file} #${e.index}`, e] as const))('%s runs and its results hold', (_, e) => {
    run(e.code);
  });
});

describe('TSDoc of the public exports', () => {
  const declaration = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (function|const|interface|type) (\w+)/g;
  const documented = new Map<string, { readonly kind: string; readonly doc: string }>();
  for (const file of files) {
    if (file === 'index.ts') continue;
    for (const match of readFileSync(new URL(file, folder), 'utf8').matchAll(declaration)) {
      documented.set(match[3] ?? '', { kind: match[2] ?? '', doc: match[1] ?? '' });
    }
  }

  it.each(Object.keys(credit))('%s has a summary, a runnable example and its category', (name) => {
    const entry = documented.get(name);
    expect(entry, `${name} has no TSDoc`).toBeDefined();
    const doc = entry?.doc ?? '';
    expect(doc).toMatch(/^\s*\*\s+\S/);
    expect(doc).toContain('```ts');
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
