import { describe, expect, it } from 'vitest';
import { signDataIntegrityCredential, verifyDataIntegrityDocument } from '../../src/data-integrity/index.js';
import { didKeyResolver, generateIssuerKey } from '../../src/jwt/index.js';
import { didKeyFromJwk } from '../../src/jwt/keys/did-key.js';
import type { MicroCredential } from '../../src/model/micro-credential.js';
import { entry, LIST_URL, listWith, serveList } from '../jwt/status/status-server.js';
import { completeExample } from '../support/examples.js';

const NOW = new Date('2026-03-01T00:00:00Z');

/** A Data Integrity credential of a fresh did:key issuer with one status entry, and its JWT-secured list served. */
async function issued(index: number, revoked: Record<number, number>, format: 'vc20' | 'ob30' = 'vc20') {
  const key = await generateIssuerKey('EdDSA');
  const did = didKeyFromJwk(key.publicJwk);
  const example = completeExample() as unknown as MicroCredential;
  const mc = {
    ...example,
    issuer: { ...example.issuer, id: did },
    credentialStatus: [entry(index)],
  } as MicroCredential;
  const signed = await signDataIntegrityCredential(mc, key, {
    format,
    created: new Date('2026-01-01T00:00:00Z'),
  });
  const fetch = await serveList(listWith(revoked), key, did, {}, NOW);
  return { did, signed, fetch };
}

// The Data Integrity verifier checks a JWT-secured status list with the JWT pipeline, which it loads only then.
describe('verifyDataIntegrityDocument with a JWT-secured Bitstring Status List', () => {
  it('reads an entry whose bit is clear as valid', async () => {
    const { signed, fetch } = await issued(7, { 8: 1 });
    const verified = await verifyDataIntegrityDocument(signed, didKeyResolver(), { now: NOW, status: { fetch } });
    expect(verified.status).toEqual([
      expect.objectContaining({ list: LIST_URL, index: '7', outcome: 'valid', value: 0 }),
    ]);
  });

  it('refuses a revoked credential with ERR_CREDENTIAL_REVOKED, as a VC 2.0 and as an Open Badges 3.0 credential', async () => {
    // The entry has no id (as allocateStatusEntry writes it): the Open Badges 3.0 export must still carry it.
    for (const format of ['vc20', 'ob30'] as const) {
      const { signed, fetch } = await issued(8, { 8: 1 }, format);
      await expect(
        verifyDataIntegrityDocument(signed, didKeyResolver(), { now: NOW, status: { fetch } }),
        format,
      ).rejects.toMatchObject({ code: 'ERR_CREDENTIAL_REVOKED', path: ['credential', 'credentialStatus'] });
    }
  });

  it('does not take a list signed by another issuer as the credential issuer’s', async () => {
    const { signed } = await issued(7, {});
    const other = await generateIssuerKey('EdDSA');
    const fetch = await serveList(listWith({}), other, didKeyFromJwk(other.publicJwk), {}, NOW);
    await expect(
      verifyDataIntegrityDocument(signed, didKeyResolver(), { now: NOW, status: { fetch } }),
    ).rejects.toMatchObject({ code: 'ERR_STATUS_UNAVAILABLE' });
  });
});
