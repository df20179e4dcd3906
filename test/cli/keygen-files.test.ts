import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, run } from './bin.js';

/** Key files are created, never written into: a new file of mode 600, or a refusal. */
const fresh = () => mkdtempSync(join(tmpdir(), 'microcred-cli-keyfiles-'));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('microcred keygen writes key files safely', () => {
  it('refuses a pre-created world-readable file (exit 2) and leaves it untouched', () => {
    const dir = fresh();
    const priv = join(dir, 'issuer.jwk');
    writeFileSync(priv, 'placeholder', { mode: 0o644 });
    const r = run(['keygen', '--private', priv]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/issuer\.jwk already exists; give --force to replace it/);
    expect(readFileSync(priv, 'utf8')).toBe('placeholder');
    expect(mode(priv)).toBe(0o644);
  });

  it('with --force, replaces it by a new file of mode 600 (a new inode, not the old file rewritten)', () => {
    const dir = fresh();
    const priv = join(dir, 'issuer.jwk');
    writeFileSync(priv, 'placeholder', { mode: 0o644 });
    const before = statSync(priv).ino;
    const r = run(['keygen', '--private', priv, '--force']);
    expect(r.code, r.err).toBe(0);
    expect(mode(priv)).toBe(0o600);
    expect(statSync(priv).ino).not.toBe(before);
    expect(JSON.parse(readFileSync(priv, 'utf8'))).toHaveProperty('d');
    expect(readdirSync(dir)).toEqual(['issuer.jwk']); // no temporary file left behind
  });

  it('refuses a symbolic link at the path, with or without --force, and writes nothing through it', () => {
    const dir = fresh();
    const target = join(dir, 'elsewhere.txt');
    writeFileSync(target, 'keep me', { mode: 0o644 });
    for (const dangling of [false, true]) {
      const link = join(dir, dangling ? 'dangling.jwk' : 'link.jwk');
      symlinkSync(dangling ? join(dir, 'missing') : target, link);
      const plain = run(['keygen', '--private', link]);
      expect(plain.code).toBe(2);
      expect(plain.err).toMatch(/already exists/);
      const forced = run(['keygen', '--private', link, '--force']);
      expect(forced.code).toBe(2);
      expect(forced.err).toMatch(/is not a regular file/);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
    }
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(readdirSync(dir).sort()).toEqual(['dangling.jwk', 'elsewhere.txt', 'link.jwk']);
  });

  it('creates a new private key file with mode 600 whatever the umask, and refuses a taken --public before writing either', () => {
    const dir = fresh();
    const priv = join(dir, 'a.jwk');
    const pub = join(dir, 'a.pub.jwk');
    writeFileSync(pub, 'old public key');
    const r = run(['keygen', '--private', priv, '--public', pub]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/a\.pub\.jwk already exists/);
    expect(readdirSync(dir)).toEqual(['a.pub.jwk']);
    const cmd = `umask 000 && exec "${process.execPath}" "${BIN}" keygen --private "${join(dir, 'b.jwk')}" --public "${join(dir, 'b.pub.jwk')}"`;
    const ok = spawnSync('sh', ['-c', cmd], { encoding: 'utf8', timeout: 60_000 });
    expect(ok.status, ok.stderr).toBe(0);
    expect(mode(join(dir, 'b.jwk'))).toBe(0o600);
    expect(mode(join(dir, 'b.pub.jwk'))).toBe(0o644);
  });
});
