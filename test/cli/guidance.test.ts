import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run } from './bin.js';
import { runMain } from './in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-guidance-'));
const data = (name: string) => fileURLToPath(new URL(`../../examples/data/${name}`, import.meta.url));
const NOW = '2025-07-01T00:00:00Z';
const COMMANDS = ['validate', 'check', 'convert', 'stack', 'keygen', 'sign', 'verify', 'status', 'schema', 'demo'];

describe('check <dir> reports every file', () => {
  it('an unreadable, a non-UTF-8 and a malformed file are input errors with their path and reason; the good ones are still reported', async () => {
    const folder = mkdtempSync(join(dir, 'check-'));
    writeFileSync(join(folder, 'a.json'), readFileSync(EXAMPLE));
    writeFileSync(join(folder, 'b.json'), '{ nope');
    writeFileSync(join(folder, 'c.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    writeFileSync(join(folder, 'd.json'), '{"title":"draft"}');
    const r = await runMain(['check', folder, '--now', NOW]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^complete .*a\.json/m);
    expect(r.out).toMatch(/^unreadable .*b\.json/m);
    expect(r.out).toMatch(/^unreadable .*c\.json/m);
    expect(r.out).toMatch(/^incomplete .*d\.json/m);
    expect(r.out).toMatch(/4 file\(s\): 1 complete, 0 with warnings, 1 incomplete, 2 unreadable/);
    expect(r.err).toContain(`${join(folder, 'b.json')} is not acceptable JSON`);
    expect(r.err).toContain(`${join(folder, 'c.json')} is not valid UTF-8: ill-formed byte 0xff at byte offset 1`);
    const json = await runMain(['check', folder, '--now', NOW, '--json']);
    expect(json.code).toBe(2);
    const results = JSON.parse(json.out) as (
      | { file: string; report: { verdict: string } }
      | { file: string; error: { message: string } }
    )[];
    expect(results.map((x) => ('report' in x ? x.report.verdict : 'error'))).toEqual([
      'complete',
      'error',
      'error',
      'incomplete',
    ]);
  });

  it('the exit code is the most severe: 1 when a file is incomplete and none unreadable', async () => {
    const folder = mkdtempSync(join(dir, 'check-1-'));
    writeFileSync(join(folder, 'a.json'), readFileSync(EXAMPLE));
    writeFileSync(join(folder, 'b.json'), '{"title":"draft"}');
    expect((await runMain(['check', folder, '--now', NOW])).code).toBe(1);
  });
});

describe('outputs are replaced atomically, never written through a link', () => {
  it('--html replaces an existing report by a new file and refuses a symbolic link', async () => {
    const folder = mkdtempSync(join(dir, 'html-'));
    const html = join(folder, 'report.html');
    writeFileSync(html, 'old report');
    const before = statSync(html).ino;
    const r = await runMain(['check', EXAMPLE, '--now', NOW, '--html', html]);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
    expect(statSync(html).ino).not.toBe(before);
    expect(readdirSync(folder)).toEqual(['report.html']);
    const target = join(folder, 'target.txt');
    writeFileSync(target, 'keep me');
    symlinkSync(target, join(folder, 'link.html'));
    const linked = await runMain(['check', EXAMPLE, '--now', NOW, '--html', join(folder, 'link.html')]);
    expect(linked.code).toBe(2);
    expect(linked.err).toMatch(/link\.html is not a regular file/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });
});

describe('stack names the file at fault', () => {
  const target = data('qualification.json');
  const policy = data('recognition-policy.json');

  it('a target that is not a qualification names --target and the file', async () => {
    const r = await runMain(['stack', EXAMPLE, '--target', EXAMPLE, '--policy', policy]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--target ${EXAMPLE} is not a target qualification (ERR_VALIDATION):`);
  });

  it('a policy that is not a policy names --policy and the file', async () => {
    const r = await runMain(['stack', EXAMPLE, '--target', target, '--policy', EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--policy ${EXAMPLE} is not a recognition policy (ERR_VALIDATION):`);
  });

  it('an unreadable target or policy names the option too', async () => {
    const r = await runMain(['stack', EXAMPLE, '--target', join(dir, 'missing.json'), '--policy', policy]);
    expect(r.err).toContain(`--target: cannot read ${join(dir, 'missing.json')}: ENOENT`);
  });

  it('a credential the engine refuses is named by its portfolio file and position', async () => {
    const portfolio = join(dir, 'portfolio.json');
    writeFileSync(portfolio, JSON.stringify([JSON.parse(readFileSync(EXAMPLE, 'utf8')), { x: 1 }]));
    const r = await runMain(['stack', portfolio, '--target', target, '--policy', policy]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${portfolio}: credential #2 cannot be stacked (ERR_VALIDATION):`);
  });
});

describe('usage is explained', () => {
  it('validate <dir> says it is a folder and suggests check', async () => {
    const r = await runMain(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${dir} is a folder, not a file (to check every *.json file in a folder, use "microcred check ${dir}")`,
    );
    expect(r.err).not.toMatch(/EISDIR/);
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const r = await runMain(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${version}\n`);
  });

  it('--help works on every command, and "help <command>" too', async () => {
    for (const name of COMMANDS) {
      const r = await runMain([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.out, name).toMatch(new RegExp(`^Usage: microcred ${name}`));
      expect((await runMain(['help', name])).out).toBe(r.out);
    }
  });

  it('--json is accepted by every command; schema prints the schema unchanged and demo --where an object', async () => {
    for (const name of COMMANDS) {
      const r = await runMain([name, '--help', '--json']);
      expect(r.code, `${name}: ${r.err}`).toBe(0);
    }
    const schema = await runMain(['schema', 'MicroCredential', '--json']);
    expect(schema.out).toBe((await runMain(['schema', 'MicroCredential'])).out);
    // The demo is found beside the built binary, so this one runs the binary.
    const where = JSON.parse(run(['demo', '--where', '--json']).out) as { script: string };
    expect(where.script).toMatch(/examples\/demo\.mjs$/);
    const demo = await runMain(['demo', '--json']);
    expect(demo.code).toBe(2);
    expect(demo.err).toMatch(/--json needs --where/);
  });
});
