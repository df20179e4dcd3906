import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run } from './bin.js';

const data = (name: string) => fileURLToPath(new URL(`../../examples/data/${name}`, import.meta.url));
const CONFIG = ['--target', data('qualification.json'), '--policy', data('recognition-policy.json')];

describe('microcred stack', () => {
  it('prints the explained decision; exit 1 when the portfolio does not meet the target', () => {
    const r = run(['stack', data('stacking-portfolio.json'), EXAMPLE, ...CONFIG]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^(not-eligible|undetermined) 14 credential\(s\) toward https:\/\//);
    expect(r.out).toMatch(/advice for the receiving institution/);
    expect(r.err).toMatch(/\[2\/2\]/);
  });

  it('--json prints the decision object unchanged, without progress', () => {
    const r = run(['stack', data('stacking-portfolio.json'), ...CONFIG, '--json']);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'stacking', notice: 'advice-not-entitlement' });
  });

  it('usage and configuration errors are exit 2', () => {
    expect(run(['stack', EXAMPLE]).err).toMatch(/--target and --policy are required/);
    const bad = run(['stack', EXAMPLE, '--target', EXAMPLE, '--policy', data('recognition-policy.json')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/ERR_POLICY_INVALID|ERR_VALIDATION/);
    expect(run(['stack', '--help']).out).toMatch(/Usage: microcred stack/);
  });
});
