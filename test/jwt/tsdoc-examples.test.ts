/**
 * Runs every ```ts example in the TSDoc of microcred/jwt (offline: the global fetch answers 404, so an example
 * that would reach the network shows its fail-closed result). Examples that only declare values
 * (`declare const`) show types and are skipped here; the rest must run without throwing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as jwt from '../../src/jwt/index.js';

const SRC = fileURLToPath(new URL('../../src/jwt/', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = { microcred: root, 'microcred/jwt': jwt };

const examples = walk(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((block, index) => ({
    name: `${file.slice(SRC.length)} #${index}`,
    code: (block[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n'),
  })),
);

async function run(code: string): Promise<void> {
  const bindings: [string, unknown][] = [];
  const body: string[] = [];
  const source = code.replace(
    /import (type )?\{([^}]*)\} from '([^']+)';/g,
    (_all, type: string | undefined, names: string, from: string) => {
      const module = MODULES[from];
      expect(module, `${from} is a package entry point`).toBeDefined();
      for (const spec of names
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (type !== undefined || spec.startsWith('type ')) continue;
        expect(Object.hasOwn(module ?? {}, spec), `${spec} is exported by ${from}`).toBe(true);
        bindings.push([spec, module?.[spec]]);
      }
      return '';
    },
  );
  body.push(transformSync(source, { loader: 'ts', format: 'esm' }).code);
  const fn = new Function(...bindings.map(([n]) => n), `return (async () => {\n${body.join('\n')}\n})();`);
  await fn(...bindings.map(([, v]) => v));
}

const realFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = (async () => new Response('offline', { status: 404 })) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

describe('microcred/jwt TSDoc examples', () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThan(50);
  });
  for (const example of examples.filter((e) => !/\bdeclare\b/.test(e.code))) {
    it(example.name, async () => {
      const log = console.log;
      console.log = () => undefined;
      try {
        await run(example.code);
      } finally {
        console.log = log;
      }
    });
  }
});
