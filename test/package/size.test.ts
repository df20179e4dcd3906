import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What `npm install microcred` downloads: the packed tarball, measured with `npm pack --dry-run` on the
 * built package. The budget is for the compressed tarball (npm's "package size"): 900 KiB. The package was
 * 699 kB after the source maps went; Data Integrity proofs, verifyAny, badge images and Open Badges 2.0 (three
 * new readers and a new entry point, each in ESM, CJS and both declaration flavours) brought it to 868 kB.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKED_BUDGET = 900 * 1024;

interface PackEntry {
  readonly path: string;
  readonly size: number;
}
interface PackReport {
  readonly size: number;
  readonly unpackedSize: number;
  readonly entryCount: number;
  readonly files: readonly PackEntry[];
}

const report = (() => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return (JSON.parse(out) as PackReport[])[0] as PackReport;
})();
const paths = report.files.map((f) => f.path);

describe('the packed package', () => {
  it('stays within 900 KiB packed', () => {
    expect(report.size, `packed ${report.size} bytes in ${report.entryCount} files`).toBeLessThanOrEqual(PACKED_BUDGET);
  });

  it('ships the Apache-2.0 licence text', () => {
    expect(paths).toContain('LICENSE');
    const text = readFileSync(`${ROOT}LICENSE`, 'utf8');
    expect(text).toMatch(/^\s+Apache License\n\s+Version 2\.0, January 2004\n/);
    expect(text).toContain('END OF TERMS AND CONDITIONS');
  });

  it('ships no source maps', () => {
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    const mapComments = paths
      .filter((p) => /\.(c?js|mjs)$/.test(p))
      .filter((p) => readFileSync(`${ROOT}${p}`, 'utf8').includes('//# sourceMappingURL='));
    expect(mapComments).toEqual([]);
  });

  it('ships of dist/modules only what the build loads with import()', () => {
    const loaded = new Set(
      paths
        .filter((p) => p.endsWith('.js'))
        .flatMap((p) =>
          [...readFileSync(`${ROOT}${p}`, 'utf8').matchAll(/\bimport\("(\.{1,2}\/[^"]+\.js)"\)/g)].map((m) =>
            posix.join(posix.dirname(p), m[1] as string),
          ),
        ),
    );
    const modules = paths.filter((p) => p.startsWith('dist/modules/'));
    expect(modules.length).toBeGreaterThan(0);
    for (const p of modules) expect(loaded, p).toContain(p);
  });

  it('ships every file the exports map and the bin point to', () => {
    const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
      exports: Record<string, string | Record<string, Record<string, string>>>;
      bin: Record<string, string>;
    };
    const targets = Object.values(manifest.exports).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.values(entry).flatMap((conditions) => Object.values(conditions)),
    );
    for (const target of [...targets, ...Object.values(manifest.bin)]) {
      if (target.includes('*')) continue;
      expect(paths, target).toContain(target.replace(/^\.\//, ''));
    }
  });
});
