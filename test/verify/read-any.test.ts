import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signDataIntegrityCredential } from '../../src/data-integrity/index.js';
import { isMicrocredError } from '../../src/errors.js';
import { issueEudiCredential, presentEudiCredential } from '../../src/eudi/index.js';
import { parseMicroCredential } from '../../src/index.js';
import { bakeBadgeImage } from '../../src/interop/index.js';
import {
  didJwkResolver,
  didKeyFromJwk,
  generateIssuerKey,
  type JwtProfile,
  signCredential,
  signCredentialDocument,
} from '../../src/jwt/index.js';
import { READ_NOTICE, type ReadAnyResult, readAny, verifyAny } from '../../src/verify/index.js';
import { AUD, NONCE, NOW, setup } from '../eudi/support.js';
import { insertBeforeIend, itxtData, makePng, rawChunk } from '../interop/badge-image/png-support.js';
import { exampleBlocks, rsaKey, signJws, siteFetch } from '../interop/ob2/ob2-support.js';
import { readFixture, readFixtureText, readJsonFixture } from '../support/fixtures.js';

const DCC = 'data-integrity/dcc/verifiableCredentials/';
const IMAGES = 'badge-images/1edtech-validator/';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as Record<string, unknown>;
/** The credential with another title (`microcred:title` in its subject), as a forger would write it. */
const retitle = (doc: Record<string, unknown>, title: string) => ({
  ...doc,
  credentialSubject: { ...(doc['credentialSubject'] as object), 'microcred:title': title },
});
/** The token with its payload replaced and its header and signature kept: a forgery. */
const withPayload = (token: string, payload: unknown) => {
  const [h, , s] = token.split('.');
  return `${h}.${b64(payload)}.${s}`;
};

async function codeOf(p: Promise<unknown>): Promise<{ code: string | undefined; error: unknown }> {
  try {
    await p;
  } catch (error) {
    return { code: isMicrocredError(error) ? error.code : undefined, error };
  }
  return { code: undefined, error: undefined };
}

/** What makes a result unmistakably unverified: the flag, the notice, and none of a verification's members. */
function expectUnverified(r: ReadAnyResult): void {
  expect(r.verified).toBe(false);
  expect(r.notice).toBe(READ_NOTICE);
  expect(r.unchecked.length).toBeGreaterThan(0);
  expect(r).not.toHaveProperty('checks');
  expect(r).not.toHaveProperty('status');
  expect(r).not.toHaveProperty('issuer');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readAny: compact JWS', () => {
  it.each(['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'] as const)(
    '%s: reads the micro-credential and says nothing was verified',
    async (format: JwtProfile) => {
      const { issuerKey, mc, did } = await setup();
      const token = await signCredential(mc, issuerKey, { format, now: NOW });
      const r = await readAny(token);
      expectUnverified(r);
      expect(r.unchecked).toEqual(['signature', 'issuer', 'validity', 'status']);
      expect(r).toMatchObject({ format: 'jwt', profile: format, kind: 'micro-credential', claimedIssuer: did });
      expect(r.credential).toEqual(mc);
    },
  );

  it('a forged payload under a real signature still reads (it is not a verifier), and verifyAny refuses it', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { now: NOW });
    const forged = withPayload(token, retitle(payloadOf(token), 'Forged title'));
    const r = await readAny(forged);
    expectUnverified(r);
    expect(r.credential?.title).toBe('Forged title');
    const v = await codeOf(verifyAny(forged, didJwkResolver(), { now: NOW, status: false }));
    expect(v.code).toBe('ERR_JWT_SIGNATURE');
  });

  it('an expired token is read all the same: no clock is consulted', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential({ ...mc, validUntil: '2025-08-01T00:00:00Z' }, issuerKey, { now: NOW });
    const later = await codeOf(verifyAny(token, didJwkResolver(), { now: new Date('2030-01-01'), status: false }));
    expect(later.code).toBe('ERR_JWT_EXPIRED');
    expect((await readAny(token)).credential?.validUntil).toBe('2025-08-01T00:00:00Z');
  });

  it('applies the verifier structural limits: size, depth, repeated member names, canonical segments', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { now: NOW });
    expect((await codeOf(readAny(token, { maxTokenBytes: token.length - 1 }))).code).toBe('ERR_INPUT_TOO_LARGE');
    expect((await codeOf(readAny(token, { maxTokenBytes: token.length }))).code).toBeUndefined();
    const payload = payloadOf(token);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 80; i += 1) deep = { d: deep };
    const tooDeep = withPayload(token, { ...payload, deep });
    expect((await codeOf(readAny(tooDeep))).code).toBe('ERR_INPUT_TOO_LARGE');
    const text = JSON.stringify(payload);
    const duplicated = `${token.split('.')[0]}.${Buffer.from(`{"id":"urn:x:a",${text.slice(1)}`).toString('base64url')}.c2ln`;
    expect((await codeOf(readAny(duplicated))).code).toBe('ERR_JWT_INVALID');
    const padded = `${token}=`;
    expect((await codeOf(readAny(padded))).code).toMatch(/^ERR_/);
  });
});

describe('readAny: SD-JWT VC', () => {
  it('reads the disclosed claims without the key-binding JWT or a key', async () => {
    const { issuerKey, wallet, mc, did } = await setup();
    const { token } = await issueEudiCredential(mc, issuerKey, {
      type: 'dc4eu',
      holderKey: wallet.publicJwk,
      now: NOW,
    });
    const presentation = await presentEudiCredential(token, {
      keyBinding: { key: wallet, audience: AUD, nonce: NONCE, now: NOW },
    });
    for (const input of [token, presentation]) {
      const r = await readAny(input);
      expectUnverified(r);
      expect(r.unchecked).toContain('key-binding');
      expect(r).toMatchObject({ format: 'sd-jwt', kind: 'micro-credential', claimedIssuer: did });
      expect(r.credential).toEqual(mc);
    }
  });
  it('the header type and the vct must name a micro-credential attestation', async () => {
    const sdJwt = (header: unknown, payload: unknown) => `${b64(header)}.${b64(payload)}.c2ln~`;
    const typ = await codeOf(readAny(sdJwt({ alg: 'ES256', typ: 'JWT' }, { iss: 'https://uni.example' })));
    expect(typ.code).toBe('ERR_JWT_TYPE');
    expect((typ.error as Error).message).toMatch(/dc\+sd-jwt/);
    const vct = await codeOf(readAny(sdJwt({ alg: 'ES256', typ: 'dc+sd-jwt' }, { vct: 'urn:example:pid' })));
    expect(vct.code).toBe('ERR_JWT_TYPE');
    expect((vct.error as Error).message).toMatch(/vct/);
  });
  it('a disclosure no digest references is refused, as the verifier refuses it', async () => {
    const { issuerKey, wallet, mc } = await setup();
    const { token } = await issueEudiCredential(mc, issuerKey, {
      type: 'dc4eu',
      holderKey: wallet.publicJwk,
      now: NOW,
    });
    const extra = Buffer.from(JSON.stringify(['salt', 'hobby', 'chess'])).toString('base64url');
    expect((await codeOf(readAny(`${token}${extra}~`))).code).toBe('ERR_SD_JWT_DISCLOSURE');
  });
});

describe('readAny: CLR bundles', () => {
  it('each item is read on its own: a tampered token reads (unverified), a malformed item is reported, not dropped', async () => {
    const { issuerKey, mc, did } = await setup();
    const good = await signCredential(mc, issuerKey, { format: 'ob30-jwt', now: NOW });
    const tampered = `${good.slice(0, -4)}AAAA`;
    const clr = await signCredentialDocument(
      {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        id: 'urn:uuid:7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        type: ['VerifiableCredential', 'ClrCredential'],
        issuer: { id: did, type: ['Profile'], name: 'Uni' },
        name: 'Transcript',
        validFrom: '2025-01-01T00:00:00Z',
        credentialSubject: {
          id: 'did:example:learner',
          type: ['ClrSubject'],
          verifiableCredential: [good, tampered, 'not a credential'],
        },
      },
      issuerKey,
      { format: 'ob30-jwt', now: NOW },
    );
    const r = await readAny(clr);
    expectUnverified(r);
    expect(r.kind).toBe('clr');
    const [first, second, third] = r.items ?? [];
    for (const item of [first, second]) {
      expect(item && 'result' in item && item.result.credential).toEqual(mc);
      if (item && 'result' in item) expectUnverified(item.result);
    }
    expect(third && 'error' in third && third.error.code).toBe('ERR_INPUT_UNSUPPORTED');
  });
});

describe('readAny: Data Integrity documents', () => {
  it('a signed credential reads back; a tampered one reads too, and says it is unverified', async () => {
    const { mc } = await setup();
    const key = await generateIssuerKey('EdDSA');
    const did = didKeyFromJwk(key.publicJwk);
    const own = parseMicroCredential({ ...mc, issuer: { ...mc.issuer, id: did } });
    const signed = await signDataIntegrityCredential(own, key, { created: NOW, format: 'vc20' });
    const r = await readAny(signed);
    expectUnverified(r);
    expect(r).toMatchObject({ format: 'data-integrity', kind: 'micro-credential', claimedIssuer: did });
    expect(r.unchecked).toEqual(['proof', 'issuer', 'validity', 'status']);
    expect(r.credential).toEqual(own);
    const tampered = await readAny(retitle(signed, 'Tampered'));
    expectUnverified(tampered);
    expect(tampered.credential?.title).toBe('Tampered');
  });

  it('real Digital Credentials Consortium credentials (VC 1.1 and 2.0, an endorsement)', async () => {
    const v2 = await readAny(readJsonFixture(`${DCC}v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry.json`));
    expect(v2).toMatchObject({ format: 'data-integrity', kind: 'micro-credential' });
    expect(v2.missing).toEqual(['learningOutcomes', 'workload', 'level', 'participation', 'qualityAssurance']);
    const v1 = await readAny(readJsonFixture(`${DCC}v1/dataIntegrityProof/didKey/legacy-noStatus-noExpiry.json`));
    expect(v1.draft?.['title']).toBeDefined();
    expect(v1.missing).toContain('learner');
    const endorsement = await readAny(
      readJsonFixture(`${DCC}v2/bothSignatureTypes/didkey/legacy-noStatus-notExpired-endorsement.json`),
    );
    expect(endorsement).toMatchObject({ kind: 'endorsement', endorsed: 'https://1edtech.edu/issuers/565049' });
    expectUnverified(endorsement);
  });

  it('JSON text with a repeated member name is refused, where JSON.parse would keep the last', async () => {
    const text = '{"@context":["https://www.w3.org/ns/credentials/v2"],"proof":{},"proof":{"type":"x"}}';
    const r = await codeOf(readAny(text));
    expect(r.code).toBe('ERR_VALIDATION');
    expect((r.error as { issues: { code: string }[] }).issues[0]?.code).toBe('duplicate_key');
  });
});

describe('readAny: Open Badges 2.0', () => {
  const HOST = 'https://badges.uni.example';
  const badge = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'BadgeClass',
    id: `${HOST}/badge.json`,
    name: 'Data literacy',
    description: 'Reading data.',
    issuer: `${HOST}/issuer.json`,
  };
  const issuer = { type: 'Issuer', id: `${HOST}/issuer.json`, name: 'Uni', url: HOST, email: 'b@uni.example' };
  const assertion = (verification: Record<string, unknown>, linked: unknown = badge.id) => ({
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: `${HOST}/assertion.json`,
    recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
    badge: linked,
    issuedOn: '2026-01-15T10:00:00Z',
    verification,
  });

  it('offline: nothing is fetched, the linked BadgeClass is reported unresolved and its elements missing', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const r = await readAny(assertion({ type: 'HostedBadge' }));
    expect(spy).not.toHaveBeenCalled();
    expectUnverified(r);
    expect(r.unchecked).toContain('hosted');
    expect(r.unresolved).toEqual([badge.id]);
    expect(r.missing).toContain('title');
    expect(r.draft?.['specificationId']).toBe(badge.id);
  });

  it('with a fetch: linked documents are read; an embedded BadgeClass needs none', async () => {
    const asked: string[] = [];
    const fetch = siteFetch({ [badge.id]: { body: badge }, [issuer.id]: { body: issuer } }, asked);
    const r = await readAny(assertion({ type: 'HostedBadge' }), { openBadge2: { fetch } });
    expect(asked).toEqual([badge.id, issuer.id]);
    expect(r.unresolved).toEqual([]);
    expect(r.draft?.['title']).toBe('Data literacy');
    expect(r.claimedIssuer).toBe(issuer.id);
    const gone = readAny(assertion({ type: 'HostedBadge' }), { openBadge2: { fetch: siteFetch({}) } });
    expect((await codeOf(gone)).code).toBe('ERR_KEY_RESOLUTION');
    const embedded = await readAny(assertion({ type: 'HostedBadge' }, { ...badge, issuer }));
    expect(embedded.draft?.['title']).toBe('Data literacy');
    expect(embedded.unresolved).toEqual([]);
  });

  it('a signed assertion signed by a key nobody lists still reads: the signature is not checked', async () => {
    const jws = signJws(
      assertion({ type: 'SignedBadge', creator: `${HOST}/key.json` }, { ...badge, issuer }),
      rsaKey().privateKey,
    );
    const r = await readAny(jws);
    expectUnverified(r);
    expect(r).toMatchObject({ format: 'open-badge-2', unchecked: ['signature', 'issuer', 'validity', 'status'] });
    expect(r.draft?.['title']).toBe('Data literacy');
  });

  it('the IMS example assertion baked in a real PNG: BadgeClass by URL, unresolved offline', async () => {
    const r = await readAny(readFixture(`${IMAGES}ob20-simple-badge.png`));
    expect(r).toMatchObject({ format: 'png', baked: { spec: 'ob2', embedded: 'json', format: 'open-badge-2' } });
    expect(r.unresolved).toEqual(['https://example.org/robotics-badge.json']);
    const blocks = exampleBlocks(readFixtureText('ob2/ob_v2p0-examples-index.md'));
    const json = (i: number) => JSON.parse((blocks[i] as string).replace(/\n\s*/g, ' '));
    const fetch = siteFetch({
      'https://example.org/robotics-badge.json': { body: json(1) },
      'https://example.org/organization.json': { body: json(2) },
    });
    const online = await readAny(readFixture(`${IMAGES}ob20-simple-badge.png`), { openBadge2: { fetch } });
    expect(online.draft?.['title']).toBe('Awesome Robotics Badge');
  });
});

describe('readAny: baked badge images', () => {
  it('a PNG baked with a JWS and an SVG baked with a Data Integrity credential', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { format: 'ob30-jwt', now: NOW });
    const png = await readAny(bakeBadgeImage(makePng(), token) as Uint8Array);
    expect(png).toMatchObject({ format: 'png', baked: { spec: 'ob3', embedded: 'jws', format: 'jwt' } });
    expect(png.credential).toEqual(mc);
    const svg = await readAny(readFixtureText(`${IMAGES}ob30-simple-json.svg`));
    expect(svg).toMatchObject({ format: 'svg', baked: { spec: 'ob3', embedded: 'json', format: 'data-integrity' } });
    // The achievement's name (the credential itself is named "Teamwork Badge").
    expect(svg.draft?.['title']).toBe('Teamwork');
  });

  it('an image that only points to a hosted assertion cannot be read offline: the URL is in the error', async () => {
    const url = 'https://badges.uni.example/assertions/7.json';
    // An OB 2.0 PNG as 2.0 bakers write it for hosted badges: the iTXt "openbadges" chunk holds the URL alone.
    const image = insertBeforeIend(makePng(), await rawChunk('iTXt', itxtData('openbadges', url)));
    const r = await codeOf(readAny(image));
    expect(r.code).toBe('ERR_INPUT_UNSUPPORTED');
    expect((r.error as Error).message).toContain(url);
  });

  it('with a fetch, the hosted assertion such an image points to is read (and must carry its own id)', async () => {
    const url = 'https://badges.uni.example/assertions/7.json';
    const image = insertBeforeIend(makePng(), await rawChunk('iTXt', itxtData('openbadges', url)));
    const hosted = {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: url,
      recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
      badge: { type: 'BadgeClass', id: 'https://badges.uni.example/badge.json', name: 'Data literacy' },
      issuedOn: '2026-01-15T10:00:00Z',
      verification: { type: 'HostedBadge' },
    };
    const r = await readAny(image, { openBadge2: { fetch: siteFetch({ [url]: { body: hosted } }) } });
    expect(r).toMatchObject({ format: 'png', baked: { spec: 'ob2', embedded: 'url', format: 'open-badge-2' } });
    expect(r.draft?.['title']).toBe('Data literacy');
    expectUnverified(r);
    const elsewhere = siteFetch({ [url]: { body: { ...hosted, id: 'https://elsewhere.example/a.json' } } });
    expect((await codeOf(readAny(image, { openBadge2: { fetch: elsewhere } }))).code).toBe('ERR_JWT_CLAIM_MISMATCH');
  });

  it('an image without a credential, and a PNG with a bad CRC, are refused with a code', async () => {
    expect((await codeOf(readAny(makePng()))).code).toBe('ERR_INPUT_UNSUPPORTED');
    const png = bakeBadgeImage(makePng(), 'eyJhbGciOiJFUzI1NiJ9.eyJhIjoxfQ.c2ln') as Uint8Array;
    const broken = png.slice();
    // A byte inside the last chunk's data before IEND: its CRC no longer matches.
    const at = broken.length - 20;
    broken[at] = (broken[at] as number) ^ 0xff;
    expect((await codeOf(readAny(broken))).code).toBe('ERR_VALIDATION');
  });
});

describe('readAny: what it cannot read', () => {
  it.each([
    ['a JSON object that is no credential', { hello: 'world' }],
    [
      'an unsigned credential',
      { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential'] },
    ],
    ['plain text', 'hello'],
  ])('%s: ERR_INPUT_UNSUPPORTED with what was recognised', async (_, input) => {
    const { code, error } = await codeOf(readAny(input as never));
    expect(code).toBe('ERR_INPUT_UNSUPPORTED');
    expect((error as { recognised: string[] }).recognised.length).toBeGreaterThan(0);
  });
  it('refuses malformed options', async () => {
    expect((await codeOf(readAny('x', 'now' as never))).code).toBe('ERR_OPTIONS_INVALID');
    expect((await codeOf(readAny('x', { status: false } as never))).code).toBe('ERR_OPTIONS_INVALID');
    expect((await codeOf(readAny('x', { maxTokenBytes: 0 }))).code).toBe('ERR_OPTIONS_INVALID');
    expect((await codeOf(readAny('x', { openBadge2: 'fetch' as never }))).code).toBe('ERR_OPTIONS_INVALID');
    expect((await codeOf(readAny('x', { limits: { maxDepth: -1 } }))).code).toBe('ERR_OPTIONS_INVALID');
  });
});

describe('readAny: properties', () => {
  it('never claims verification: any text either reads as unverified or fails with a microcred code', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { now: NOW });
    const inputs = fc.oneof(
      fc.string(),
      fc.uint8Array({ maxLength: 64 }),
      // A real token with one character changed anywhere: payload, header or signature.
      fc
        .tuple(fc.nat({ max: token.length - 1 }), fc.constantFrom(...'ABCxyz019-_.~'))
        .map(([i, c]) => `${token.slice(0, i)}${c}${token.slice(i + 1)}`),
    );
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        try {
          const r = await readAny(input);
          expectUnverified(r);
        } catch (error) {
          expect(isMicrocredError(error)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a forged title under a real signature reads as exactly that title, never as verified', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { now: NOW });
    const payload = payloadOf(token);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0 && !/\p{Cs}/u.test(s)),
        async (title) => {
          const r = await readAny(withPayload(token, retitle(payload, title)));
          expectUnverified(r);
          expect(r.credential?.title ?? r.draft?.['title']).toBe(title);
        },
      ),
      { numRuns: 60 },
    );
  });
});
