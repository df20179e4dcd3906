/**
 * Status entries as the data model writes them: `type` may be one string or an array holding the type, and
 * a `statusPurpose` the verifier cannot interpret is never read as `valid`, whatever its bit says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signCredentialDocument } from '../../../src/jwt/sign/sign-credential-document.js';
import { checkStatus } from '../../../src/jwt/status/check-status.js';
import { createStatusListCredential } from '../../../src/jwt/status/status-list-credential.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { fakeFetch } from '../fake-fetch.js';
import { expectCode, ISSUER, type Json, keyFor, NOW, vc2Document } from '../fixtures.js';
import { trustingResolver } from '../tokens.js';
import { entry, LIST_URL, listWith, serveList } from './status-server.js';

const HOUR_BEFORE = new Date(NOW.getTime() - 3_600_000);
const withStatus = async (status: unknown) =>
  signCredentialDocument(vc2Document({ credentialStatus: status }), await keyFor('EdDSA'), { now: NOW });

/** Serves a revocation list (index 7 set) whose credential was changed by `edit` before signing. */
async function serveEdited(edit: (document: Json, subject: Json) => void) {
  const document = await createStatusListCredential(listWith({ 7: 1 }), { issuer: ISSUER, now: HOUR_BEFORE });
  edit(document, document['credentialSubject'] as Json);
  const token = await signCredentialDocument(document, await keyFor('EdDSA'), { now: HOUR_BEFORE });
  return fakeFetch({ [LIST_URL]: { body: token, headers: { 'content-type': 'application/vc+jwt' } } });
}

describe('status types written as arrays', () => {
  it('checks an entry whose type is an array holding BitstringStatusListEntry, in the pipeline as in checkStatus', async () => {
    const fetch = await serveList(listWith({ 7: 1 }), await keyFor('EdDSA'));
    const resolver = await trustingResolver();
    for (const type of [['BitstringStatusListEntry'], ['ExampleEntry', 'BitstringStatusListEntry']]) {
      const e = { ...entry(7), type };
      const error = await expectCode(
        verifyCredentialDocument(await withStatus(e), resolver, { now: NOW, status: { fetch } }),
        'ERR_CREDENTIAL_REVOKED',
      );
      expect(error['status']).toEqual([expect.objectContaining({ outcome: 'revoked', index: '7' })]);
      expect(await checkStatus(e, resolver, { issuer: ISSUER, now: NOW, fetch })).toMatchObject({ outcome: 'revoked' });
    }
  });

  it('reads a list credential whose subject type is an array holding BitstringStatusList', async () => {
    const fetch = await serveEdited((_document, subject) => {
      subject['type'] = ['BitstringStatusList'];
    });
    const result = await checkStatus(entry(7), await trustingResolver(), { issuer: ISSUER, now: NOW, fetch });
    expect(result).toMatchObject({ outcome: 'revoked', value: 1 });
  });

  it('any type array is checked exactly when it holds the entry type (string members, any order)', async () => {
    const fetch = await serveList(listWith({ 7: 1 }), await keyFor('EdDSA'));
    const resolver = await trustingResolver();
    const other = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s !== 'BitstringStatusListEntry');
    await fc.assert(
      fc.asyncProperty(fc.array(other, { maxLength: 3 }), fc.nat(3), fc.boolean(), async (others, at, holds) => {
        const type = holds ? [...others.slice(0, at), 'BitstringStatusListEntry', ...others.slice(at)] : others;
        if (type.length === 0) return;
        const token = await withStatus({ ...entry(7), type });
        if (holds) {
          await expectCode(
            verifyCredentialDocument(token, resolver, { now: NOW, status: { fetch } }),
            'ERR_CREDENTIAL_REVOKED',
          );
        } else {
          const calls = fetch.calls.length;
          const v = await verifyCredentialDocument(token, resolver, { now: NOW, status: { fetch } });
          expect(v.checks).toContainEqual({ name: 'status', outcome: 'not-checked' });
          expect(fetch.calls.length).toBe(calls);
        }
      }),
      { numRuns: 30, seed: Number(process.env['FC_SEED'] ?? 17) },
    );
  });
});

describe('status purposes the verifier cannot interpret', () => {
  for (const bit of [1, 0]) {
    it(`an unknown purpose is unknown, never valid (bit ${bit}), and nothing is fetched`, async () => {
      const index = bit === 1 ? 7 : 8;
      const fetch = await serveEdited((_document, subject) => {
        subject['statusPurpose'] = ['revocation', 'publication'];
      });
      const resolver = await trustingResolver();
      const e = entry(index, 'publication');
      const result = await checkStatus(e, resolver, { issuer: ISSUER, now: NOW, fetch });
      expect(result).toMatchObject({ outcome: 'unknown', reason: 'STATUS_VERIFICATION_ERROR' });
      expect(result.detail).toMatch(/publication/);
      const token = await withStatus(e);
      const error = await expectCode(
        verifyCredentialDocument(token, resolver, { now: NOW, status: { fetch } }),
        'ERR_STATUS_UNAVAILABLE',
      );
      expect(error['status']).toEqual([expect.objectContaining({ outcome: 'unknown', purpose: 'publication' })]);
      const soft = await verifyCredentialDocument(token, resolver, { now: NOW, status: { fetch, softFail: true } });
      expect(soft.status[0]?.outcome).toBe('unknown');
      expect(soft.checks).toContainEqual({ name: 'status', outcome: 'not-checked' });
      await expectCode(
        verifyCredentialDocument(token, resolver, { now: NOW, requireStatus: true, status: { fetch, softFail: true } }),
        'ERR_STATUS_UNAVAILABLE',
      );
      expect(fetch.calls).toEqual([]);
    });
  }

  it('the four purposes of the specification are interpreted (a set bit: revoked, suspended, or reported)', async () => {
    const resolver = await trustingResolver();
    const outcomes: Record<string, string> = {};
    for (const purpose of ['revocation', 'suspension', 'message', 'refresh']) {
      const fetch = await serveEdited((_document, subject) => {
        subject['statusPurpose'] = purpose;
      });
      outcomes[purpose] = (await checkStatus(entry(7, purpose), resolver, { issuer: ISSUER, now: NOW, fetch })).outcome;
    }
    expect(outcomes).toEqual({ revocation: 'revoked', suspension: 'suspended', message: 'valid', refresh: 'valid' });
  });
});
