import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run } from './bin.js';

const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-convert-'));
const PNG = join(dir, 'display.png');
writeFileSync(
  PNG,
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'),
);

describe('microcred convert', () => {
  it('--to ob3 prints an OpenBadgeCredential and one note about the extension context', () => {
    const r = run(['convert', EXAMPLE, '--to', 'ob3']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'] });
    expect(r.err).toMatch(/^note: \d+ element\(s\) carried in the microcred extension context/);
    expect(run(['convert', EXAMPLE, '--to', 'ob3', '--quiet']).err).toBe('');
  });

  it('round-trips through each format back to the same credential', () => {
    const model = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as unknown;
    for (const format of ['ob3', 'vc2', 'elm']) {
      const extra = format === 'elm' ? ['--display', PNG] : [];
      const exported = run(['convert', EXAMPLE, '--to', format, ...extra, '--quiet']);
      expect(exported.code, exported.err).toBe(0);
      const back = run(['convert', '-', '--from', format, '--quiet'], exported.out);
      expect(back.code, back.err).toBe(0);
      expect(JSON.parse(back.out)).toEqual(model);
    }
  });

  it('--from with --to converts between formats; --json prints the whole import result', () => {
    const badge = run(['convert', EXAMPLE, '--to', 'ob3', '--quiet']).out;
    const vc = run(['convert', '-', '--from', 'ob3', '--to', 'vc2', '--quiet'], badge);
    expect(vc.code).toBe(0);
    expect(JSON.parse(vc.out)).toMatchObject({ type: ['VerifiableCredential', 'MicroCredential'] });
    const result = JSON.parse(run(['convert', '-', '--from', 'ob3', '--json', '--quiet'], badge).out) as {
      complete: boolean;
      warnings: unknown[];
    };
    expect(result.complete).toBe(true);
    expect(Array.isArray(result.warnings)).toBe(true);
  });

  it('an incomplete document is exit 1: the draft on stdout, what is missing on stderr', () => {
    const doc = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: 'https://x.example',
      credentialSubject: {},
    };
    const r = run(['convert', '-', '--from', 'vc2'], JSON.stringify(doc));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/incomplete: missing learner, title/);
    expect(r.err).not.toMatch(/element-missing/);
    expect(JSON.parse(r.out)).toBeTypeOf('object');
  });

  it('usage and input errors are exit 2 with a message on stderr', () => {
    expect(run(['convert', EXAMPLE]).err).toMatch(/give --to, --from or both/);
    const bad = run(['convert', EXAMPLE, '--to', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--to must be one of ob3, vc2, elm/);
    const elm = run(['convert', EXAMPLE, '--to', 'elm']);
    expect(elm.code).toBe(2);
    expect(elm.err).toMatch(/--to elm needs --display/);
    const notImage = run(['convert', EXAMPLE, '--to', 'elm', '--display', EXAMPLE]);
    expect(notImage.code).toBe(2);
    expect(notImage.err).toMatch(/neither a PNG nor a JPEG/);
    const invalid = run(['convert', '-', '--to', 'ob3'], '{"title":"x"}');
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/ERR_VALIDATION/);
    expect(run(['convert', '--help']).out).toMatch(/Usage: microcred convert/);
  });
});
