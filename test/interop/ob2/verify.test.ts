import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import { fromOpenBadge2, type OpenBadge2Options } from '../../../src/interop/index.js';
import { rsaKey, type Site, signJws, siteFetch } from './ob2-support.js';

const HOST = 'https://badges.uni.example';
const ISSUER = `${HOST}/issuer.json`;
const BADGE = `${HOST}/badges/data.json`;
const KEY = `${HOST}/keys/1.json`;
const LIST = `${HOST}/revocations.json`;
const HOSTED = `${HOST}/assertions/1.json`;
const NOW = new Date('2026-06-01T00:00:00Z');
const key = rsaKey();

const issuer = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Issuer',
  id: ISSUER,
  name: 'Universiteit Voorbeeld',
  url: HOST,
  email: 'badges@uni.example',
  publicKey: KEY,
  revocationList: LIST,
  'extensions:InstitutionCountryExtension': {
    type: ['Extension', 'extensions:InstitutionCountryExtension'],
    InstitutionCountry: 'NL',
  },
};
// Shaped like Edubadges' own seeded BadgeClasses (edubadges-server apps/mainsite/seeds/03_badgeclasses.py).
const badge = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'BadgeClass',
  id: BADGE,
  name: 'Data literacy',
  description: 'Reading and judging data.',
  image: `${HOST}/badges/data.png`,
  criteria: { narrative: 'Pass the final test.' },
  issuer: ISSUER,
  'extensions:ECTSExtension': { type: ['Extension', 'extensions:ECTSExtension'], ECTS: 2.5 },
  'extensions:EQFExtension': { type: ['Extension', 'extensions:EQFExtension'], EQF: 7 },
  'extensions:TimeInvestmentExtension': {
    type: ['Extension', 'extensions:TimeInvestmentExtension'],
    TimeInvestment: 70,
  },
  'extensions:LearningOutcomeExtension': {
    type: ['Extension', 'extensions:LearningOutcomeExtension'],
    LearningOutcome: 'Will appreciate the benefits of learning a foreign language.',
  },
};
const cryptoKey = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'CryptographicKey',
  id: KEY,
  owner: ISSUER,
  publicKeyPem: key.pem,
};
const recipient = { type: 'email', hashed: true, salt: 's', identity: `sha256$${'0'.repeat(64)}` };
const signedAssertion = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'urn:uuid:3c574c87-b96f-4f06-8eb5-68a29335b60e',
  recipient,
  badge: BADGE,
  issuedOn: '2026-01-15T10:00:00+01:00',
  verification: { type: 'SignedBadge', creator: KEY },
};
const hostedAssertion = { ...signedAssertion, id: HOSTED, verification: { type: 'HostedBadge' } };
const revocations = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'RevocationList',
  id: LIST,
  revokedAssertions: [],
};

function site(overrides: Site = {}): Site {
  return {
    [ISSUER]: { body: issuer },
    [BADGE]: { body: badge },
    [KEY]: { body: cryptoKey },
    [LIST]: { body: revocations },
    [HOSTED]: { body: hostedAssertion },
    ...overrides,
  };
}
const opts = (overrides: Site = {}): OpenBadge2Options => ({ now: NOW, fetch: siteFetch(site(overrides)) });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; path?: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (isMicrocredError(error)) return { code: error.code, path: (error as { path?: unknown }).path };
    throw error;
  }
  return { code: 'no error' };
}

describe('signed Open Badges 2.0 assertions', () => {
  it('verify with the issuer key and import the Edubadges extensions, each named in a warning', async () => {
    const result = await fromOpenBadge2(signJws(signedAssertion, key.privateKey), opts());
    expect(result.verification).toEqual({
      method: 'signed',
      assertionId: signedAssertion.id,
      badgeId: BADGE,
      issuerId: ISSUER,
      keyId: KEY,
      revocationList: 'checked',
      verifiedAt: NOW.toISOString(),
    });
    expect(result.complete).toBe(false);
    if (result.complete) return;
    expect(result.draft).toMatchObject({
      title: 'Data literacy',
      issuer: { id: ISSUER, legalName: 'Universiteit Voorbeeld', country: 'NL' },
      issued: '2026-01-15T10:00:00+01:00',
      workload: { credits: [{ value: '2.5', unit: 'ECTS' }], hours: '70' },
      level: { eqf: 7 },
      learningOutcomes: [{ text: 'Will appreciate the benefits of learning a foreign language.' }],
    });
    expect(result.missing).toEqual(['assessment', 'participation', 'qualityAssurance']);
    const community = result.warnings.filter((w) => w.code === 'community-term').map((w) => w.path.join('.'));
    expect(community).toEqual([
      'badge.extensions:TimeInvestmentExtension.TimeInvestment',
      'badge.extensions:ECTSExtension.ECTS',
      'badge.extensions:EQFExtension.EQF',
      'badge.extensions:LearningOutcomeExtension.LearningOutcome',
      'badge.issuer.extensions:InstitutionCountryExtension.InstitutionCountry',
    ]);
  });

  it('an Edubadges extension value of the wrong shape is kept, not mapped', async () => {
    const bad = { ...badge, 'extensions:EQFExtension': { EQF: 9 } };
    const result = await fromOpenBadge2(signJws(signedAssertion, key.privateKey), opts({ [BADGE]: { body: bad } }));
    expect(result.complete || result.draft['level']).toBe(undefined);
    expect(result.warnings.find((w) => w.path.join('.') === 'badge.extensions:EQFExtension')?.code).toBe(
      'invalid-value',
    );
  });

  it('a listed assertion on the revocation list is revoked', async () => {
    const list = {
      ...revocations,
      revokedAssertions: [{ id: signedAssertion.id, revocationReason: 'Issued in error.' }],
    };
    expect(
      await refusal(fromOpenBadge2(signJws(signedAssertion, key.privateKey), opts({ [LIST]: { body: list } }))),
    ).toEqual({
      code: 'ERR_CREDENTIAL_REVOKED',
      path: ['id'],
    });
    const byString = { ...revocations, revokedAssertions: [signedAssertion.id] };
    expect(
      (await refusal(fromOpenBadge2(signJws(signedAssertion, key.privateKey), opts({ [LIST]: { body: byString } }))))
        .code,
    ).toBe('ERR_CREDENTIAL_REVOKED');
    expect(
      (await refusal(fromOpenBadge2(signJws(signedAssertion, key.privateKey), opts({ [LIST]: undefined })))).code,
    ).toBe('ERR_STATUS_UNAVAILABLE');
  });

  it('expired: expires at or before now', async () => {
    const expiring = { ...signedAssertion, expires: NOW.toISOString() };
    expect((await refusal(fromOpenBadge2(signJws(expiring, key.privateKey), opts()))).code).toBe('ERR_JWT_EXPIRED');
    const later = { ...signedAssertion, expires: new Date(NOW.getTime() + 1000).toISOString() };
    expect((await fromOpenBadge2(signJws(later, key.privateKey), opts())).verification.expires).toBe(later.expires);
  });

  it('a key not owned by the issuer, or not listed by it, is refused', async () => {
    const token = signJws(signedAssertion, key.privateKey);
    const stranger = { ...cryptoKey, owner: 'https://evil.example/issuer.json' };
    expect(await refusal(fromOpenBadge2(token, opts({ [KEY]: { body: stranger } })))).toMatchObject({
      code: 'ERR_KEY_RESOLUTION',
    });
    const unlisted = { ...issuer, publicKey: `${HOST}/keys/2.json` };
    expect(await refusal(fromOpenBadge2(token, opts({ [ISSUER]: { body: unlisted } })))).toEqual({
      code: 'ERR_KEY_RESOLUTION',
      path: ['verification', 'creator'],
    });
  });

  it('a signature by another key, a weak key, another algorithm or header tricks are refused', async () => {
    const other = rsaKey();
    expect((await refusal(fromOpenBadge2(signJws(signedAssertion, other.privateKey), opts()))).code).toBe(
      'ERR_JWT_SIGNATURE',
    );
    const weak = rsaKey(1024);
    const weakKey = { ...cryptoKey, publicKeyPem: weak.pem };
    expect(
      (await refusal(fromOpenBadge2(signJws(signedAssertion, weak.privateKey), opts({ [KEY]: { body: weakKey } }))))
        .code,
    ).toBe('ERR_KEY_INVALID');
    const hs = signJws(signedAssertion, key.privateKey, { alg: 'HS256' });
    expect((await refusal(fromOpenBadge2(hs, opts()))).code).toBe('ERR_JWT_ALG_NOT_ALLOWED');
    const jku = signJws(signedAssertion, key.privateKey, { alg: 'RS256', jku: 'https://evil.example/jwks' });
    expect(await refusal(fromOpenBadge2(jku, opts()))).toEqual({ code: 'ERR_JWT_INVALID', path: ['header', 'jku'] });
    const [h, p] = signJws(signedAssertion, key.privateKey).split('.');
    expect((await refusal(fromOpenBadge2(`${h}.${p}.AAAA`, opts()))).code).toBe('ERR_JWT_SIGNATURE');
  });

  it('a JWS whose assertion declares hosted verification, and a signed assertion given without its JWS', async () => {
    expect((await refusal(fromOpenBadge2(signJws(hostedAssertion, key.privateKey), opts()))).code).toBe(
      'ERR_JWT_CLAIM_MISMATCH',
    );
    expect((await refusal(fromOpenBadge2(signedAssertion, opts()))).code).toBe('ERR_VALIDATION');
  });

  it('missing required properties are listed together', async () => {
    const { issuedOn: _, badge: __, ...partial } = signedAssertion;
    try {
      await fromOpenBadge2(signJws(partial, key.privateKey), opts());
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isMicrocredError(error, 'ERR_VALIDATION') && error.issues.map((i) => i.path.join('.'))).toEqual([
        'badge',
        'issuedOn',
      ]);
    }
  });
});

describe('signed Open Badges 2.0 assertions: keys and token shape', () => {
  it('without a creator, the keys the issuer lists are tried (embedded in the fetched Profile or linked)', async () => {
    const { verification: _, ...rest } = signedAssertion;
    const noCreator = { ...rest, verification: { type: 'signed' } };
    const embedded = {
      ...issuer,
      publicKey: [{ id: `${HOST}/keys/0.json`, owner: ISSUER, publicKeyPem: rsaKey().pem }, KEY],
    };
    const result = await fromOpenBadge2(signJws(noCreator, key.privateKey), opts({ [ISSUER]: { body: embedded } }));
    expect(result.verification.keyId).toBe(KEY);
    const none = { ...issuer, publicKey: [] };
    expect(
      (await refusal(fromOpenBadge2(signJws(noCreator, key.privateKey), opts({ [ISSUER]: { body: none } })))).code,
    ).toBe('ERR_KEY_RESOLUTION');
  });

  it('a key that is not an RSA SPKI PEM, and an issuer with no fetchable id, are refused', async () => {
    const token = signJws(signedAssertion, key.privateKey);
    const pkcs1 = { ...cryptoKey, publicKeyPem: '-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----' };
    expect((await refusal(fromOpenBadge2(token, opts({ [KEY]: { body: pkcs1 } })))).code).toBe('ERR_KEY_INVALID');
    const garbage = { ...cryptoKey, publicKeyPem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' };
    expect((await refusal(fromOpenBadge2(token, opts({ [KEY]: { body: garbage } })))).code).toBe('ERR_KEY_INVALID');
    const urnIssuer = { ...badge, issuer: { id: 'urn:uuid:1', type: 'Profile', name: 'x' } };
    expect((await refusal(fromOpenBadge2(token, opts({ [BADGE]: { body: urnIssuer } })))).code).toBe(
      'ERR_KEY_RESOLUTION',
    );
  });

  it('malformed tokens: non-canonical segments, a payload that is not an object, over the size cap', async () => {
    const [h, p, sig] = signJws(signedAssertion, key.privateKey).split('.') as [string, string, string];
    expect((await refusal(fromOpenBadge2(`${h}=.${p}.${sig}`, opts()))).code).toBe('ERR_VALIDATION');
    const array = Buffer.from('[1]').toString('base64url');
    expect((await refusal(fromOpenBadge2(`${h}.${array}.${sig}`, opts()))).code).toBe('ERR_JWT_INVALID');
    expect((await refusal(fromOpenBadge2(`${h}.${p}.${sig}`, { ...opts(), maxBytes: 100 }))).code).toBe(
      'ERR_INPUT_TOO_LARGE',
    );
  });

  it('an incomplete recipient and an alignment without a name are kept, not mapped', async () => {
    const odd = { ...signedAssertion, recipient: { type: 'email', identity: 'x' } };
    const aligned = { ...badge, alignment: [{ targetUrl: 'https://esco.example/skill/1' }] };
    const result = await fromOpenBadge2(signJws(odd, key.privateKey), opts({ [BADGE]: { body: aligned } }));
    const codes = result.warnings.map((w) => `${w.code} ${w.path.join('.')}`);
    expect(codes).toContain('invalid-value recipient');
    expect(codes).toContain('invalid-value badge.alignment.0');
    expect(result.complete || result.missing).toContain('learner');
  });
});

describe('hosted Open Badges 2.0 assertions', () => {
  it('verify on the issuer origin by default', async () => {
    const result = await fromOpenBadge2(hostedAssertion, opts());
    expect(result.verification.method).toBe('hosted');
    expect(result.verification.assertionId).toBe(HOSTED);
  });

  it('the given object is trusted only for its id: the hosted copy is what is imported', async () => {
    const forged = { ...hostedAssertion, issuedOn: '1999-01-01T00:00:00Z' };
    const result = await fromOpenBadge2(forged, opts());
    expect(result.assertion['issuedOn']).toBe(hostedAssertion.issuedOn);
  });

  it('wrong origin: not the issuer origin, outside allowedOrigins, outside startsWith', async () => {
    const elsewhere = 'https://cdn.example/assertions/1.json';
    const moved = { ...hostedAssertion, id: elsewhere };
    expect(await refusal(fromOpenBadge2(moved, opts({ [elsewhere]: { body: moved } })))).toEqual({
      code: 'ERR_JWT_CLAIM_MISMATCH',
      path: ['id'],
    });
    const allowing = { ...issuer, verification: { type: 'VerificationObject', allowedOrigins: 'cdn.example' } };
    const ok = await fromOpenBadge2(moved, opts({ [elsewhere]: { body: moved }, [ISSUER]: { body: allowing } }));
    expect(ok.verification.assertionId).toBe(elsewhere);
    expect((await refusal(fromOpenBadge2(hostedAssertion, opts({ [ISSUER]: { body: allowing } })))).code).toBe(
      'ERR_JWT_CLAIM_MISMATCH',
    );
    const prefixed = { ...issuer, verification: { startsWith: [`${HOST}/other/`] } };
    expect((await refusal(fromOpenBadge2(hostedAssertion, opts({ [ISSUER]: { body: prefixed } })))).code).toBe(
      'ERR_JWT_CLAIM_MISMATCH',
    );
    const covering = { ...issuer, verification: { startsWith: [`${HOST}/assertions/`] } };
    expect((await fromOpenBadge2(hostedAssertion, opts({ [ISSUER]: { body: covering } }))).verification.method).toBe(
      'hosted',
    );
  });

  it('the hosted copy must carry the id it was fetched from', async () => {
    const other = { ...hostedAssertion, id: `${HOST}/assertions/2.json` };
    expect(await refusal(fromOpenBadge2(hostedAssertion, opts({ [HOSTED]: { body: other } })))).toEqual({
      code: 'ERR_JWT_CLAIM_MISMATCH',
      path: ['id'],
    });
  });

  it('410 Gone is a revocation; other failures make the status unavailable; redirects are not followed', async () => {
    expect((await refusal(fromOpenBadge2(HOSTED, opts({ [HOSTED]: { status: 410, body: '' } })))).code).toBe(
      'ERR_CREDENTIAL_REVOKED',
    );
    expect((await refusal(fromOpenBadge2(HOSTED, opts({ [HOSTED]: { status: 500, body: '' } })))).code).toBe(
      'ERR_STATUS_UNAVAILABLE',
    );
    expect((await refusal(fromOpenBadge2(HOSTED, opts({ [HOSTED]: { status: 302, body: '' } })))).code).toBe(
      'ERR_STATUS_UNAVAILABLE',
    );
  });

  it('URL rules as for did:web: no plain http, no local hosts, only allowed hosts when listed', async () => {
    expect((await refusal(fromOpenBadge2('http://badges.uni.example/a.json', opts()))).code).toBe(
      'ERR_STATUS_UNAVAILABLE',
    );
    expect((await refusal(fromOpenBadge2('https://localhost/a.json', opts()))).code).toBe('ERR_STATUS_UNAVAILABLE');
    const asked: string[] = [];
    const limited = { now: NOW, fetch: siteFetch(site(), asked), allowedHosts: ['other.example'] };
    expect((await refusal(fromOpenBadge2(HOSTED, limited))).code).toBe('ERR_STATUS_UNAVAILABLE');
    expect(asked).toEqual([]);
  });

  it('bad input and options are typed errors', async () => {
    expect((await refusal(fromOpenBadge2(42, opts()))).code).toBe('ERR_VALIDATION');
    expect((await refusal(fromOpenBadge2('not a badge', opts()))).code).toBe('ERR_VALIDATION');
    expect((await refusal(fromOpenBadge2({ verification: { type: 'x' } }, opts()))).code).toBe('ERR_VALIDATION');
    expect((await refusal(fromOpenBadge2(HOSTED, { now: new Date(Number.NaN) }))).code).toBe('ERR_OPTIONS_INVALID');
    expect((await refusal(fromOpenBadge2(HOSTED, { nope: 1 } as never))).code).toBe('ERR_OPTIONS_INVALID');
    expect((await refusal(fromOpenBadge2(hostedAssertion, { ...opts(), unmappable: 'reject' }))).code).toBe(
      'ERR_INTEROP_UNMAPPABLE',
    );
  });
});
