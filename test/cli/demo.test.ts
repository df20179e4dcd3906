import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './bin.js';

describe('microcred demo', () => {
  it('--where prints the demo script shipped with the package', () => {
    const r = run(['demo', '--where']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/examples\/demo\.mjs$/);
    expect(existsSync(r.out.trim())).toBe(true);
  });

  it('runs the journey and ends with Done', () => {
    const r = run(['demo']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Open Badges 3\.0/);
    expect(r.out.trim().endsWith('Done.')).toBe(true);
  });

  it('--help describes it', () => {
    expect(run(['demo', '--help']).out).toMatch(/Usage: microcred demo/);
    expect(run(['demo', 'x']).code).toBe(2);
  });
});
