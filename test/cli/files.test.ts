import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE, run } from './bin.js';
import { runMain } from './in-process.js';

/** The inputs the CLI must refuse without hanging or reading them whole: FIFOs, devices, huge files. */
const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-files-'));
const at = (name: string) => join(dir, name);
const hasMkfifo = spawnSync('mkfifo', ['--version']).error === undefined;

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo ${path} failed: ${r.stderr}`);
}

/** A child that hangs is killed after 20 s and has no exit code: `code` 2 proves it did not hang. */
function runWithStdin(args: readonly string[], stdinPath: string) {
  const fd = openSync(stdinPath, 'r');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      stdio: [fd, 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 20_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  } finally {
    closeSync(fd);
  }
}

describe('the CLI reads regular files only, and never more than the limit', () => {
  it.skipIf(!hasMkfifo)('refuses a FIFO given by name at once (exit 2), without waiting for a writer', () => {
    mkfifo(at('pipe.json'));
    const r = run(['validate', at('pipe.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pipe\.json is a FIFO \(named pipe\): only regular files are read/);
  });

  it.skipIf(!hasMkfifo)('check <dir> reports a FIFO named *.json as an input error and checks the other files', () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    writeFileSync(join(folder, 'a.json'), readFileSync(EXAMPLE));
    mkfifo(join(folder, 'b.json'));
    writeFileSync(join(folder, 'c.json'), '{"title":"draft"}');
    const r = run(['check', folder, '--now', '2025-07-01T00:00:00Z']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^complete .*a\.json/m);
    expect(r.out).toMatch(/^unreadable .*b\.json/m);
    expect(r.out).toMatch(/^incomplete .*c\.json/m);
    expect(r.err).toMatch(/b\.json is a FIFO/);
  });

  it('refuses a device (/dev/zero) by name before reading a byte', () => {
    const r = run(['validate', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\/dev\/zero is a device: only regular files are read/);
  });

  it('stops reading an endless standard input (/dev/zero) at the limit', () => {
    const r = runWithStdin(['validate', '-'], '/dev/zero');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/standard input is over the 1048576-byte input limit; raise it with --max-bytes/);
  });

  it.skipIf(!hasMkfifo)('--display of convert is read under the same rules (a FIFO, a device, the limit)', () => {
    mkfifo(at('display.png'));
    const fifo = run(['convert', EXAMPLE, '--to', 'elm', '--display', at('display.png')]);
    expect(fifo.code).toBe(2);
    expect(fifo.err).toMatch(/display\.png is a FIFO/);
    const device = run(['convert', EXAMPLE, '--to', 'elm', '--display', '/dev/zero']);
    expect(device.code).toBe(2);
    expect(device.err).toMatch(/\/dev\/zero is a device/);
    const big = at('big.png');
    writeFileSync(big, Buffer.alloc(100 * 1024 + 1, 0x89));
    const over = run(['convert', EXAMPLE, '--to', 'elm', '--display', big, '--max-bytes', '100KiB']);
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/big\.png is over the 102400-byte input limit \(102401 bytes\)/);
  });

  it('refuses a 1.5 GB file from its size, before reading it (in 800 MB of address space)', () => {
    const huge = at('huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 1536 * 1024 * 1024); // sparse: no disk space used
    const r = spawnSync('sh', ['-c', `ulimit -v 800000 && exec "${process.execPath}" "${BIN}" validate "${huge}"`], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/huge\.json is over the 1048576-byte input limit \(1610612736 bytes\)/);
  });

  it('--max-bytes raises (or lowers) the limit for files and standard input, within 1 byte and 64 MiB', () => {
    const doc = readFileSync(EXAMPLE);
    const big = at('padded.json');
    writeFileSync(
      big,
      Buffer.concat([doc.subarray(0, doc.lastIndexOf('}')), Buffer.from(`${' '.repeat(1.5 * 1024 * 1024)}}`)]),
    );
    expect(run(['validate', big]).err).toMatch(/over the 1048576-byte input limit/);
    const raised = run(['validate', big, '--max-bytes', '2MiB']);
    expect(raised.code, raised.err).toBe(0);
    const lowered = run(['validate', '-', '--max-bytes', '100'], doc.toString('utf8'));
    expect(lowered.code).toBe(2);
    expect(lowered.err).toMatch(/standard input is over the 100-byte input limit/);
    expect(run(['validate', '-', '--max-bytes', String(doc.byteLength)], doc.toString('utf8')).code).toBe(0);
    expect(run(['validate', '-', '--max-bytes', String(doc.byteLength - 1)], doc.toString('utf8')).code).toBe(2);
  });

  it('--max-bytes accepts whole bytes, KiB or MiB from 1 byte to 64 MiB and refuses anything else', async () => {
    for (const bad of ['0', '-1', '1.5', '65MiB', '67108865', '65537KiB', '1GiB', '1 MiB', 'lots', '']) {
      const r = await runMain(['validate', EXAMPLE, `--max-bytes=${bad}`]);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/--max-bytes must be a number of bytes from 1 to 67108864/);
    }
    for (const good of ['64MiB', '67108864', '65536KiB', '1MiB']) {
      expect((await runMain(['validate', EXAMPLE, '--max-bytes', good])).code, good).toBe(0);
    }
  });
});
