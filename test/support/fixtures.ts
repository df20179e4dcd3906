import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixtures folder: `test/fixtures` in the repository. */
export const FIXTURES_ROOT = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A row of `test/fixtures/PROVENANCE.md`: a file below `test/fixtures` and its recorded SHA-256. */
const ROW = /^\|\s*`([^`]+)`\s*\|.*\|\s*([0-9a-f]{64})\s*\|\s*$/;

let sums: Map<string, string> | undefined;

/**
 * The SHA-256 recorded for each vendored file, read from the tables of `test/fixtures/PROVENANCE.md`
 * (first column the path in backticks, last column the hex digest). The provenance file is the one record:
 * a file it does not list cannot be loaded.
 */
export function recordedSums(): ReadonlyMap<string, string> {
  if (sums !== undefined) return sums;
  const found = new Map<string, string>();
  const text = readFileSync(join(FIXTURES_ROOT, 'PROVENANCE.md'), 'utf8');
  for (const line of text.split('\n')) {
    const match = ROW.exec(line);
    if (match === null) continue;
    const [, path, sum] = match as unknown as [string, string, string];
    if (found.has(path) && found.get(path) !== sum)
      throw new Error(`PROVENANCE.md lists ${path} twice with different sums`);
    found.set(path, sum);
  }
  sums = found;
  return found;
}

/**
 * The one loader of vendored fixtures: reads `test/fixtures/<relative>`, checks its SHA-256 against the sum
 * recorded in PROVENANCE.md and returns the bytes. An unlisted file, a missing file or a changed file throws,
 * so a test can never pass by silently running on nothing or on altered data.
 *
 * @param relative - path below `test/fixtures`, with forward slashes, e.g. `vectors/rfc/rfc8037-A-ed25519.json`
 */
export function readFixture(relative: string): Buffer {
  const expected = recordedSums().get(relative);
  if (expected === undefined)
    throw new Error(`test/fixtures/${relative} has no SHA-256 in test/fixtures/PROVENANCE.md`);
  const path = join(FIXTURES_ROOT, ...relative.split('/'));
  if (!existsSync(path)) throw new Error(`Missing fixture: test/fixtures/${relative}`);
  const bytes = readFileSync(path);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected)
    throw new Error(`Fixture test/fixtures/${relative} changed: sha256 ${actual}, PROVENANCE.md records ${expected}`);
  return bytes;
}

/** {@link readFixture} decoded as UTF-8 text. */
export function readFixtureText(relative: string): string {
  return readFixture(relative).toString('utf8');
}

/** {@link readFixture} parsed as JSON. */
export function readJsonFixture<T = unknown>(relative: string): T {
  return JSON.parse(readFixtureText(relative)) as T;
}
