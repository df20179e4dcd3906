import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run } from './bin.js';

const NOW = '2025-07-01T00:00:00Z';

describe('microcred check', () => {
  it('exit 0 for a complete credential, with its verdict and profile', () => {
    const r = run(['check', EXAMPLE, '--now', NOW]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^complete .*micro-credential\.json \(eu2022\)/);
  });

  it('exit 1 for an incomplete draft, with the report in the chosen locale', () => {
    const r = run(['check', '-', '--profile', 'microbol', '--locale', 'fr'], '{"title":"x"}');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^incomplete standard input \(microbol\)/);
    expect(r.out).toMatch(/Rapport de complétude|complétude/i);
  });

  it('--json prints the report object unchanged', () => {
    const report = JSON.parse(run(['check', EXAMPLE, '--now', NOW, '--json']).out) as Record<string, unknown>;
    expect(report).toMatchObject({ kind: 'completeness', verdict: 'complete', profile: { id: 'eu2022' } });
  });

  it('checks every .json of a folder, with progress on stderr unless --quiet or --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-check-'));
    writeFileSync(join(dir, 'a.json'), readFileSync(EXAMPLE));
    writeFileSync(join(dir, 'b.json'), '{"title":"draft"}');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const r = run(['check', dir, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[1\/2\] .*a\.json\n\[2\/2\] .*b\.json/);
    expect(r.out).toMatch(/^complete .*a\.json/m);
    expect(r.out).toMatch(/^incomplete .*b\.json/m);
    expect(run(['check', dir, '--now', NOW, '--quiet']).err).toBe('');
    const json = run(['check', dir, '--now', NOW, '--json']);
    expect(json.err).toBe('');
    const results = JSON.parse(json.out) as { file: string; report: { verdict: string } }[];
    expect(results.map((x) => x.report.verdict)).toEqual(['complete', 'incomplete']);
  });

  it('--html writes the accessible HTML report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-check-html-'));
    const html = join(dir, 'report.html');
    const r = run(['check', EXAMPLE, '--now', NOW, '--html', html]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/HTML report written to .*report\.html/);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('usage errors are exit 2', () => {
    const bad = run(['check', EXAMPLE, '--profile', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--profile must be one of eu2022, microbol/);
    expect(run(['check', EXAMPLE, '--locale', 'xx']).code).toBe(2);
    expect(run(['check']).code).toBe(2);
    expect(run(['check', '/nonexistent']).err).toMatch(/cannot read \/nonexistent/);
    expect(run(['check', '--help']).out).toMatch(/Usage: microcred check/);
  });
});
