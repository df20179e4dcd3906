import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './bin.js';

describe('microcred keygen', () => {
  it('prints a private and a public JWK (EdDSA by default) with a thumbprint kid', () => {
    const r = run(['keygen']);
    expect(r.code).toBe(0);
    const { privateJwk, publicJwk } = JSON.parse(r.out) as Record<string, Record<string, string>>;
    expect(publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(privateJwk?.['d']).toBeTypeOf('string');
    expect(privateJwk?.['kid']).toBe(publicJwk?.['kid']);
    expect(publicJwk?.['d']).toBeUndefined();
  });

  it('writes the keys to files, the private one readable by its owner only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-keygen-'));
    const priv = join(dir, 'issuer.private.jwk');
    const pub = join(dir, 'issuer.public.jwk');
    const r = run(['keygen', '--alg', 'ES256', '--kid', 'key-1', '--private', priv, '--public', pub]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^generated ES256 key key-1/);
    expect(JSON.parse(readFileSync(priv, 'utf8'))).toMatchObject({ kty: 'EC', crv: 'P-256', kid: 'key-1' });
    expect(JSON.parse(readFileSync(pub, 'utf8')).d).toBeUndefined();
    expect(statSync(priv).mode & 0o777).toBe(0o600);
    const json = JSON.parse(run(['keygen', '--alg', 'ES384', '--json']).out) as Record<string, unknown>;
    expect(json).toMatchObject({ alg: 'ES384', publicJwk: { crv: 'P-384' } });
  });

  it('an unknown algorithm or an argument is exit 2', () => {
    const r = run(['keygen', '--alg', 'HS256']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--alg must be one of EdDSA, ES256/);
    expect(run(['keygen', 'extra']).code).toBe(2);
    expect(run(['keygen', '--help']).out).toMatch(/Usage: microcred keygen/);
  });
});
