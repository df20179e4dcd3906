import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What `npm install microcred` downloads: the packed tarball, measured with `npm pack --dry-run` on the
 * built package. The budget is for the compressed tarball, npm's "package size": 700 kB (700,000 bytes, as npm
 * prints it). It holds one ES module per source file, the CommonJS build, one set of declarations (the ESM
 * entries re-export the CJS ones) and no source maps.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKED_BUDGET = 700_000;

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
  it('stays within 700 kB packed', () => {
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

  it('ships every ES module its ES modules import, and none that nothing reaches', () => {
    const shipped = new Set(paths);
    const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
      exports: Record<string, string | { import?: { default?: string } }>;
    };
    const entries = Object.values(manifest.exports).flatMap((e) =>
      typeof e === 'object' && e.import?.default !== undefined ? [e.import.default.replace(/^\.\//, '')] : [],
    );
    const reached = new Set<string>();
    const pending = [...entries];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (reached.has(file)) continue;
      reached.add(file);
      const code = readFileSync(`${ROOT}${file}`, 'utf8');
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s*)"(\.{1,2}\/[^"]+)"/gm)) {
        const target = posix.join(posix.dirname(file), m[1] as string);
        expect(shipped, `${file} imports ${m[1]}`).toContain(target);
        pending.push(target);
      }
    }
    expect(entries.length).toBe(8);
    const library = paths.filter((p) => p.startsWith('dist/') && p.endsWith('.js') && !p.startsWith('dist/cli/'));
    expect(library.filter((p) => !reached.has(p))).toEqual([]);
  });

  it('ships one set of declarations: each ESM entry re-exports its CJS twin', () => {
    const esm = paths.filter((p) => p.endsWith('.d.ts'));
    expect(esm.length).toBe(8);
    for (const p of esm) {
      expect(readFileSync(`${ROOT}${p}`, 'utf8'), p).toBe("export * from './index.cjs';\n");
      expect(paths, p).toContain(p.replace(/\.d\.ts$/, '.d.cts'));
    }
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
