/**
 * Runs a documentation example (a TSDoc `@example` or a code block of a guide) and checks the results its
 * comments state: `expr; // 'value'`, a result alone on the next line, and `expr; // throws ERR_CODE`. Imports
 * become calls to an importer the caller supplies (the source modules, or the built package).
 */
import { transformSync } from 'esbuild';
import { expect } from 'vitest';
import { isMicrocredError } from '../../src/errors.js';

const RESULT =
  /^(?<expr>[^/].*?);\s*\/\/\s*(?<result>'.*'|-?\d[\d.]*n?|true|false|undefined|null|\{.*\}|\[.*\]|10n \*\* \d+n)$/;
const RESULT_ALONE = /^\/\/\s*('.*'|-?\d[\d.]*n?|true|false|undefined|null|\{.*\}|\[.*\])$/;
const THROWS = /^(?<expr>[^/].*?);\s*\/\/\s*throws (?<code>ERR_[A-Z_]+)$/;
const IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';$/;
/** An import statement spread over several lines, joined to one line before instrumenting. */
const MULTILINE_IMPORT = /^import\s+(?:type\s+)?\{[^}]*\}\s+from\s+'[^']+';$/gm;

/** Loads a module for an example's `import` line. */
export type Importer = (specifier: string) => Promise<Record<string, unknown>> | Record<string, unknown>;

/** Joins a result written alone on the line after its expression to that line. */
function joinResults(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (
      previous !== undefined &&
      RESULT_ALONE.test(line.trim()) &&
      /;$/.test(previous) &&
      !/^(const|let|import)\b|^\s/.test(previous)
    ) {
      out[out.length - 1] = `${previous} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out;
}

/** Splits `  if (cond) statement` into its guard and statement, so a result stated after a guard is checked. */
function splitGuard(line: string): readonly [string, string] {
  const match = /^(\s*)if\s*\(/.exec(line);
  if (match === null) return ['', line.trimStart()];
  let depth = 0;
  for (let i = match[0].length - 1; i < line.length; i += 1) {
    if (line[i] === '(') depth += 1;
    if (line[i] === ')') depth -= 1;
    if (depth === 0) return [`${line.slice(0, i + 1)} `, line.slice(i + 1).trim()];
  }
  return ['', line];
}

/** Turns an example into the body of an async function; counts the results it checks. */
export function instrument(code: string): { readonly body: string; readonly checks: number } {
  let checks = 0;
  const joined = code.replace(MULTILINE_IMPORT, (statement) => statement.replace(/\s*\n\s*/g, ' '));
  const lines = joinResults(joined.split('\n')).map((line) => {
    if (/^import\b/.test(line)) {
      const match = IMPORT.exec(line);
      if (match === null) throw new Error(`examples import named bindings, one statement each: ${line}`);
      if (match[1] !== undefined) return '';
      const names = (match[2] ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '' && !n.startsWith('type '))
        .map((n) => n.replace(/\s+as\s+/, ': '));
      return `const { ${names.join(', ')} } = await __import(${JSON.stringify(match[3])});`;
    }
    const thrown = THROWS.exec(line);
    if (thrown?.groups !== undefined) {
      checks += 1;
      return `await __throws(async () => (${thrown.groups['expr']}), ${JSON.stringify(thrown.groups['code'])}, ${JSON.stringify(line)});`;
    }
    const [guard, statement] = splitGuard(line);
    const result = RESULT.exec(statement);
    if (result?.groups !== undefined && !/^(const|let) /.test(statement)) {
      checks += 1;
      const expr = (result.groups['expr'] ?? '').replace(/^console\.log\((.*)\)$/, '$1');
      return `${guard}__equals(${expr}, (${result.groups['result']}), ${JSON.stringify(line)});`;
    }
    return line;
  });
  const js = transformSync(`async function __example() {\n${lines.join('\n')}\n}`, { loader: 'ts' }).code;
  return { body: `${js}\nreturn __example();`, checks };
}

function equals(actual: unknown, expected: unknown, line: string): void {
  expect(actual, line).toEqual(expected);
}

async function throws(fn: () => Promise<unknown>, code: string, line: string): Promise<void> {
  let caught: unknown;
  try {
    await fn();
  } catch (error) {
    caught = error;
  }
  expect(isMicrocredError(caught), `${line} did not throw a microcred error`).toBe(true);
  expect((caught as { code: string }).code, line).toBe(code);
}

const quietConsole = { ...console, log: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Runs one example with its imports loaded by `importer`; returns how many stated results it checked. */
export async function runExample(code: string, importer: Importer): Promise<number> {
  const { body, checks } = instrument(code);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as FunctionConstructor;
  const example = new AsyncFunction('__import', '__equals', '__throws', 'console', body);
  await example(importer, equals, throws, quietConsole);
  return checks;
}
