import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../src/jwt/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('microcred/jwt source hygiene', () => {
  const files = sources(ROOT).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('never decodes a token without verifying it, never takes a key from a token, never decrypts', () => {
    const forbidden =
      /\b(decodeJwt|decodeProtectedHeader|UnsecuredJWT|EmbeddedJWK|createRemoteJWKSet|createLocalJWKSet|jwtDecrypt|compactDecrypt|flattenedDecrypt|generalDecrypt)\b/;
    expect(files.filter((f) => forbidden.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('uses only Web APIs: no Buffer, no process, no Math.random', () => {
    const forbidden = /\b(Buffer\.|process\.|Math\.random)/;
    expect(files.filter((f) => forbidden.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('keeps one operation per file, short', () => {
    expect(files.filter((f) => f.text.split('\n').length > 200).map((f) => f.path)).toEqual([]);
  });
});
