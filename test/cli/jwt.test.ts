import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, run } from './bin.js';

/** The issuer's whole cycle through the CLI: keys, a status list, sign, publish, verify, revoke, verify. */
const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-jwt-'));
const at = (name: string) => join(dir, name);
const ISSUER = 'https://uni.example';
let index: string;

function ok(args: string[], input?: string): string {
  const r = run(args, input);
  if (r.code !== 0) throw new Error(`microcred ${args.join(' ')} → ${r.code}\n${r.err}`);
  return r.out;
}

beforeAll(() => {
  ok(['keygen', '--alg', 'ES256', '--private', at('issuer.jwk'), '--public', at('issuer.pub.jwk')]);
  ok(['keygen', '--private', at('other.jwk'), '--public', at('other.pub.jwk')]);
  ok(['status', 'create', at('list.json'), '--url', 'https://uni.example/status/1']);
  const entry = JSON.parse(ok(['status', 'allocate', at('list.json')])) as { statusListIndex: string };
  index = entry.statusListIndex;
  const mc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    at('mc.json'),
    JSON.stringify({ ...mc, issuer: { ...(mc['issuer'] as object), id: ISSUER }, credentialStatus: [entry] }),
  );
  writeFileSync(at('token.jwt'), ok(['sign', at('mc.json'), '--key', at('issuer.jwk')]));
  ok(['status', 'publish', at('list.json'), '--key', at('issuer.jwk'), '--issuer', ISSUER, '--out', at('list.jwt')]);
}, 120_000);

describe('microcred sign, verify and status', () => {
  it('status allocate draws a random index and prints the credentialStatus entry', () => {
    expect(index).toMatch(/^\d+$/);
    const saved = JSON.parse(readFileSync(at('list.json'), 'utf8')) as { allocatedCount: number };
    expect(saved.allocatedCount).toBe(1);
  });

  it('sign prints a compact JWS (vc-jose-cose by default); --json adds the format and kid', () => {
    const token = readFileSync(at('token.jwt'), 'utf8').trim();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const json = JSON.parse(ok(['sign', at('mc.json'), '--key', at('issuer.jwk'), '--format', 'ob30-jwt', '--json']));
    expect(json).toMatchObject({ format: 'ob30-jwt', token: expect.stringMatching(/^[\w-]+\./) });
  });

  it('verify accepts the token with the issuer key and the published list (exit 0)', () => {
    const r = run(['verify', at('token.jwt'), '--key', at('issuer.pub.jwk'), '--status-list', at('list.jwt')]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^verified Data Literacy for Public Administration — issuer https:\/\/uni\.example/);
    expect(r.out).toMatch(/revocation valid/);
    const json = JSON.parse(
      ok(['verify', at('token.jwt'), '--key', at('issuer.pub.jwk'), '--status-list', at('list.jwt'), '--json']),
    ) as { issuer: string; credential: { title: unknown } };
    expect(json.issuer).toBe(ISSUER);
  });

  it('verify takes a credential file that is no token list as one input: a malformed proof is refused (exit 1)', () => {
    const proof = { '@context': ['https://www.w3.org/ns/credentials/v2'], proof: { type: 'DataIntegrityProof' } };
    writeFileSync(at('di.json'), JSON.stringify(proof, null, 2));
    const r = run(['verify', at('di.json'), '--key', at('issuer.pub.jwk'), '--no-status']);
    expect(r.code).toBe(1);
    // The document is refused before any proof could count: it is no credential (no type, issuer or subject).
    expect(r.out).toMatch(/^failed ERR_[A-Z_]+: /);
  });

  it('verify refuses another key and a tampered token (exit 1)', () => {
    const other = run(['verify', at('token.jwt'), '--key', at('other.pub.jwk'), '--no-status']);
    expect(other.code).toBe(1);
    expect(other.out).toMatch(/^failed ERR_(KEY_ALG_MISMATCH|JWT_SIGNATURE|KEY_RESOLUTION)/);
    const token = readFileSync(at('token.jwt'), 'utf8').trim();
    const tampered = `${token.slice(0, -4)}AAAA`;
    expect(run(['verify', tampered, '--key', at('issuer.pub.jwk'), '--no-status']).code).toBe(1);
  });

  it('after revoke and publish, verify says the credential is revoked (exit 1)', () => {
    const lists = mkdtempSync(join(dir, 'revoked-'));
    writeFileSync(join(lists, 'list.json'), readFileSync(at('list.json')));
    ok(['status', 'revoke', join(lists, 'list.json'), '--index', index]);
    ok([
      'status',
      'publish',
      join(lists, 'list.json'),
      '--key',
      at('issuer.jwk'),
      '--issuer',
      ISSUER,
      '--out',
      join(lists, 'list.jwt'),
    ]);
    const r = run(['verify', at('token.jwt'), '--key', at('issuer.pub.jwk'), '--status-list', join(lists, 'list.jwt')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^failed ERR_CREDENTIAL_REVOKED/);
    const undo = run(['status', 'reinstate', join(lists, 'list.json'), '--index', index]);
    expect(undo.code).toBe(2);
    expect(undo.err).toMatch(/is a revocation list/);
  });

  it('a status list that cannot be had is named by its URL, with --status-list and --no-status as the ways out', () => {
    const other = mkdtempSync(join(dir, 'other-list-'));
    ok(['status', 'create', join(other, 'list.json'), '--url', 'https://uni.example/status/2']);
    ok([
      'status',
      'publish',
      join(other, 'list.json'),
      '--key',
      at('issuer.jwk'),
      '--issuer',
      ISSUER,
      '--out',
      join(other, 'list.jwt'),
    ]);
    const r = run(['verify', at('token.jwt'), '--key', at('issuer.pub.jwk'), '--status-list', join(other, 'list.jwt')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^failed ERR_STATUS_UNAVAILABLE/);
    expect(r.err).toContain('the status list https://uni.example/status/1 could not be fetched');
    expect(r.err).toContain('no --status-list file is for this URL; given: https://uni.example/status/2');
    expect(r.err).toMatch(/--status-list \[<url>=\]<file>, or skip the status check with --no-status/);
    const batch = run(
      ['verify', '-', '--key', at('issuer.pub.jwk'), '--status-list', join(other, 'list.jwt'), '--json'],
      `${readFileSync(at('token.jwt'), 'utf8')}${readFileSync(at('token.jwt'), 'utf8')}`,
    );
    expect(batch.code).toBe(1);
    expect(batch.err.match(/the status list https:\/\/uni\.example\/status\/1/g)).toHaveLength(1);
  });

  it('a JSON credential given to verify is exit 2 with the way forward, not one failure per line', () => {
    const r = run(['verify', at('mc.json'), '--key', at('issuer.pub.jwk')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${at('mc.json')} is a JSON document, not a signed token`);
    expect(r.err).toContain(`microcred sign ${at('mc.json')} --key <private.jwk>`);
    expect(r.err).toContain(`microcred validate ${at('mc.json')}`);
    const piped = run(['verify', '-', '--key', at('issuer.pub.jwk')], readFileSync(EXAMPLE, 'utf8'));
    expect(piped.code).toBe(2);
    expect(piped.err).toMatch(/standard input is a JSON document/);
  });

  it('verify on many tokens is a batch with progress on stderr, silenced by --quiet and --json', () => {
    const token = readFileSync(at('token.jwt'), 'utf8');
    const tokens = `${token}${token}${token}`;
    const r = run(['verify', '-', '--key', at('issuer.pub.jwk'), '--no-status'], tokens);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/3 verified, 0 failed/);
    expect(r.err).toMatch(/\[3\/3\]/);
    expect(run(['verify', '-', '--key', at('issuer.pub.jwk'), '--no-status', '--quiet'], tokens).err).toBe('');
    const json = run(['verify', '-', '--key', at('issuer.pub.jwk'), '--no-status', '--json'], tokens);
    expect(json.err).toBe('');
    expect((JSON.parse(json.out) as { ok: boolean }[]).map((x) => x.ok)).toEqual([true, true, true]);
  });

  it('keygen --did-key makes a did:key issuer that verify --did resolves offline', () => {
    const { did } = JSON.parse(ok(['keygen', '--did-key', '--json', '--private', at('did.jwk')])) as { did: string };
    expect(did).toMatch(/^did:key:z6Mk/);
    const mc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
    const { credentialStatus: _status, ...rest } = mc;
    writeFileSync(at('did-mc.json'), JSON.stringify({ ...rest, issuer: { ...(mc['issuer'] as object), id: did } }));
    const token = ok(['sign', at('did-mc.json'), '--key', at('did.jwk')]).trim();
    const r = run(['verify', token, '--did']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`issuer ${did}`);
    expect(run(['keygen', '--did-key', '--alg', 'ES384']).err).toMatch(/--did-key needs --alg EdDSA or ES256/);
  });

  it('usage errors are exit 2', () => {
    expect(run(['verify', at('token.jwt')]).err).toMatch(/give exactly one of --key/);
    expect(run(['verify', at('token.jwt'), '--jwks', at('issuer.pub.jwk')]).err).toMatch(/--jwks needs --issuer/);
    expect(run(['verify', at('token.jwt'), '--key', at('issuer.jwk')]).err).toMatch(/holds a private key/);
    expect(run(['sign', at('mc.json')]).code).toBe(2);
    expect(run(['sign', at('mc.json'), '--key', at('issuer.pub.jwk')]).err).toMatch(/not a private JWK/);
    expect(run(['status', 'create', at('x.json')]).err).toMatch(/needs --url/);
    expect(run(['status', 'frobnicate', at('x.json')]).err).toMatch(
      /unknown subcommand "frobnicate"; one of: create, allocate, revoke, suspend, reinstate, publish/,
    );
    for (const c of ['sign', 'verify', 'status'])
      expect(run([c, '--help']).out).toMatch(new RegExp(`Usage: microcred ${c}`));
  });
});
