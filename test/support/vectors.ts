import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sharedPath } from './shared.js';

/**
 * SHA-256 of the RFC vector files, pinned here because their README lists none (the Wycheproof sums are read
 * from the Wycheproof README, where the files' origin is recorded).
 */
const PINNED: Readonly<Record<string, string>> = {
  'rfc/rfc7515-A3-es256.json': '45c150a45849a6b65664b8da4d53819c97ff1ca033fff574e5ac3751be1ac759',
  'rfc/rfc8037-A-ed25519.json': '28cbe30028079e1fb8f49c1588f2de32c3bf23bbcbecfd503aa201a1ca95f9e9',
};

function wycheproofSums(): Map<string, string> {
  const readme = readFileSync(sharedPath('vectors', 'wycheproof', 'README.md'), 'utf8');
  const sums = new Map<string, string>();
  for (const match of readme.matchAll(/^\s+([0-9a-f]{64})\s+(\S+)$/gm))
    sums.set(`wycheproof/${match[2]}`, match[1] as string);
  return sums;
}

/**
 * The one loader of test vectors: reads `../shared/vectors/<relative>`, checks its SHA-256 against the sum
 * recorded for it, and parses it. A missing shared folder, a missing file, an unknown file or a changed file
 * throws, so a vector test can never pass by silently running nothing.
 *
 * @param relative - path below `shared/vectors`, e.g. `wycheproof/testvectors_v1/ed25519_test.json`
 */
export function loadVectors<T>(relative: string): T {
  const expected = PINNED[relative] ?? wycheproofSums().get(relative);
  if (expected === undefined) throw new Error(`No recorded SHA-256 for vector file ${relative}`);
  const bytes = readFileSync(sharedPath('vectors', ...relative.split('/')));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) throw new Error(`Vector file ${relative} changed: sha256 ${actual}, expected ${expected}`);
  return JSON.parse(bytes.toString('utf8')) as T;
}
