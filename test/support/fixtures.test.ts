import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_ROOT, readFixture, readFixtureText, readJsonFixture, recordedSums } from './fixtures.js';

/** Every file below test/fixtures, as a path relative to it with forward slashes. */
function filesOnDisk(dir: string = FIXTURES_ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesOnDisk(path) : [relative(FIXTURES_ROOT, path).split(sep).join('/')];
  });
}

describe('test/fixtures and its PROVENANCE.md', () => {
  it('lists every vendored file, and every listed file is present', () => {
    const onDisk = filesOnDisk().filter((path) => path !== 'PROVENANCE.md');
    expect([...recordedSums().keys()].sort()).toEqual(onDisk.sort());
  });

  it('records the SHA-256 of the bytes on disk, computed here independently of the loader', () => {
    for (const [path, sum] of recordedSums()) {
      const actual = createHash('sha256')
        .update(readFileSync(join(FIXTURES_ROOT, ...path.split('/'))))
        .digest('hex');
      expect(actual, path).toBe(sum);
    }
  });
});

describe('readFixture', () => {
  it('returns the bytes, the text and the parsed JSON of a listed file', () => {
    const path = 'vectors/rfc/rfc8037-A-ed25519.json';
    const bytes = readFixture(path);
    expect(readFixtureText(path)).toBe(bytes.toString('utf8'));
    expect(readJsonFixture(path)).toEqual(JSON.parse(bytes.toString('utf8')));
  });

  it('refuses a file PROVENANCE.md does not list, even when it exists', () => {
    expect(() => readFixture('PROVENANCE.md')).toThrow(/no SHA-256/);
    expect(() => readFixture('vectors/rfc/../rfc/rfc8037-A-ed25519.json')).toThrow(/no SHA-256/);
    expect(() => readFixture('standards/nowhere.json')).toThrow(/no SHA-256/);
  });
});
