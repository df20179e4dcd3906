/**
 * Runs every ```ts example in the TSDoc of the stacking engine, its report and its locale texts, and checks the
 * results written in its comments (`expr; // 'value'` and `expr; // throws ERR_CODE`). Examples that only
 * declare values (`declare const`) show types and are compiled, not run. Also checks each public export's TSDoc.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../src/errors.js';
import * as root from '../../src/index.js';
import * as locales from '../../src/locales/index.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
const files = [
  ...walk(join(SRC, 'stacking')),
  ...walk(join(SRC, 'report', 'stacking')),
  ...['en', 'de', 'fr'].map((l) => join(SRC, 'locales', l, 'stacking.ts')),
  join(SRC, 'locales', 'stacking-messages.ts'),
];
const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  microcred: root,
  'microcred/locales': locales,
};
const RESULT = /^(?<expr>[^/].*?);\s*\/\/\s*(?<result>'[^']*'|-?\d[\d.]*n?|true|false|undefined|null|\{.*\}|\[.*\])$/;
const THROWS = /^(?<expr>[^/].*?);\s*\/\/\s*throws (?<code>ERR_[A-Z_]+)$/;

const examples = files.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((block, index) => ({
    name: `${file.slice(SRC.length)} #${index}`,
    code: (block[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n'),
  })),
);

function run(code: string): number {
  const bindings: [string, unknown][] = [];
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    const imported = /^import (type )?\{([^}]*)\} from '([^']+)';$/.exec(line);
    if (line.startsWith('import')) {
      expect(imported, line).not.toBeNull();
      const module = MODULES[imported?.[3] ?? ''];
      expect(module, `${line} imports from the package`).toBeDefined();
      for (const spec of (imported?.[2] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (imported?.[1] !== undefined || spec.startsWith('type ')) continue;
        expect(Object.hasOwn(module ?? {}, spec), `${spec} is exported`).toBe(true);
        bindings.push([spec, module?.[spec]]);
      }
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
  const body = transformSync(lines.join('\n'), { loader: 'ts' }).code;
  if (/^declare /m.test(code)) return 0;
  const equals = (actual: unknown, expected: unknown, line: string) => expect(actual, line).toEqual(expected);
  const throws = (fn: () => unknown, code: string, line: string) => {
    let caught: unknown;
    try {
      fn();
    } catch (error) {
      caught = error;
    }
    expect(isMicrocredError(caught), `${line} did not throw a microcred error`).toBe(true);
    expect((caught as { code: string }).code, line).toBe(code);
  };
  new Function(...bindings.map(([n]) => n), '__equals', '__throws', body)(
    ...bindings.map(([, v]) => v),
    equals,
    throws,
  );
  return checks;
}

describe('TSDoc examples of stacking', () => {
  it('finds the examples and the results they state', () => {
    expect(examples.length).toBeGreaterThanOrEqual(60);
    expect(examples.reduce((n, e) => n + (/^declare /m.test(e.code) ? 0 : 1), 0)).toBeGreaterThanOrEqual(50);
  });

  it('the harness catches a wrong stated result, a missing throw and an unknown import', () => {
    const head = "import { DEFAULT_NODE_BUDGET, parseQualification } from 'microcred';\n";
    expect(run(`${head}DEFAULT_NODE_BUDGET; // 100000`)).toBe(1);
    expect(() => run(`${head}DEFAULT_NODE_BUDGET; // 5`)).toThrow();
    expect(() => run(`${head}DEFAULT_NODE_BUDGET; // throws ERR_POLICY_INVALID`)).toThrow();
    expect(run(`${head}parseQualification({}); // throws ERR_VALIDATION`)).toBe(1);
    expect(() => run("import { nothing } from 'microcred';")).toThrow();
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s runs and its results hold', (_, e) => {
    run(e.code);
  });
});

describe('TSDoc of the public stacking exports', () => {
  const declaration = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (function|const|interface|type|class) (\w+)/g;
  const documented = new Map<string, { readonly kind: string; readonly doc: string }>();
  for (const file of [...files, join(SRC, 'errors.ts')]) {
    for (const match of readFileSync(file, 'utf8').matchAll(declaration)) {
      const name = match[3] ?? '';
      if (file.endsWith('errors.ts') && name !== 'MicrocredPolicyError') continue;
      documented.set(name, { kind: match[2] ?? '', doc: match[1] ?? '' });
    }
  }
  const publicNames = [...Object.keys(root), ...Object.keys(locales)].filter((name) => documented.has(name));

  it('covers the stacking names of both entry points', () => {
    for (const name of [
      'evaluateStacking',
      'formatStackingDecision',
      'QualificationSchema',
      'deStackingMessages',
      'MicrocredPolicyError',
    ]) {
      expect(publicNames).toContain(name);
    }
  });

  it.each(publicNames)('%s has a summary, a runnable example and its category', (name) => {
    const { kind, doc } = documented.get(name) ?? { kind: '', doc: '' };
    expect(doc).toMatch(/^\s*\*\s+\S/);
    expect(doc).toContain('```ts');
    expect(doc).toMatch(/@category (Stacking|Reports|Locales|Errors|Credits|Model)/);
    if (kind === 'function')
      for (const tag of ['@param', '@returns', '@throws']) expect(doc, `${name} ${tag}`).toContain(tag);
  });
});
