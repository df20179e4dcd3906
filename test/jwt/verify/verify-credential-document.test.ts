import { describe, expect, it } from 'vitest';
import type { SigningAlgorithm } from '../../../src/jwt/algorithms.js';
import { keyThumbprint } from '../../../src/jwt/keys/verification-key.js';
import type { JwtProfile } from '../../../src/jwt/profiles.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import type { KeyResolver } from '../../../src/jwt/resolvers/types.js';
import { signCredentialDocument } from '../../../src/jwt/sign/sign-credential-document.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import {
  expectCode,
  ISSUER,
  keyFor,
  LEARNER,
  NOW,
  obDocument,
  segmentJson,
  vc2Document,
  vc11Document,
} from '../fixtures.js';
import { documentFor, forge, tokenFor, trustingResolver, vcJosePayload } from '../tokens.js';

const PROFILES: readonly JwtProfile[] = ['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'];
const ALGS: readonly SigningAlgorithm[] = ['EdDSA', 'ES256', 'ES384', 'PS256'];
const at = (iso: string) => ({ now: new Date(iso), status: false as const });

describe('verifyCredentialDocument: every profile and algorithm', () => {
  for (const profile of PROFILES) {
    for (const alg of ALGS) {
      it(`${profile} / ${alg}: verifies and reports only verified data`, async () => {
        const key = await keyFor(alg);
        const token = await tokenFor(profile, alg);
        const v = await verifyCredentialDocument(token, await trustingResolver(alg), { now: NOW });
        expect(v.profile).toBe(profile);
        expect(v.issuer).toBe(ISSUER);
        expect(v.document).toEqual(documentFor(profile));
        expect(v.key).toEqual({ kid: key.kid, alg, thumbprint: await keyThumbprint(key.publicJwk), source: 'static' });
        expect(v.header['alg']).toBe(alg);
        expect(v.status).toEqual([]);
        expect(v.checks.map((c) => `${c.name}:${c.outcome}`)).toEqual([
          'size:passed',
          'shape:passed',
          'header:passed',
          'key:passed',
          'signature:passed',
          'claims:passed',
          'credential:passed',
          'credentialSchema:not-applicable',
          'status:not-applicable',
        ]);
      });
    }
  }

  it('accepts RS256 only when enabled, and only for Open Badges', async () => {
    const ob = await tokenFor('ob30-jwt', 'RS256');
    const resolver = await trustingResolver('RS256');
    await expectCode(verifyCredentialDocument(ob, resolver, { now: NOW }), 'ERR_JWT_ALG_NOT_ALLOWED');
    const options = { now: NOW, algorithms: ['EdDSA', 'RS256'] as SigningAlgorithm[] };
    expect((await verifyCredentialDocument(ob, resolver, options)).profile).toBe('ob30-jwt');
    for (const profile of ['vc-jose-cose', 'vc11-jwt'] as const) {
      // Our signer refuses RS256 outside Open Badges, so these tokens are made with jose directly.
      const ps256 = await tokenFor(profile, 'PS256');
      const header = { ...segmentJson(ps256, 0), alg: 'RS256', kid: (await keyFor('RS256')).kid };
      const rs256 = await forge(header, segmentJson(ps256, 1), 'RS256');
      await expectCode(verifyCredentialDocument(rs256, resolver, options), 'ERR_JWT_ALG_NOT_ALLOWED');
    }
  });

  it('accepts one trusted key instead of a resolver, and a CryptoKey', async () => {
    const key = await keyFor('ES256');
    const token = await tokenFor('vc-jose-cose', 'ES256');
    expect((await verifyCredentialDocument(token, key.publicJwk, { now: NOW })).key.source).toBe('static');
    expect((await verifyCredentialDocument(token, key.publicKey, { now: NOW })).issuer).toBe(ISSUER);
  });
});

describe('claim mapping', () => {
  it('vc11-jwt: copies iss, jti, sub, nbf and exp into the absent properties', async () => {
    const { issuer: _i, id: _id, issuanceDate: _d, ...rest } = vc11Document();
    const payload = {
      iss: ISSUER,
      jti: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      sub: LEARNER,
      nbf: 1_735_689_600,
      exp: 1_798_761_600,
      vc: { ...rest, credentialSubject: { degree: 'x' } },
    };
    const token = await forge({ alg: 'EdDSA', typ: 'JWT' }, payload);
    const v = await verifyCredentialDocument(token, await trustingResolver(), at('2025-06-01T00:00:00Z'));
    expect(v.document).toMatchObject({
      issuer: ISSUER,
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      issuanceDate: '2025-01-01T00:00:00Z',
      expirationDate: '2027-01-01T00:00:00Z',
      credentialSubject: { id: LEARNER, degree: 'x' },
    });
    expect(v.validity).toEqual({
      from: '2025-01-01T00:00:00Z',
      until: '2027-01-01T00:00:00Z',
      jwtNbf: 1_735_689_600,
      jwtExp: 1_798_761_600,
    });
  });

  it('vc-jose-cose: the JWT claims are not part of the returned credential', async () => {
    const v = await verifyCredentialDocument(await tokenFor('vc-jose-cose'), await trustingResolver(), { now: NOW });
    for (const claim of ['iss', 'jti', 'sub', 'iat']) expect(v.document).not.toHaveProperty(claim);
    expect(v.validity.jwtIat).toBe(Math.floor(NOW.getTime() / 1000));
  });

  it('allows a vc+jwt without iss only on request, with a kid under the issuer', async () => {
    const { iss: _iss, ...payload } = vcJosePayload();
    const withKid = await forge({ alg: 'EdDSA', typ: 'vc+jwt', kid: `${ISSUER}#key-1` }, payload);
    const key = await keyFor('EdDSA');
    const resolver = staticKeyResolver({ [ISSUER]: { kid: `${ISSUER}#key-1`, key: key.publicJwk } });
    await expectCode(verifyCredentialDocument(withKid, resolver, { now: NOW }), 'ERR_JWT_CLAIM_INVALID');
    expect((await verifyCredentialDocument(withKid, resolver, { now: NOW, allowMissingIss: true })).issuer).toBe(
      ISSUER,
    );
    const noKid = await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, payload);
    await expectCode(
      verifyCredentialDocument(noKid, resolver, { now: NOW, allowMissingIss: true }),
      'ERR_JWT_CLAIM_INVALID',
    );
    const foreignKid = await forge({ alg: 'EdDSA', typ: 'vc+jwt', kid: 'https://uni.example.evil/#k' }, payload);
    await expectCode(
      verifyCredentialDocument(foreignKid, resolver, { now: NOW, allowMissingIss: true }),
      'ERR_JWT_CLAIM_INVALID',
    );
  });
});

describe('time', () => {
  const token = (overrides: Record<string, unknown>) =>
    forge({ alg: 'EdDSA', typ: 'vc+jwt' }, vcJosePayload(overrides));

  it('jwt exp: expired at exp − tolerance exactly, valid one second before', async () => {
    const exp = Math.floor(NOW.getTime() / 1000);
    const t = await token({ exp, iat: exp - 100 });
    const resolver = await trustingResolver();
    const atSecond = (s: number, clockTolerance = 0) => ({
      now: new Date(s * 1000),
      clockTolerance,
      status: false as const,
    });
    expect((await verifyCredentialDocument(t, resolver, atSecond(exp - 1))).validity.jwtExp).toBe(exp);
    await expectCode(verifyCredentialDocument(t, resolver, atSecond(exp)), 'ERR_JWT_EXPIRED');
    expect((await verifyCredentialDocument(t, resolver, atSecond(exp + 59, 60))).issuer).toBe(ISSUER);
    await expectCode(verifyCredentialDocument(t, resolver, atSecond(exp + 60, 60)), 'ERR_JWT_EXPIRED');
  });

  it('jwt nbf and iat: not before, and never issued in the future', async () => {
    const s = Math.floor(NOW.getTime() / 1000);
    const resolver = await trustingResolver();
    await expectCode(
      verifyCredentialDocument(await token({ nbf: s + 61 }), resolver, { now: NOW }),
      'ERR_JWT_NOT_YET_VALID',
    );
    expect((await verifyCredentialDocument(await token({ nbf: s + 60 }), resolver, { now: NOW })).issuer).toBe(ISSUER);
    await expectCode(
      verifyCredentialDocument(await token({ iat: s + 61 }), resolver, { now: NOW }),
      'ERR_JWT_CLAIM_INVALID',
    );
  });

  it('NumericDates must be integers in range', async () => {
    const s = Math.floor(NOW.getTime() / 1000);
    const resolver = await trustingResolver();
    for (const exp of [s + 100.5, (s + 100) * 1000 * 1000, 1e308, -1, '2030', null, 253_402_300_800]) {
      const error = await expectCode(
        verifyCredentialDocument(await token({ exp }), resolver, { now: NOW }),
        'ERR_JWT_CLAIM_INVALID',
      );
      expect(error['path']).toEqual(['payload', 'exp']);
    }
  });

  it('credential validity: validFrom and validUntil with the same now and tolerance, layer named in the path', async () => {
    const resolver = await trustingResolver();
    const future = await token({ validFrom: '2025-06-01T12:01:01Z' });
    const error = await expectCode(verifyCredentialDocument(future, resolver, { now: NOW }), 'ERR_JWT_NOT_YET_VALID');
    expect(error['path']).toEqual(['credential', 'validFrom']);
    const past = await token({ validUntil: '2025-06-01T11:59:00Z' });
    expect(
      (await expectCode(verifyCredentialDocument(past, resolver, { now: NOW }), 'ERR_JWT_EXPIRED'))['path'],
    ).toEqual(['credential', 'validUntil']);
    const inverted = await token({ validFrom: '2025-01-02T00:00:00Z', validUntil: '2026-01-01T00:00:00Z' });
    expect((await verifyCredentialDocument(inverted, resolver, { now: NOW })).validity.until).toBe(
      '2026-01-01T00:00:00Z',
    );
    const backwards = await token({
      validFrom: '2025-05-02T00:00:00Z',
      validUntil: '2025-05-01T00:00:00Z',
      iat: 1_700_000_000,
    });
    const e = await expectCode(
      verifyCredentialDocument(backwards, resolver, { now: new Date('2025-05-01T12:00:00Z'), clockTolerance: 86_400 }),
      'ERR_VALIDATION',
    );
    expect(e['issues']).toEqual([
      expect.objectContaining({ code: 'invalid_combination', path: ['credential', 'validUntil'] }),
    ]);
  });
});

describe('options', () => {
  it('refuses malformed options before doing anything', async () => {
    const token = await tokenFor('vc-jose-cose');
    const resolver = await trustingResolver();
    const bad: unknown[] = [
      { algorithms: ['none'] },
      { algorithms: ['HS256'] },
      { algorithms: [] },
      { algorithms: 'EdDSA' },
      { profiles: ['jwt'] },
      { profiles: [] },
      { clockTolerance: -1 },
      { clockTolerance: 1.5 },
      { clockTolerance: 86_401 },
      { now: new Date('nope') },
      { now: '2025-01-01' },
      { maxTokenBytes: 0 },
      { limits: { maxDepth: 0 } },
      { limits: { bogus: 1 } },
      { issuer: '' },
      { issuer: [] },
      { audience: [5] },
      { allowMissingIss: 'yes' },
      { requireStatus: 1 },
      { timeoutMs: 0 },
      { signal: {} },
      { status: { softFail: 'no' } },
      { status: { trustedIssuers: 'x' } },
      { status: { cache: {} } },
      { status: { maxDecodedBytes: 0 } },
      { status: { bogus: 1 } },
      { unknownOption: true },
      'options',
    ];
    for (const options of bad) {
      await expect(
        verifyCredentialDocument(token, resolver, options as never),
        JSON.stringify(options),
      ).rejects.toMatchObject({
        code: 'ERR_OPTIONS_INVALID',
      });
    }
  });

  it('checks the expected issuer before any key lookup', async () => {
    let asked = 0;
    const resolver: KeyResolver = async (r) => {
      asked += 1;
      return (await trustingResolver())(r);
    };
    const token = await tokenFor('vc-jose-cose');
    await expectCode(
      verifyCredentialDocument(token, resolver, { now: NOW, issuer: 'https://other.example' }),
      'ERR_JWT_CLAIM_MISMATCH',
    );
    expect(asked).toBe(0);
    expect((await verifyCredentialDocument(token, resolver, { now: NOW, issuer: [ISSUER] })).issuer).toBe(ISSUER);
  });

  it('checks the audience only when asked', async () => {
    const resolver = await trustingResolver();
    const token = await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, vcJosePayload({ aud: ['https://lms.example'] }));
    expect((await verifyCredentialDocument(token, resolver, { now: NOW })).issuer).toBe(ISSUER);
    expect(
      (await verifyCredentialDocument(token, resolver, { now: NOW, audience: 'https://lms.example' })).issuer,
    ).toBe(ISSUER);
    await expectCode(
      verifyCredentialDocument(token, resolver, { now: NOW, audience: 'https://other.example' }),
      'ERR_JWT_CLAIM_MISMATCH',
    );
    const noAud = await tokenFor('vc-jose-cose');
    await expectCode(
      verifyCredentialDocument(noAud, resolver, { now: NOW, audience: 'https://lms.example' }),
      'ERR_JWT_CLAIM_INVALID',
    );
  });

  it('restricts profiles', async () => {
    const resolver = await trustingResolver();
    await expectCode(
      verifyCredentialDocument(await tokenFor('ob30-jwt'), resolver, { now: NOW, profiles: ['vc-jose-cose'] }),
      'ERR_JWT_TYPE',
    );
  });

  it('bounds the whole verification in time, whatever the resolver does', async () => {
    const hanging: KeyResolver = () => new Promise(() => undefined);
    const error = await expectCode(
      verifyCredentialDocument(await tokenFor('vc-jose-cose'), hanging, { now: NOW, timeoutMs: 30 }),
      'ERR_KEY_RESOLUTION',
    );
    expect((error['checks'] as { name: string }[]).map((c) => c.name)).toEqual(['size', 'shape', 'header']);
    const aborted = new AbortController();
    aborted.abort();
    await expectCode(
      verifyCredentialDocument(await tokenFor('vc-jose-cose'), hanging, { now: NOW, signal: aborted.signal }),
      'ERR_KEY_RESOLUTION',
    );
  });

  it('reports a credentialSchema it does not check as not-checked', async () => {
    const token = await signCredentialDocument(
      vc2Document({ credentialSchema: { id: 'https://uni.example/schema.json', type: 'JsonSchema' } }),
      await keyFor('EdDSA'),
      { now: NOW },
    );
    const v = await verifyCredentialDocument(token, await trustingResolver(), { now: NOW });
    expect(v.checks).toContainEqual({ name: 'credentialSchema', outcome: 'not-checked' });
  });

  it('checks an OB credential in a vc+jwt token against the OB envelope too', async () => {
    const { name: _n, ...noName } = obDocument();
    const ob = { ...noName, id: undefined };
    const token = await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, { ...ob, iss: ISSUER });
    await expectCode(verifyCredentialDocument(token, await trustingResolver(), { now: NOW }), 'ERR_VALIDATION');
  });
});
