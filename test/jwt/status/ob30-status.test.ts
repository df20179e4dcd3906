import { describe, expect, it } from 'vitest';
import { generateIssuerKey } from '../../../src/jwt/issuer-key.js';
import { didKeyFromJwk } from '../../../src/jwt/keys/did-key.js';
import { didKeyResolver } from '../../../src/jwt/resolvers/did-key-resolver.js';
import { signCredential } from '../../../src/jwt/sign/sign-credential.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import type { MicroCredential } from '../../../src/model/micro-credential.js';
import { completeExample } from '../../support/examples.js';
import { entry, listWith, serveList } from './status-server.js';

const NOW = new Date('2026-03-01T00:00:00Z');

// An Open Badges 3.0 JWT carries its credential's status entries as credentialStatus, so the verifier of the
// token checks them, whatever the entry's form (allocateStatusEntry writes entries without an id).
describe('the status of an Open Badges 3.0 JWT', () => {
  it('is checked: a clear bit verifies, a set bit is ERR_CREDENTIAL_REVOKED', async () => {
    const key = await generateIssuerKey('EdDSA');
    const did = didKeyFromJwk(key.publicJwk);
    const example = completeExample() as unknown as MicroCredential;
    for (const [index, expected] of [
      [7, 'valid'],
      [8, 'ERR_CREDENTIAL_REVOKED'],
    ] as const) {
      const mc = { ...example, issuer: { ...example.issuer, id: did }, credentialStatus: [entry(index)] };
      const token = await signCredential(mc as MicroCredential, key, { format: 'ob30-jwt', now: NOW });
      const fetch = await serveList(listWith({ 8: 1 }), key, did, {}, NOW);
      const outcome = await verifyCredentialDocument(token, didKeyResolver(), { now: NOW, status: { fetch } }).then(
        (v) => v.status.map((s) => s.outcome).join(),
        (e: { code: string }) => e.code,
      );
      expect(outcome).toBe(expected);
    }
  });
});
