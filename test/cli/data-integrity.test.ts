import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, run } from './bin.js';

/** Signing and verifying Open Badges with embedded Data Integrity proofs through the CLI, with did:key issuers. */
const dir = mkdtempSync(join(tmpdir(), 'microcred-cli-di-'));
const at = (name: string) => join(dir, name);

function ok(args: string[], input?: string): string {
  const r = run(args, input);
  if (r.code !== 0) throw new Error(`microcred ${args.join(' ')} → ${r.code}\n${r.err}`);
  return r.out;
}

/** A did:key for a public JWK file, through the library the CLI uses. */
async function didKeyOf(file: string): Promise<string> {
  const { didKeyFromJwk } = await import('../../src/jwt/keys/did-key.js');
  return didKeyFromJwk(JSON.parse(readFileSync(file, 'utf8')));
}

beforeAll(async () => {
  const mc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
  for (const alg of ['EdDSA', 'ES256']) {
    ok(['keygen', '--alg', alg, '--private', at(`${alg}.jwk`), '--public', at(`${alg}.pub.jwk`)]);
    const did = await didKeyOf(at(`${alg}.pub.jwk`));
    writeFileSync(at(`${alg}-mc.json`), JSON.stringify({ ...mc, issuer: { ...(mc['issuer'] as object), id: did } }));
  }
}, 120_000);

describe('microcred sign --format di-* and verify of a JSON credential', () => {
  for (const [alg, format, suite] of [
    ['EdDSA', 'di-eddsa-rdfc-2022', 'eddsa-rdfc-2022'],
    ['ES256', 'di-ecdsa-rdfc-2019', 'ecdsa-rdfc-2019'],
  ] as const) {
    it(`${format}: prints the signed JSON, which verify accepts (exit 0) and refuses once altered (exit 1)`, () => {
      const signed = ok(['sign', at(`${alg}-mc.json`), '--key', at(`${alg}.jwk`), '--format', format]);
      const document = JSON.parse(signed) as Record<string, unknown>;
      expect(document['proof']).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: suite });
      writeFileSync(at(`${alg}-badge.json`), signed);
      // The example's status entry is in the signed badge, so verify checks it: the list is not served here.
      const unavailable = run(['verify', at(`${alg}-badge.json`), '--did']);
      expect(unavailable.code).toBe(1);
      expect(unavailable.out).toContain('ERR_STATUS_UNAVAILABLE');
      expect(ok(['verify', at(`${alg}-badge.json`), '--did', '--no-status'])).toContain(`verified`);
      const json = JSON.parse(ok(['verify', at(`${alg}-badge.json`), '--did', '--no-status', '--json'])) as Record<
        string,
        unknown
      >;
      expect(json['format']).toBe('data-integrity');
      expect((json['document'] as { proof?: { cryptosuite?: string } }).proof?.cryptosuite).toBe(suite);
      expect(json['credential']).toBeDefined();
      writeFileSync(at(`${alg}-altered.json`), JSON.stringify({ ...document, name: 'Another badge' }));
      const refused = run(['verify', at(`${alg}-altered.json`), '--did', '--no-status']);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('ERR_PROOF_SIGNATURE');
    });
  }

  it('refuses a JSON document without a proof as an input error (exit 2)', () => {
    writeFileSync(at('plain.json'), JSON.stringify({ '@context': [] }));
    expect(run(['verify', at('plain.json'), '--did']).code).toBe(2);
  });
});
