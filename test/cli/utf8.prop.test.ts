import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run } from './bin.js';
import { runMain } from './in-process.js';
import { bytesNearUtf8, firstIllFormed } from './utf8-oracle.js';

const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-utf8-'));
let counter = 0;
function file(bytes: Uint8Array): string {
  counter += 1;
  const path = join(dir, `input-${counter}.json`);
  writeFileSync(path, bytes);
  return path;
}

describe('the CLI decodes input as strict UTF-8', () => {
  it('accepts exactly the byte strings a strict decoder accepts, and names the offset of the first bad byte', async () => {
    await fc.assert(
      fc.asyncProperty(bytesNearUtf8, async (bytes) => {
        // Wrap the bytes in a JSON string so that well-formed input is (mostly) valid JSON.
        const wrapped = Uint8Array.from([
          ...new TextEncoder().encode('["'),
          ...bytes,
          ...new TextEncoder().encode('"]'),
        ]);
        const r = await runMain(['validate', file(wrapped), '--json']);
        const strict = (() => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(wrapped);
            return true;
          } catch {
            return false;
          }
        })();
        const offset = firstIllFormed(wrapped);
        expect(offset === undefined).toBe(strict);
        const refused = /is not valid UTF-8: ill-formed byte 0x[0-9a-f]{2} at byte offset (\d+);/.exec(r.err);
        if (strict) {
          expect(refused).toBeNull();
        } else {
          expect(r.code).toBe(2);
          expect(r.out).toBe('');
          expect(Number(refused?.[1])).toBe(offset);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never signs nor reports valid a credential whose text is not UTF-8 (the binary, exit 2)', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const at = Buffer.byteLength(text.slice(0, text.indexOf('Data Literacy')));
    const bytes = Buffer.from(text, 'utf8');
    bytes[at + 4] = 0xff; // inside the title: "Data\xffLiteracy"
    const path = file(bytes);
    const validate = run(['validate', path]);
    expect(validate.code).toBe(2);
    expect(validate.err).toContain(`${path} is not valid UTF-8: ill-formed byte 0xff at byte offset ${at + 4}`);
    const key = join(dir, 'issuer.jwk');
    expect(run(['keygen', '--private', key]).code).toBe(0);
    const sign = run(['sign', path, '--key', key]);
    expect(sign.code).toBe(2);
    expect(sign.err).toContain(`${path} is not valid UTF-8: ill-formed byte 0xff at byte offset ${at + 4}`);
    expect(sign.out).toBe('');
  });

  it('drops a leading byte order mark with a note (silenced by --quiet), and reads the rest', async () => {
    const path = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(EXAMPLE)]));
    const r = await runMain(['validate', path]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`note: ${path} starts with a UTF-8 byte order mark; it was ignored`);
    expect((await runMain(['validate', path], { quiet: true })).err).toBe('');
  });
});
