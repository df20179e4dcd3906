import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  createTokenStatusListCache,
  type TokenStatusOptions,
  type TokenStatusResult,
  verifyEudiPresentation,
} from '../../../src/eudi/index.js';
import { didJwkFromJwk, didJwkResolver, generateIssuerKey } from '../../../src/jwt/index.js';
import { fakeFetch } from '../../jwt/fake-fetch.js';
import { expectCode } from '../../jwt/fixtures.js';
import { NOW, setup } from '../support.js';
import { attestation, attestationWithStatus, JWT_TYPE, LIST, listToken, rawToken, serve } from './support.js';

const verify = (token: string, status: TokenStatusOptions | false, now = NOW) =>
  verifyEudiPresentation(token, didJwkResolver(), { now, status });
const IAT = Math.floor(NOW.getTime() / 1000) - 3600;
/** The token with header members added, unsigned again (jose refuses to sign a `crit` it does not know). */
const withHeader = (token: string, extra: Record<string, unknown>): string => {
  const [header, ...rest] = token.split('.');
  const parsed = JSON.parse(Buffer.from(header as string, 'base64url').toString()) as Record<string, unknown>;
  return [Buffer.from(JSON.stringify({ ...parsed, ...extra })).toString('base64url'), ...rest].join('.');
};

/** The soft-fail result and the hard-fail error of one faulty setup: both must say the same. */
async function unknown(token: string, status: TokenStatusOptions, now = NOW): Promise<TokenStatusResult> {
  const error = await expectCode(verify(token, status, now), 'ERR_STATUS_UNAVAILABLE');
  expect(error['path']).toEqual(['payload', 'status', 'status_list']);
  const soft = await verify(token, { ...status, softFail: true }, now);
  expect(soft.status?.outcome).toBe('unknown');
  expect(soft.checks).toContainEqual({ name: 'status', outcome: 'not-checked' });
  return soft.status as TokenStatusResult;
}

describe('Token Status List through verifyEudiPresentation', () => {
  it('valid, revoked and suspended, with the same codes as the JWT verifier', async () => {
    const fetch = serve(await listToken({ 3: 1, 4: 2, 5: 0 }));
    const valid = await verify(await attestation(5), { fetch });
    expect(valid.status).toEqual({ uri: LIST, idx: 5, outcome: 'valid', value: 0 });
    expect(valid.checks).toContainEqual({ name: 'status', outcome: 'passed' });
    const revoked = await expectCode(verify(await attestation(3), { fetch }), 'ERR_CREDENTIAL_REVOKED');
    expect(revoked['status']).toEqual([
      { purpose: 'status_list', list: LIST, index: '3', outcome: 'revoked', value: 1 },
    ]);
    await expectCode(verify(await attestation(4), { fetch }), 'ERR_CREDENTIAL_SUSPENDED');
    // Soft-fail never turns revoked or suspended into a pass: it only concerns an unknown status.
    await expectCode(verify(await attestation(3), { fetch, softFail: true }), 'ERR_CREDENTIAL_REVOKED');
    expect(fetch.calls.every((url) => url === LIST)).toBe(true);
  });

  it('asks for application/statuslist+jwt, without credentials, and follows no redirect', async () => {
    const seen: RequestInit[] = [];
    const token = await listToken({});
    const fetch = fakeFetch({
      [LIST]: (_url, init) => {
        seen.push(init);
        return new Response(token, { headers: JWT_TYPE });
      },
    });
    await verify(await attestation(1), { fetch });
    expect(seen[0]).toMatchObject({
      method: 'GET',
      redirect: 'manual',
      credentials: 'omit',
      headers: { accept: 'application/statuslist+jwt' },
    });
  });

  it('reads the draft’s example Status List Token claims (bits 0xB9 0xA3) signed by the issuer', async () => {
    const uri = 'https://example.com/statuslists/1';
    const token = await rawToken(
      { typ: 'statuslist+jwt' },
      {
        exp: 2291720170,
        iat: 1686920170,
        status_list: { bits: 1, lst: 'eNrbuRgAAhcBXQ' },
        sub: uri,
        ttl: 43200,
      },
    );
    const fetch = fakeFetch({ [uri]: { body: token, headers: JWT_TYPE } });
    expect((await verify(await attestation(1, uri), { fetch })).status?.outcome).toBe('valid');
    await expectCode(verify(await attestation(0, uri), { fetch }), 'ERR_CREDENTIAL_REVOKED');
    await expectCode(verify(await attestation(15, uri), { fetch }), 'ERR_CREDENTIAL_REVOKED');
    expect((await unknown(await attestation(16, uri), { fetch })).reason).toBe('RANGE_ERROR');
  });

  it('an application-specific or unassigned value is unknown, never valid', async () => {
    const fetch = serve(await listToken({ 2: 3 }));
    expect(await unknown(await attestation(2), { fetch })).toMatchObject({
      value: 3,
      reason: 'UNKNOWN_STATUS_TYPE',
    });
  });

  it('takes a Status List Token the caller holds instead of fetching, verified all the same', async () => {
    const fetch = fakeFetch({});
    const tokens = { [LIST]: await listToken({ 9: 1 }) };
    expect((await verify(await attestation(8), { fetch, tokens })).status?.outcome).toBe('valid');
    await expectCode(verify(await attestation(9), { fetch, tokens }), 'ERR_CREDENTIAL_REVOKED');
    const stranger = await generateIssuerKey('ES256');
    const forged = { [LIST]: await listToken({}, { key: { ...stranger, kid: (await setup()).issuerKey.kid } }) };
    expect(await unknown(await attestation(9), { fetch, tokens: forged })).toMatchObject({
      reason: 'STATUS_VERIFICATION_ERROR',
      code: 'ERR_JWT_SIGNATURE',
    });
    expect(fetch.calls).toEqual([]);
  });

  it('status: false skips the check and says so', async () => {
    const fetch = fakeFetch({});
    const skipped = await verifyEudiPresentation(await attestation(1), didJwkResolver(), { now: NOW, status: false });
    expect(skipped.status).toEqual({ uri: LIST, idx: 1, outcome: 'unknown' });
    expect(skipped.checks).toContainEqual({ name: 'status', outcome: 'not-checked' });
    expect(fetch.calls).toEqual([]);
  });
});

describe('every fault is unknown with a reason and a typed code, and fails closed', () => {
  it('retrieval: refused URLs are never fetched; fetch errors, statuses, redirects, sizes, content types', async () => {
    const none = fakeFetch({});
    for (const uri of [
      'http://uni.example/status/1',
      'https://127.0.0.1/s',
      'https://localhost/s',
      'https://x.internal/s',
    ]) {
      const token = await attestationWithStatus({ status_list: { idx: 1, uri } });
      expect(await unknown(token, { fetch: none })).toMatchObject({
        uri,
        reason: 'STATUS_RETRIEVAL_ERROR',
        code: 'ERR_STATUS_UNAVAILABLE',
      });
    }
    expect(none.calls).toEqual([]);
    const good = await listToken({});
    const token = await attestation(1);
    const cases: [string, ReturnType<typeof fakeFetch>, object?][] = [
      ['unreachable', fakeFetch({ [LIST]: () => Promise.reject(new TypeError('fetch failed')) })],
      ['not found', fakeFetch({})],
      ['server error', fakeFetch({ [LIST]: { body: good, status: 500, headers: JWT_TYPE } })],
      ['redirect', fakeFetch({ [LIST]: { body: '', status: 302, headers: { location: 'https://10.0.0.1/' } } })],
      ['too large', serve(good), { maxBytes: 100 }],
      ['no content type', fakeFetch({ [LIST]: () => new Response(new TextEncoder().encode(good)) })],
      ['HTML', serve(good, { 'content-type': 'text/html' })],
      ['plain JWT', serve(good, { 'content-type': 'application/jwt' })],
      ['hosts', serve(good), { allowedHosts: ['other.example'] }],
    ];
    for (const [name, fetch, extra] of cases) {
      const result = await unknown(token, { fetch, ...extra });
      expect(result, name).toMatchObject({ reason: 'STATUS_RETRIEVAL_ERROR', code: 'ERR_STATUS_UNAVAILABLE' });
    }
    const charset = serve(good, { 'content-type': 'Application/StatusList+JWT; charset=utf-8' });
    expect((await verify(token, { fetch: charset })).status?.outcome).toBe('valid');
  });

  it('verification: typ, sub, iat, exp, signature, issuer, ttl, shape', async () => {
    const token = await attestation(1);
    const list = { bits: 1, lst: 'eNrbuRgAAhcBXQ' };
    const claims = { sub: LIST, iat: IAT, status_list: list };
    const stranger = await generateIssuerKey('ES256');
    const strangerDid = didJwkFromJwk(stranger.publicJwk);
    const { issuerKey } = await setup();
    const cases: [string, string, string][] = [
      ['typ JWT', await rawToken({ typ: 'JWT' }, claims), 'ERR_JWT_TYPE'],
      ['no typ', await rawToken({}, claims), 'ERR_JWT_TYPE'],
      ['credential typ', await rawToken({ typ: 'dc+sd-jwt' }, claims), 'ERR_JWT_TYPE'],
      ['cty', await rawToken({ typ: 'statuslist+jwt', cty: 'JWT' }, claims), 'ERR_JWT_TYPE'],
      ['crit', withHeader(await rawToken({ typ: 'statuslist+jwt' }, claims), { crit: ['x'], x: 1 }), 'ERR_JWT_INVALID'],
      ['sub', await listToken({}, { uri: 'https://uni.example/status/2' }), 'ERR_JWT_CLAIM_MISMATCH'],
      ['no sub', await rawToken({ typ: 'statuslist+jwt' }, { iat: IAT, status_list: list }), 'ERR_JWT_CLAIM_MISMATCH'],
      ['no iat', await rawToken({ typ: 'statuslist+jwt' }, { sub: LIST, status_list: list }), 'ERR_JWT_CLAIM_INVALID'],
      [
        'future iat',
        await rawToken({ typ: 'statuslist+jwt' }, { ...claims, iat: IAT + 7200 }),
        'ERR_JWT_CLAIM_INVALID',
      ],
      ['ms exp', await rawToken({ typ: 'statuslist+jwt' }, { ...claims, exp: IAT * 1000 }), 'ERR_JWT_CLAIM_INVALID'],
      ['expired', await listToken({}, { validForSeconds: 60 }), 'ERR_JWT_EXPIRED'],
      ['nbf', await rawToken({ typ: 'statuslist+jwt' }, { ...claims, nbf: IAT + 7200 }), 'ERR_JWT_NOT_YET_VALID'],
      ['ttl 0', await rawToken({ typ: 'statuslist+jwt' }, { ...claims, ttl: 0 }), 'ERR_JWT_CLAIM_INVALID'],
      ['ttl text', await rawToken({ typ: 'statuslist+jwt' }, { ...claims, ttl: '60' }), 'ERR_JWT_CLAIM_INVALID'],
      ['signature', await listToken({}, { key: { ...stranger, kid: issuerKey.kid as string } }), 'ERR_JWT_SIGNATURE'],
      [
        'other issuer',
        await listToken({}, { key: { ...stranger, kid: `${strangerDid}#0` }, issuer: strangerDid }),
        'ERR_JWT_CLAIM_MISMATCH',
      ],
      ['iss not text', await rawToken({ typ: 'statuslist+jwt' }, { ...claims, iss: 7 }), 'ERR_JWT_CLAIM_INVALID'],
      [
        'alg',
        `${(await rawToken({ typ: 'statuslist+jwt' }, claims)).split('.').slice(0, 2).join('.')}.`,
        'ERR_JWT_INVALID',
      ],
      ['not a JWT', 'not a token', 'ERR_JWT_INVALID'],
    ];
    for (const [name, listJwt, code] of cases) {
      const result = await unknown(token, { fetch: serve(listJwt) });
      expect(result, name).toMatchObject({ reason: 'STATUS_VERIFICATION_ERROR', code });
    }
  });

  it('trusted issuers: a list signed by a partner counts only when the caller trusts that partner', async () => {
    const partner = await generateIssuerKey('EdDSA');
    const partnerDid = didJwkFromJwk(partner.publicJwk);
    const fetch = serve(await listToken({ 1: 1 }, { key: { ...partner, kid: `${partnerDid}#0` }, issuer: partnerDid }));
    const token = await attestation(1);
    expect(await unknown(token, { fetch })).toMatchObject({ code: 'ERR_JWT_CLAIM_MISMATCH' });
    await expectCode(verify(token, { fetch, trustedIssuers: [partnerDid] }), 'ERR_CREDENTIAL_REVOKED');
  });

  it('malformed lists: bits, lst, ZLIB garbage, a decompression bomb, an index past the end', async () => {
    const token = await attestation(1);
    const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
    const withList = (statusList: unknown) =>
      rawToken({ typ: 'statuslist+jwt' }, { sub: LIST, iat: IAT, status_list: statusList });
    const bomb = b64(deflateSync(new Uint8Array(4 * 1024 * 1024), { level: 9 }));
    const cases: [string, string, object, string][] = [
      ['bits 3', await withList({ bits: 3, lst: 'eNrbuRgAAhcBXQ' }), {}, 'ERR_STATUS_UNAVAILABLE'],
      ['no list', await withList(undefined), {}, 'ERR_STATUS_UNAVAILABLE'],
      ['lst padding', await withList({ bits: 1, lst: 'eNrbuRgAAhcBXQ==' }), {}, 'ERR_STATUS_UNAVAILABLE'],
      ['garbage', await withList({ bits: 1, lst: b64(new Uint8Array([9, 9, 9, 9])) }), {}, 'ERR_STATUS_UNAVAILABLE'],
      ['bomb', await withList({ bits: 1, lst: bomb }), { maxDecodedBytes: 1024 * 1024 }, 'ERR_INPUT_TOO_LARGE'],
    ];
    for (const [name, listJwt, extra, code] of cases) {
      const result = await unknown(token, { fetch: serve(listJwt), ...extra });
      expect(result, name).toMatchObject({ reason: 'MALFORMED_VALUE_ERROR', code });
    }
    const short = serve(await listToken({}, { length: 16, bits: 1 }));
    expect(await unknown(await attestation(16), { fetch: short })).toMatchObject({ reason: 'RANGE_ERROR' });
    expect((await verify(await attestation(15), { fetch: short })).status?.outcome).toBe('valid');
  });

  it('a malformed status claim in the attestation is refused outright, soft-fail or not', async () => {
    for (const status of [{}, { status_list: { idx: -1, uri: LIST } }, { status_list: { idx: '1', uri: LIST } }, 7]) {
      const token = await attestationWithStatus(status);
      await expectCode(verify(token, { fetch: fakeFetch({}), softFail: true }), 'ERR_JWT_CLAIM_INVALID');
    }
  });

  it('refuses malformed status options', async () => {
    const token = await attestation(1);
    for (const status of [
      { cache: {} },
      { tokens: [] },
      { tokens: { [LIST]: 5 } },
      { timeoutMs: -1 },
      { nope: 1 },
      'x',
    ]) {
      await expectCode(verify(token, status as never), 'ERR_OPTIONS_INVALID');
    }
  });
});

describe('caching', () => {
  it('a shared cache fetches once per issuer and list until ttl, and never serves a list past exp', async () => {
    let ms = NOW.getTime();
    const cache = createTokenStatusListCache({ clock: () => ms });
    const fetch = serve(await listToken({ 2: 1 }, { ttl: 120, validForSeconds: 7200 }), {
      ...JWT_TYPE,
      'cache-control': 'no-store',
    });
    await verify(await attestation(1), { fetch, cache });
    await expectCode(verify(await attestation(2), { fetch, cache }), 'ERR_CREDENTIAL_REVOKED');
    // ttl (120 s) comes before the HTTP no-store, as the draft asks.
    expect(fetch.calls).toHaveLength(1);
    ms += 121_000;
    await verify(await attestation(1), { fetch, cache });
    expect(fetch.calls).toHaveLength(2);
    // At a `now` past the token's exp (issued an hour before NOW, valid two hours), the cached copy is refused.
    const later = new Date(NOW.getTime() + 3_700_000);
    expect(await unknown(await attestation(1), { fetch, cache }, later)).toMatchObject({ code: 'ERR_JWT_EXPIRED' });
  });

  it('remembers a failure briefly, so one unreachable list is not fetched per presentation', async () => {
    const cache = createTokenStatusListCache();
    const fetch = fakeFetch({});
    const token = await attestation(1);
    await unknown(token, { fetch, cache });
    expect(fetch.calls).toHaveLength(1);
    cache.clear();
    await unknown(token, { fetch, cache });
    expect(fetch.calls).toHaveLength(2);
  });
});
