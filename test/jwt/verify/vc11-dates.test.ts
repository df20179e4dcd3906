/**
 * VC 1.1-era credentials repeat their dates: the VC 1.1 context reserves `issued`, `validFrom` and `validUntil`
 * beside `issuanceDate` / `expirationDate`, and OB 3.0 issuers of that era emit them. Consistent redundancy is
 * accepted; a real conflict is refused with ERR_JWT_CLAIM_MISMATCH. Each rule is tested at its boundary: the
 * same instant, one second apart, and the same instant written differently.
 */
import { describe, expect, it } from 'vitest';
import { fromVc11Document } from '../../../src/jwt/credential/vc11-envelope.js';
import { didJwkResolver } from '../../../src/jwt/resolvers/did-jwk-resolver.js';
import { verifyCredential } from '../../../src/jwt/verify/verify-credential.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { readFixtureText } from '../../support/fixtures.js';
import { expectCode, ISSUER, type Json, LEARNER, NOW, vc11Document } from '../fixtures.js';
import { forge, trustingResolver } from '../tokens.js';

const opts = { now: NOW, status: false as const };
const JWT = { alg: 'EdDSA', typ: 'JWT' };
const ISSUANCE = '2025-01-01T00:00:00Z';
const EXPIRATION = '2030-01-01T00:00:00Z';

const payload = (vc: Json): Json => ({ iss: ISSUER, sub: LEARNER, jti: vc['id'], nbf: 1_735_689_600, vc });
const verify = async (members: Json) =>
  verifyCredentialDocument(
    await forge(JWT, payload(vc11Document({ expirationDate: EXPIRATION, ...members }))),
    await trustingResolver(),
    opts,
  );
const accepted = async (members: Json) => {
  await expect(verify(members)).resolves.toBeDefined();
};
const refused = async (members: Json) => expectCode(verify(members), 'ERR_JWT_CLAIM_MISMATCH');

describe('a real VC 1.1-era Open Badge: the walt.id JFF Plugfest 2 issuer', () => {
  // The OpenBadgeCredential VC-JWT the walt.id JFF issuer returned (EdDSA, did:jwk), as recorded in the Sphereon
  // OID4VC client's test data. Its `vc` carries issuanceDate, issued and validFrom, all 2023-04-19T13:46:39Z.
  const source = readFixtureText('oid4vc-sphereon/VciDataFixtures.ts.txt');
  const token = /'(eyJraWQiOiJkaWQ6andrOmV5SnJkSGtpT2lKUFMxQWlMQ0oxYzJVaU9p[^']+)'/.exec(source)?.[1] as string;
  const now = new Date('2023-05-01T00:00:00Z');

  it('verifies: issued and validFrom equal to issuanceDate are consistent redundancy', async () => {
    const verified = await verifyCredentialDocument(token, didJwkResolver(), { now, status: false });
    expect(verified.profile).toBe('vc11-jwt');
    expect(verified.document['issuanceDate']).toBe('2023-04-19T13:46:39Z');
    expect(verified.document['issued']).toBe('2023-04-19T13:46:39Z');
    expect(verified.document['validFrom']).toBe('2023-04-19T13:46:39Z');
    expect(verified.validity.from).toBe('2023-04-19T13:46:39Z');
  });

  it('reads back with the date recorded once: one validFrom, no issued', async () => {
    const verified = await verifyCredentialDocument(token, didJwkResolver(), { now, status: false });
    const read = fromVc11Document(verified.document);
    expect(read['validFrom']).toBe('2023-04-19T13:46:39Z');
    expect(Object.keys(read).filter((k) => /issu/.test(k))).toEqual(['issuer']);
  });

  it('is refused by verifyCredential only because it lacks Annex I elements, not for its dates', async () => {
    await expect(verifyCredential(token, didJwkResolver(), { now, status: false })).rejects.toThrow(
      /not a complete micro-credential/,
    );
  });
});

describe('issued', () => {
  it('equal to issuanceDate: accepted, in the same and in another notation of the instant', async () => {
    await accepted({ issued: ISSUANCE });
    await accepted({ issued: '2025-01-01T00:00:00.000Z' });
    await accepted({ issued: '2025-01-01T01:00:00+01:00' });
  });
  it('one second apart either way: refused', async () => {
    await refused({ issued: '2025-01-01T00:00:01Z' });
    await refused({ issued: '2024-12-31T23:59:59Z' });
  });
  it('not a date-time: ERR_JWT_CLAIM_INVALID', async () => {
    await expectCode(verify({ issued: 'yesterday' }), 'ERR_JWT_CLAIM_INVALID');
  });
});

describe('validFrom', () => {
  it('equal to issuanceDate (any notation): accepted', async () => {
    await accepted({ validFrom: ISSUANCE });
    await accepted({ validFrom: '2025-01-01T01:00:00+01:00' });
  });
  it('a second later: accepted, and the validity starts there', async () => {
    const v = await verify({ validFrom: '2025-01-01T00:00:01Z' });
    expect(v.validity.from).toBe('2025-01-01T00:00:01Z');
  });
  it('a second before issuanceDate: refused', async () => {
    await refused({ validFrom: '2024-12-31T23:59:59Z' });
  });
  it('equal to expirationDate: within the window (so only not yet valid today); a second after it: refused', async () => {
    await expectCode(verify({ validFrom: EXPIRATION }), 'ERR_JWT_NOT_YET_VALID');
    await refused({ validFrom: '2030-01-01T00:00:01Z' });
  });
  it('later than now: the credential is not yet valid', async () => {
    await expectCode(verify({ validFrom: '2029-01-01T00:00:00Z' }), 'ERR_JWT_NOT_YET_VALID');
  });
});

describe('validUntil', () => {
  it('equal to expirationDate (any notation): accepted', async () => {
    await accepted({ validUntil: EXPIRATION });
    await accepted({ validUntil: '2030-01-01T01:00:00+01:00' });
  });
  it('a second after expirationDate: refused; a second before issuanceDate: refused', async () => {
    await refused({ validUntil: '2030-01-01T00:00:01Z' });
    await refused({ validUntil: '2024-12-31T23:59:59Z' });
  });
  it('earlier than expirationDate: accepted, and the validity ends there', async () => {
    const v = await verify({ validUntil: '2029-12-31T23:59:59Z' });
    expect(v.validity.until).toBe('2029-12-31T23:59:59Z');
    await expectCode(verify({ validUntil: '2025-03-01T00:00:00Z' }), 'ERR_JWT_EXPIRED');
  });
  it('before validFrom: refused', async () => {
    await refused({ validFrom: '2026-01-01T00:00:00Z', validUntil: '2025-12-31T23:59:59Z' });
  });
});

describe('VC 2.0 credentials are unchanged', () => {
  it('still refuse issuanceDate', async () => {
    const doc: Json = { ...vc11Document(), '@context': ['https://www.w3.org/ns/credentials/v2'] };
    delete doc['issuanceDate'];
    const token = await forge(
      { alg: 'EdDSA', typ: 'vc+jwt' },
      { ...doc, validFrom: ISSUANCE, issuanceDate: ISSUANCE, iss: ISSUER, jti: doc['id'], sub: LEARNER },
    );
    await expectCode(verifyCredentialDocument(token, await trustingResolver(), opts), 'ERR_JWT_CLAIM_MISMATCH');
  });
});
