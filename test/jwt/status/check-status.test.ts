import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import { signCredentialDocument } from '../../../src/jwt/sign/sign-credential-document.js';
import { checkStatus } from '../../../src/jwt/status/check-status.js';
import { MIN_STATUS_LIST_ENTRIES } from '../../../src/jwt/status/status-list.js';
import { createStatusListCache } from '../../../src/jwt/status/status-list-cache.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { fakeFetch } from '../fake-fetch.js';
import { b64u as b64, expectCode, ISSUER, keyFor, NOW, vc2Document } from '../fixtures.js';
import { trustingResolver } from '../tokens.js';
import { entry, LIST_URL, listWith, serveList } from './status-server.js';

const withStatus = async (status: unknown) =>
  signCredentialDocument(vc2Document({ credentialStatus: status }), await keyFor('EdDSA'), { now: NOW });
const check = async (e: unknown, fetch: ReturnType<typeof fakeFetch>, extra: object = {}) =>
  checkStatus(e, await trustingResolver(), { issuer: ISSUER, now: NOW, fetch, ...extra });

describe('status in verifyCredentialDocument', () => {
  it('valid, revoked and suspended outcomes', async () => {
    const key = await keyFor('EdDSA');
    const fetch = await serveList(listWith({ 7: 1 }), key);
    const resolver = await trustingResolver();
    const ok = await verifyCredentialDocument(await withStatus(entry(8)), resolver, { now: NOW, status: { fetch } });
    expect(ok.status).toEqual([{ purpose: 'revocation', list: LIST_URL, index: '8', outcome: 'valid', value: 0 }]);
    expect(ok.checks).toContainEqual({ name: 'status', outcome: 'passed' });
    const revoked = await expectCode(
      verifyCredentialDocument(await withStatus(entry('007')), resolver, { now: NOW, status: { fetch } }),
      'ERR_CREDENTIAL_REVOKED',
    );
    expect(revoked['status']).toEqual([
      { purpose: 'revocation', list: LIST_URL, index: '7', outcome: 'revoked', value: 1 },
    ]);
    const suspendedFetch = await serveList(listWith({ 3: 1 }, { purpose: 'suspension' }), key);
    await expectCode(
      verifyCredentialDocument(await withStatus([entry(3, 'suspension')]), resolver, {
        now: NOW,
        status: { fetch: suspendedFetch },
      }),
      'ERR_CREDENTIAL_SUSPENDED',
    );
  });

  it('fails closed when the list cannot be had, and soft-fail reports unknown, never valid', async () => {
    const resolver = await trustingResolver();
    const token = await withStatus(entry(1));
    const down = fakeFetch({});
    const e = await expectCode(
      verifyCredentialDocument(token, resolver, { now: NOW, status: { fetch: down } }),
      'ERR_STATUS_UNAVAILABLE',
    );
    expect(e['status']).toEqual([expect.objectContaining({ outcome: 'unknown', reason: 'STATUS_RETRIEVAL_ERROR' })]);
    const soft = await verifyCredentialDocument(token, resolver, { now: NOW, status: { fetch: down, softFail: true } });
    expect(soft.status[0]?.outcome).toBe('unknown');
    expect(soft.checks).toContainEqual({ name: 'status', outcome: 'not-checked' });
  });

  it('status: false skips the check and says so; requireStatus fails without a checkable entry', async () => {
    const resolver = await trustingResolver();
    const v = await verifyCredentialDocument(await withStatus(entry(1)), resolver, { now: NOW, status: false });
    expect(v.checks).toContainEqual({ name: 'status', outcome: 'not-checked' });
    expect(v.status).toEqual([]);
    const plain = await signCredentialDocument(vc2Document(), await keyFor('EdDSA'), { now: NOW });
    await expectCode(
      verifyCredentialDocument(plain, resolver, { now: NOW, requireStatus: true }),
      'ERR_STATUS_UNAVAILABLE',
    );
    const other = await withStatus({ type: 'StatusList2021Entry', id: 'https://uni.example/s#1' });
    const skipped = await verifyCredentialDocument(other, resolver, { now: NOW });
    expect(skipped.checks).toContainEqual({ name: 'status', outcome: 'not-checked' });
    await expectCode(
      verifyCredentialDocument(other, resolver, { now: NOW, requireStatus: true }),
      'ERR_STATUS_UNAVAILABLE',
    );
    const mixed = await withStatus([entry(1), { type: 'StatusList2021Entry' }]);
    const fetch = await serveList(listWith({}), await keyFor('EdDSA'));
    await expectCode(
      verifyCredentialDocument(mixed, resolver, { now: NOW, requireStatus: true, status: { fetch } }),
      'ERR_STATUS_UNAVAILABLE',
    );
  });
});

describe('checkStatus: every fault is unknown with the specification reason', () => {
  it('retrieval: unreachable, redirected, oversized, or a URL the rules refuse (never fetched)', async () => {
    const fetch = fakeFetch({ [LIST_URL]: { body: '', status: 302, headers: { location: 'https://10.0.0.1/' } } });
    expect(await check(entry(1), fetch)).toMatchObject({ outcome: 'unknown', reason: 'STATUS_RETRIEVAL_ERROR' });
    const none = fakeFetch({});
    for (const url of [
      'http://uni.example/status/1',
      'https://127.0.0.1/status',
      'https://169.254.169.254/latest',
      'https://localhost/s',
    ]) {
      expect(await check(entry(1, 'revocation', url), none)).toMatchObject({
        outcome: 'unknown',
        reason: 'STATUS_RETRIEVAL_ERROR',
      });
    }
    expect(none.calls).toEqual([]);
    const big = await serveList(listWith({}), await keyFor('EdDSA'));
    expect(await check(entry(1), big, { maxBytes: 100 })).toMatchObject({ reason: 'STATUS_RETRIEVAL_ERROR' });
  });

  it('verification: wrong key, another issuer, wrong purpose, a list served at another URL, expired, not a list', async () => {
    const key = await keyFor('EdDSA');
    const other = await keyFor('EdDSA', 'other');
    expect(await check(entry(1), await serveList(listWith({}), other))).toMatchObject({
      reason: 'STATUS_VERIFICATION_ERROR',
    });
    const foreign = await serveList(listWith({}), key, 'https://partner.example');
    const partnerResolver = await trustingResolver();
    const viaPartner = async (extra: object) =>
      checkStatus(entry(1), async (r) => ({ ...(await partnerResolver({ ...r, issuer: ISSUER })), issuer: r.issuer }), {
        issuer: ISSUER,
        now: NOW,
        fetch: foreign,
        ...extra,
      });
    expect(await viaPartner({})).toMatchObject({ reason: 'STATUS_VERIFICATION_ERROR' });
    expect(await viaPartner({ trustedIssuers: ['https://partner.example'] })).toMatchObject({ outcome: 'valid' });
    const fetch = await serveList(listWith({}), key);
    expect(await check(entry(1, 'suspension'), fetch)).toMatchObject({ reason: 'STATUS_VERIFICATION_ERROR' });
    const elsewhere = listWith({}, { url: 'https://uni.example/status/2' });
    const moved = await serveList(elsewhere, key);
    const servedWrong = fakeFetch({ [LIST_URL]: async () => (await moved(elsewhere.url, {})).clone() });
    expect(await check(entry(1), servedWrong)).toMatchObject({ reason: 'STATUS_VERIFICATION_ERROR' });
    expect(
      await checkStatus(entry(1), await trustingResolver(), {
        issuer: ISSUER,
        now: new Date('2030-01-01T00:00:00Z'),
        fetch,
      }),
    ).toMatchObject({
      reason: 'STATUS_VERIFICATION_ERROR',
    });
    const notList = await signCredentialDocument(vc2Document({ id: LIST_URL }), key, { now: NOW });
    expect(await check(entry(1), fakeFetch({ [LIST_URL]: { body: notList } }))).toMatchObject({
      reason: 'STATUS_VERIFICATION_ERROR',
    });
    expect(
      await check(
        entry(1),
        fakeFetch({ [LIST_URL]: { body: { '@context': [], type: 'BitstringStatusListCredential' } } }),
      ),
    ).toMatchObject({
      reason: 'STATUS_VERIFICATION_ERROR',
    });
  });

  it('malformed: bad entries, corrupt encodedList, gzip bombs', async () => {
    const key = await keyFor('EdDSA');
    const fetch = await serveList(listWith({}), key);
    for (const bad of [
      { ...entry(1), statusListIndex: 1 },
      { ...entry(1), statusListIndex: '-1' },
      { ...entry(1), statusSize: 9 },
      null,
    ]) {
      expect(await check(bad, fetch)).toMatchObject({ outcome: 'unknown', reason: 'MALFORMED_VALUE_ERROR' });
    }
    const { gzipSync } = await import('node:zlib');
    for (const encodedList of [
      'not-multibase',
      `u${b64(new Uint8Array(gzipSync(new Uint8Array(20 * 1024 * 1024))))}`,
      'uAAAA',
    ]) {
      const doc = {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id: LIST_URL,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: ISSUER,
        validFrom: '2025-01-01T00:00:00Z',
        credentialSubject: {
          id: `${LIST_URL}#list`,
          type: 'BitstringStatusList',
          statusPurpose: 'revocation',
          encodedList,
        },
      };
      const token = await signCredentialDocument(doc, key, { now: NOW });
      expect(
        await check(entry(1), fakeFetch({ [LIST_URL]: { body: token } }), { maxDecodedBytes: 1024 * 1024 }),
      ).toMatchObject({
        reason: 'MALFORMED_VALUE_ERROR',
      });
    }
  });

  it('length and range: lists below 131,072 entries, indexes at or past the end', async () => {
    const key = await keyFor('EdDSA');
    const list = listWith({});
    const short = { ...list, bits: list.bits.slice(0, 1000) };
    const { gzipSync } = await import('node:zlib');
    const encodedList = `u${b64(new Uint8Array(gzipSync(short.bits)))}`;
    const doc = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: LIST_URL,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: ISSUER,
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: ['revocation', 'suspension'], encodedList },
    };
    const token = await signCredentialDocument(doc, key, { now: NOW });
    expect(await check(entry(1), fakeFetch({ [LIST_URL]: { body: token } }))).toMatchObject({
      reason: 'STATUS_LIST_LENGTH_ERROR',
    });
    const fetch = await serveList(list, key);
    expect(await check(entry(MIN_STATUS_LIST_ENTRIES - 1), fetch)).toMatchObject({ outcome: 'valid' });
    for (const index of [MIN_STATUS_LIST_ENTRIES, '99999999999999999999']) {
      expect(await check(entry(index), fetch)).toMatchObject({ outcome: 'unknown', reason: 'RANGE_ERROR' });
    }
  });

  it('reads multi-bit message lists and reports the message', async () => {
    const messages = Array.from({ length: 4 }, (_, i) => ({ status: `0x${i}`, message: `m${i}` }));
    const list = listWith({ 9: 2 }, { purpose: 'message', statusSize: 2, statusMessages: messages });
    const fetch = await serveList(list, await keyFor('EdDSA'));
    const e = { ...entry(9, 'message'), statusSize: 2, statusMessage: messages };
    expect(await check(e, fetch)).toEqual({
      purpose: 'message',
      list: LIST_URL,
      index: '9',
      outcome: 'valid',
      value: 2,
      message: 'm2',
    });
  });

  it('accepts a list served as an EnvelopedVerifiableCredential', async () => {
    const served = await serveList(listWith({ 4: 1 }), await keyFor('EdDSA'));
    const token = await (await served(LIST_URL, {})).text();
    const envelope = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: 'EnvelopedVerifiableCredential',
      id: `data:application/vc+jwt,${token}`,
    };
    expect(await check(entry(4), fakeFetch({ [LIST_URL]: { body: envelope } }))).toMatchObject({ outcome: 'revoked' });
    const wrong = { ...envelope, id: `data:text/plain,${token}` };
    expect(await check(entry(4), fakeFetch({ [LIST_URL]: { body: wrong } }))).toMatchObject({
      reason: 'STATUS_VERIFICATION_ERROR',
    });
  });
});

describe('status options', () => {
  it('verifies lists with dedicated keys when given, and refuses malformed options', async () => {
    const listKey = await keyFor('ES256', 'lists');
    const fetch = await serveList(listWith({ 2: 1 }), listKey);
    const listKeys = staticKeyResolver({ [ISSUER]: listKey.publicJwk });
    expect(await check(entry(2), fetch)).toMatchObject({ reason: 'STATUS_VERIFICATION_ERROR' });
    expect(await check(entry(2), fetch, { keys: listKeys })).toMatchObject({ outcome: 'revoked' });
    for (const bad of [
      { softFail: 1 },
      { trustedIssuers: [1] },
      { cache: 'x' },
      { maxDecodedBytes: 0 },
      { timeoutMs: 0 },
    ]) {
      await expect(check(entry(1), fetch, bad)).rejects.toMatchObject({ code: 'ERR_OPTIONS_INVALID' });
    }
  });
});

describe('status list cache', () => {
  it('fetches a list once while fresh, keeps revocations for good, and refetches after the ttl', async () => {
    let clock = 0;
    const cache = createStatusListCache({ clock: () => clock, defaultTtlMs: 1000 });
    const key = await keyFor('EdDSA');
    const fetch = await serveList(listWith({ 5: 1 }), key);
    const options = { cache, fetch };
    expect(await check(entry(1), fetch, options)).toMatchObject({ outcome: 'valid' });
    expect(await check(entry(5), fetch, options)).toMatchObject({ outcome: 'revoked' });
    expect(fetch.calls).toHaveLength(1);
    clock += 400_000; // past the list's ttl (5 minutes)
    const down = fakeFetch({});
    expect(await check(entry(5), down, { cache, fetch: down })).toMatchObject({ outcome: 'revoked' });
    expect(await check(entry(1), down, { cache, fetch: down })).toMatchObject({ outcome: 'unknown' });
    expect(down.calls).toHaveLength(1);
    cache.clear();
    expect(await check(entry(5), down, { cache, fetch: down })).toMatchObject({ outcome: 'unknown' });
  });

  it('honours Cache-Control: no-store', async () => {
    const cache = createStatusListCache();
    const served = await serveList(listWith({}), await keyFor('EdDSA'));
    const token = await (await served(LIST_URL, {})).text();
    const fetch = fakeFetch({ [LIST_URL]: { body: token, headers: { 'cache-control': 'no-store' } } });
    await check(entry(1), fetch, { cache });
    await check(entry(1), fetch, { cache });
    expect(fetch.calls).toHaveLength(2);
  });
});

describe('property: encode then check returns the stored value', () => {
  it('for random lists of 1–8-bit entries, and RANGE_ERROR past the end', async () => {
    const key = await keyFor('EdDSA');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.nat(MIN_STATUS_LIST_ENTRIES - 1),
        fc.nat(255),
        async (size, index, raw) => {
          const value = raw % 2 ** size;
          const messages = Array.from({ length: 2 ** size }, (_, i) => ({
            status: `0x${i.toString(16)}`,
            message: String(i),
          }));
          const list = listWith(
            { [index]: value },
            size === 1 ? { purpose: 'suspension' } : { purpose: 'message', statusSize: size, statusMessages: messages },
          );
          const fetch = await serveList(list, key);
          const purpose = size === 1 ? 'suspension' : 'message';
          const e =
            size === 1
              ? entry(index, purpose)
              : { ...entry(index, purpose), statusSize: size, statusMessage: messages };
          const result = await check(e, fetch);
          expect(result.value).toBe(value);
          expect(await check({ ...e, statusListIndex: String(list.length) }, fetch)).toMatchObject({
            reason: 'RANGE_ERROR',
          });
        },
      ),
      { numRuns: 25, seed: Number(process.env['FC_SEED'] ?? 11) },
    );
  });
});
