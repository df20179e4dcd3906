/**
 * The code blocks of README.md and docs/**\/*.md are what users copy, so they are tested against the BUILT
 * package, as a user gets it: every ```ts / ```js block type-checks with 'microcred' and 'microcred/<entry>'
 * resolved through the package's own `exports` to dist, and every block without a marker runs, offline, with
 * the results its comments state checked (`expr; // 'value'`, `expr; // throws ERR_CODE`). Any real network
 * access fails the block. A block opts out only with a visible marker and a reason on the line before its
 * fence: `<!-- snippet: typecheck-only — reason -->` (a fragment) or `<!-- snippet: skip — reason -->`; a block
 * marked `<!-- snippet: continues — reason -->` runs after the block before it, as one program.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { packageCompilerOptions, ROOT, typeCheck } from './doc-examples.js';
import { type DocSnippet, docSnippets, snippetsOf } from './doc-snippets.js';
import { instrument, runExample } from './run-example.js';

const snippets = docSnippets();
const checked = snippets.filter((s) => s.mode !== 'skip');
const runnable = snippets.filter((s) => s.mode === 'run' || s.mode === 'continues');
const label = (s: DocSnippet) => `${s.file}:${s.line}`;

interface ExportTarget {
  readonly import?: { readonly default?: string };
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  readonly name: string;
  readonly exports: Readonly<Record<string, ExportTarget | string>>;
};

/** Resolves 'microcred' or 'microcred/<entry>' through the package's `exports` (import condition) to a dist file. */
function packageFile(specifier: string): string {
  const subpath = specifier === manifest.name ? '.' : `.${specifier.slice(manifest.name.length)}`;
  const target = manifest.exports[subpath];
  const file = typeof target === 'string' ? target : target?.import?.default;
  if (file === undefined) throw new Error(`${specifier} is not exported by the package`);
  return join(ROOT, file);
}

async function importForSnippet(specifier: string): Promise<Record<string, unknown>> {
  if (specifier === manifest.name || specifier.startsWith(`${manifest.name}/`)) {
    return (await import(pathToFileURL(packageFile(specifier)).href)) as Record<string, unknown>;
  }
  if (!specifier.startsWith('node:')) throw new Error(`snippets import the package or node:*, not ${specifier}`);
  return (await import(specifier)) as Record<string, unknown>;
}

/** Every attempt at real network access while a snippet runs: the global fetch and raw sockets. */
const attempts: string[] = [];
const connect = net.Socket.prototype.connect;

beforeEach(() => {
  attempts.length = 0;
  vi.stubGlobal('fetch', async (input: unknown) => {
    attempts.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    throw new Error('documentation snippets run offline: pass a fetch or the offline option');
  });
  net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: unknown[]) {
    attempts.push(`socket ${JSON.stringify(args[0])}`);
    throw new Error('documentation snippets run offline');
  } as typeof connect;
});

afterEach(() => {
  vi.unstubAllGlobals();
  net.Socket.prototype.connect = connect;
});

describe('documentation snippets: markers', () => {
  it('a marker needs a known mode and a reason', () => {
    const block = (marker: string) => `${marker}\n\n\`\`\`ts\nconst x = 1;\n\`\`\`\n`;
    expect(snippetsOf('a.md', block('<!-- snippet: skip — needs a browser -->'))[0]).toMatchObject({
      mode: 'skip',
      reason: 'needs a browser',
      line: 3,
    });
    expect(snippetsOf('a.md', block('<!-- snippet: typecheck-only — a fragment -->'))[0]?.mode).toBe('typecheck-only');
    expect(snippetsOf('a.md', block(''))[0]?.mode).toBe('run');
    expect(() => snippetsOf('a.md', block('<!-- snippet: skip -->'))).toThrow(/needs a reason/);
    expect(() => snippetsOf('a.md', block('<!-- snippet: skip —  -->'))).toThrow(/needs a reason/);
    expect(() => snippetsOf('a.md', block('<!-- snippet: later — soon -->'))).toThrow(/unknown snippet mode/);
    expect(() => snippetsOf('a.md', block('<!-- snippet skip because -->'))).toThrow(/malformed/);
    expect(() => snippetsOf('a.md', block('<!-- snippet: continues — the block above -->'))).toThrow(/before it/);
    const chain = snippetsOf('a.md', `${block('')}\n${block('<!-- snippet: continues — uses x -->')}`);
    expect(chain.map((s) => [s.mode, s.code])).toEqual([
      ['run', 'const x = 1;'],
      ['continues', 'const x = 1;\nconst x = 1;'],
    ]);
  });

  it('reads only ts/js blocks, and not code inside other fences', () => {
    const text = '```sh\n```ts\n```\n\n```json\n{}\n```\n\n```js\nlet a;\n```\n';
    expect(snippetsOf('a.md', text).map((s) => [s.language, s.line])).toEqual([['js', 9]]);
  });

  it('finds the blocks of the README and every guide; most of them run', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(30);
    expect(new Set(snippets.map((s) => s.file)).size).toBeGreaterThanOrEqual(10);
    expect(runnable.length).toBeGreaterThanOrEqual(snippets.length / 2);
    const stated = runnable.reduce((n, s) => n + instrument(s.code).checks, 0);
    expect(stated).toBeGreaterThanOrEqual(20);
  });
});

describe('documentation snippets type-check against the built package', () => {
  let dir: string;
  let diagnostics: string[] = [];
  const names = new Map<string, string>();

  beforeAll(() => {
    if (!existsSync(packageFile('microcred'))) throw new Error('dist/ is missing: run npm run build first');
    dir = mkdtempSync(join(tmpdir(), 'microcred-doc-snippets-'));
    // A consumer's project: 'microcred' is resolved through node_modules and the package's exports.
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'microcred'), 'dir');
    const files = checked.map((s, i) => {
      const file = join(dir, `snippet-${i}.ts`);
      names.set(`snippet-${i}.ts`, label(s));
      writeFileSync(file, `${s.code}\nexport {};\n`);
      return file;
    });
    diagnostics = typeCheck(files, packageCompilerOptions());
  }, 180_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('every block that is not skipped compiles under the library’s strict options', () => {
    const readable = diagnostics.map((d) => d.replace(/^.*?(snippet-\d+\.ts)/, (_, f: string) => names.get(f) ?? f));
    expect(readable).toEqual([]);
  });

  it('resolves the package to dist, not to the source', () => {
    expect(packageFile('microcred/jwt')).toBe(join(ROOT, 'dist', 'jwt', 'index.js'));
  });
});

describe('documentation snippets run offline against the built package', () => {
  it('the guard catches a snippet that reaches the network', async () => {
    await expect(runExample("await fetch('https://uni.example/status/1');", importForSnippet)).rejects.toThrow(
      /offline/,
    );
    expect(attempts).toEqual(['fetch https://uni.example/status/1']);
    attempts.length = 0;
  });

  it.each(runnable.map((s) => [label(s), s] as const))('%s runs and its results hold', async (_, s) => {
    await runExample(s.code, importForSnippet);
    expect(attempts, 'network access').toEqual([]);
  });
});
