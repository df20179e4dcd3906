import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE, run } from './bin.js';

describe('microcred (the built binary)', () => {
  it('prints usage with --help (exit 0) and without a command (exit 2)', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/validate/);
    expect(help.out).toMatch(/schema/);
    expect(run([]).code).toBe(2);
  });

  it('an unknown command or option is a usage error (exit 2) on stderr', () => {
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command "frobnicate"/);
    const bad = run(['validate', EXAMPLE, '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--nope/);
  });

  describe('validate', () => {
    it('exit 0 for a valid credential', () => {
      const r = run(['validate', EXAMPLE]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^valid /);
    });

    it('exit 1 with every issue and its path for an invalid one, read from stdin', () => {
      const r = run(['validate', '-'], JSON.stringify({ title: 'x', learner: {} }));
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/learner: At least one of/);
      expect(r.out).toMatch(/qualityAssurance: Required \[required\]/);
    });

    it('--json prints the result object', () => {
      const r = run(['validate', '-', '--json'], JSON.stringify({ title: 'x' }));
      expect(r.code).toBe(1);
      const result = JSON.parse(r.out) as { valid: boolean; code: string; issues: unknown[] };
      expect(result.valid).toBe(false);
      expect(result.code).toBe('ERR_VALIDATION');
      expect(result.issues.length).toBeGreaterThan(5);
      const ok = run(['validate', EXAMPLE, '--json']);
      expect(JSON.parse(ok.out)).toEqual({ valid: true, unknownKeys: [] });
    });

    it('--keep-unknown accepts unknown keys and warns on stderr', () => {
      const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
      doc['x-note'] = 'kept';
      const r = run(['validate', '-', '--keep-unknown'], JSON.stringify(doc));
      expect(r.code).toBe(0);
      expect(r.err).toMatch(/unknown key kept at x-note/);
      expect(run(['validate', '-'], JSON.stringify(doc)).code).toBe(1);
    });

    it('bad JSON, a missing file or a missing argument is exit 2 with a message', () => {
      const bad = run(['validate', '-'], '{ nope');
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/standard input is not acceptable JSON: Invalid JSON/);
      const dup = run(['validate', '-'], '{"title":"a","title":"b"}');
      expect(dup.code).toBe(2);
      expect(dup.err).toMatch(/Duplicate key "title" at title/);
      const missing = run(['validate', '/nonexistent/file.json']);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/cannot read \/nonexistent\/file.json: ENOENT/);
      expect(run(['validate']).code).toBe(2);
    });

    it('never colours output when it is not a TTY', () => {
      expect(run(['validate', EXAMPLE]).out.includes('\u001b[')).toBe(false);
    });

    it('colours output on a TTY (script(1) gives it one) unless NO_COLOR is set', () => {
      const onTty = (env: Record<string, string | undefined>) =>
        spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" validate "${EXAMPLE}"`, '/dev/null'], {
          encoding: 'utf8',
          env: { ...process.env, ...env },
        }).stdout;
      expect(onTty({ NO_COLOR: undefined })).toContain('\u001b[32mvalid\u001b[0m');
      expect(onTty({ NO_COLOR: '1' })).not.toContain('\u001b[');
    });

    it('--help describes the command', () => {
      const r = run(['validate', '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Usage: microcred validate/);
    });
  });

  describe('schema', () => {
    it('prints a JSON Schema', () => {
      const r = run(['schema', 'MicroCredential']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
    });

    it('an unknown name is exit 2 and lists the names', () => {
      const r = run(['schema', 'Nope']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/unknown schema "Nope"; one of: MicroCredential/);
      expect(run(['schema']).code).toBe(2);
      expect(run(['schema', '--help']).out).toMatch(/Usage: microcred schema/);
    });
  });
});
