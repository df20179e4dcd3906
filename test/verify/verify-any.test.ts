import { describe, expect, it } from 'vitest';
import { signDataIntegrityCredential } from '../../src/data-integrity/index.js';
import { isMicrocredError } from '../../src/errors.js';
import { issueEudiCredential, presentEudiCredential } from '../../src/eudi/index.js';
import { parseMicroCredential } from '../../src/index.js';
import { bakeBadgeImage } from '../../src/interop/index.js';
import {
  combineResolvers,
  didJwkResolver,
  didKeyFromJwk,
  didKeyResolver,
  generateIssuerKey,
  type JwtProfile,
  signCredential,
  signCredentialDocument,
} from '../../src/jwt/index.js';
import { verifyAny } from '../../src/verify/index.js';
import { AUD, NONCE, NOW, setup } from '../eudi/support.js';
import { makePng } from '../interop/badge-image/png-support.js';
import { rsaKey, signJws, siteFetch } from '../interop/ob2/ob2-support.js';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const options = { now: NOW, status: false as const };

async function codeOf(p: Promise<unknown>): Promise<{ code: string | undefined; error: unknown }> {
  try {
    await p;
  } catch (error) {
    return { code: isMicrocredError(error) ? error.code : undefined, error };
  }
  return { code: undefined, error: undefined };
}

describe('verifyAny: compact JWS of each profile', () => {
  it.each(['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'] as const)(
    '%s: verifies and returns the micro-credential',
    async (format: JwtProfile) => {
      const { issuerKey, mc, did } = await setup();
      const token = await signCredential(mc, issuerKey, { format, now: NOW });
      const r = await verifyAny(token, didJwkResolver(), options);
      expect(r.format).toBe('jwt');
      expect(r.profile).toBe(format);
      expect(r.kind).toBe('micro-credential');
      expect(r.credential).toEqual(mc);
      expect(r.draft).toBeUndefined();
      expect(r.missing).toEqual([]);
      expect(r.issuer).toBe(did);
      expect(r.checks.find((c) => c.name === 'signature')?.outcome).toBe('passed');
      expect(r.document['credentialSubject']).toBeDefined();
    },
  );

  it('the same bytes as a Uint8Array, and with a BOM and surrounding whitespace', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { now: NOW });
    const bytes = new TextEncoder().encode(`\uFEFF ${token}\n`);
    expect((await verifyAny(bytes, didJwkResolver(), options)).credential).toEqual(mc);
  });

  it('fails closed: a token with another token signature spliced in is refused by the JWT verifier', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { now: NOW });
    const other = await signCredential({ ...mc, title: 'Another title' }, issuerKey, { now: NOW });
    const spliced = `${token.slice(0, token.lastIndexOf('.'))}${other.slice(other.lastIndexOf('.'))}`;
    expect((await codeOf(verifyAny(spliced, didJwkResolver(), options))).code).toBe('ERR_JWT_SIGNATURE');
  });
});

describe('option pass-through', () => {
  it('now reaches the verifier: a day before the token was issued, its iat lies in the future', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { now: NOW });
    const early = new Date(NOW.getTime() - 86_400_000);
    const r = await codeOf(verifyAny(token, didJwkResolver(), { ...options, now: early }));
    expect(r.code).toBe('ERR_JWT_CLAIM_INVALID');
    expect((r.error as Error).message).toMatch(/future/);
  });
  it('verifier options are checked: an unknown option is refused', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { now: NOW });
    const bad = { ...options, colour: 'red' } as never;
    expect((await codeOf(verifyAny(token, didJwkResolver(), bad))).code).toBe('ERR_OPTIONS_INVALID');
  });
  it('profiles reach the verifier: a vc11-jwt token is refused when only vc-jose-cose is accepted', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { format: 'vc11-jwt', now: NOW });
    const r = codeOf(verifyAny(token, didJwkResolver(), { ...options, profiles: ['vc-jose-cose'] }));
    expect((await r).code).toBe('ERR_JWT_TYPE');
  });
  it('import options reach the reader: reject mode refuses an unknown part', async () => {
    const { issuerKey, mc } = await setup();
    const doc = { '@context': [V2], type: ['VerifiableCredential'], issuer: mc.issuer.id, validFrom: mc.issued };
    const token = await signCredentialDocument(
      { ...doc, credentialSubject: { id: 'did:example:x', hobby: 'chess' } },
      issuerKey,
      { now: NOW },
    );
    const kept = await verifyAny(token, didJwkResolver(), options);
    expect(kept.kind).toBe('other');
    expect(kept.draft).toBeDefined();
    const rejected = verifyAny(token, didJwkResolver(), { ...options, import: { unmappable: 'reject' } });
    expect((await codeOf(rejected)).code).toBe('ERR_INTEROP_UNMAPPABLE');
  });
});

describe('verifyAny: SD-JWT VC', () => {
  it('verifies a presentation with key binding and reads the credential', async () => {
    const { issuerKey, wallet, mc, did } = await setup();
    const { token } = await issueEudiCredential(mc, issuerKey, {
      type: 'dc4eu',
      holderKey: wallet.publicJwk,
      now: NOW,
    });
    const presentation = await presentEudiCredential(token, {
      keyBinding: { key: wallet, audience: AUD, nonce: NONCE, now: NOW },
    });
    const r = await verifyAny(presentation, didJwkResolver(), {
      ...options,
      sdJwt: { keyBinding: { audience: AUD, nonce: NONCE } },
    });
    expect(r.format).toBe('sd-jwt');
    expect(r.kind).toBe('micro-credential');
    expect(r.credential).toEqual(mc);
    expect(r.issuer).toBe(did);
    expect(r.document['vct']).toBe('urn:eudi:micro_credential:1');
  });
  it('passes the key-binding request through: a presentation without one is refused when it is required', async () => {
    const { issuerKey, wallet, mc } = await setup();
    const { token } = await issueEudiCredential(mc, issuerKey, {
      type: 'dc4eu',
      holderKey: wallet.publicJwk,
      now: NOW,
    });
    const r = verifyAny(token, didJwkResolver(), {
      ...options,
      sdJwt: { keyBinding: { audience: AUD, nonce: NONCE } },
    });
    expect((await codeOf(r)).code).toBe('ERR_KEY_BINDING');
  });
});

describe('verifyAny: endorsements and CLR bundles', () => {
  async function endorsementToken(): Promise<string> {
    const { issuerKey, did } = await setup();
    return signCredentialDocument(
      {
        '@context': [V2, OB],
        id: 'urn:uuid:0b7e4a52-3c1d-4f2e-9a8b-6c5d4e3f2a1b',
        type: ['VerifiableCredential', 'EndorsementCredential'],
        issuer: { id: did, type: ['Profile'], name: 'Accreditor' },
        validFrom: '2025-01-01T00:00:00Z',
        credentialSubject: {
          id: 'https://uni.example/achievements/data-literacy',
          type: ['EndorsementSubject'],
          endorsementComment: 'Meets the standard.',
        },
      },
      issuerKey,
      { format: 'ob30-jwt', now: NOW },
    );
  }

  it('an EndorsementCredential: verified, kind endorsement, the endorsed id, no draft', async () => {
    const r = await verifyAny(await endorsementToken(), didJwkResolver(), options);
    expect(r.kind).toBe('endorsement');
    expect(r.endorsed).toBe('https://uni.example/achievements/data-literacy');
    expect(r.credential).toBeUndefined();
    expect(r.draft).toBeUndefined();
    expect(r.missing).toEqual([]);
  });

  it('a ClrCredential: verified as a whole, each item verified and imported on its own, failures reported', async () => {
    const { issuerKey, mc, did } = await setup();
    const good = await signCredential(mc, issuerKey, { format: 'ob30-jwt', now: NOW });
    const tampered = `${good.slice(0, -4)}AAAA`;
    const embeddedProof = {
      '@context': [V2, OB],
      type: ['VerifiableCredential'],
      proof: { type: 'DataIntegrityProof' },
    };
    const clr = await signCredentialDocument(
      {
        '@context': [V2, 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', OB],
        id: 'urn:uuid:7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        type: ['VerifiableCredential', 'ClrCredential'],
        issuer: { id: did, type: ['Profile'], name: 'Uni' },
        name: 'Transcript',
        validFrom: '2025-01-01T00:00:00Z',
        credentialSubject: {
          id: 'did:example:learner',
          type: ['ClrSubject'],
          verifiableCredential: [good, tampered, embeddedProof],
        },
      },
      issuerKey,
      { format: 'ob30-jwt', now: NOW },
    );
    const r = await verifyAny(clr, didJwkResolver(), options);
    expect(r.kind).toBe('clr');
    expect(r.draft).toBeUndefined();
    const items = r.items ?? [];
    expect(items.map((i) => i.index)).toEqual([0, 1, 2]);
    const [first, second, third] = items;
    expect(first && 'result' in first && first.result.credential).toEqual(mc);
    expect(second && 'error' in second && second.error.code).toBe('ERR_JWT_SIGNATURE');
    expect(third && 'error' in third && third.error.code).toMatch(/^ERR_[A-Z_]+$/);
  });
});

describe('verifyAny: Data Integrity, Open Badges 2.0 and baked badges', () => {
  async function didKeyIssuer() {
    const { mc } = await setup();
    const key = await generateIssuerKey('EdDSA');
    const did = didKeyFromJwk(key.publicJwk);
    return { key, did, mc: parseMicroCredential({ ...mc, issuer: { ...mc.issuer, id: did } }) };
  }

  it('a credential with a Data Integrity proof: every proof verified, the micro-credential read back', async () => {
    const { key, did, mc } = await didKeyIssuer();
    const signed = await signDataIntegrityCredential(mc, key, { created: NOW });
    const r = await verifyAny(signed, didKeyResolver(), options);
    expect(r.format).toBe('data-integrity');
    expect(r.kind).toBe('micro-credential');
    expect(r.issuer).toBe(did);
    expect(r.credential).toEqual(mc);
    const tampered = { ...signed, name: 'Another name' };
    expect((await codeOf(verifyAny(tampered, didKeyResolver(), options))).code).toMatch(/^ERR_(PROOF|JSONLD)_/);
  });

  it('a baked PNG and a baked SVG: what is baked in is verified, and the result says so', async () => {
    const { issuerKey, mc } = await setup();
    const token = await signCredential(mc, issuerKey, { format: 'ob30-jwt', now: NOW });
    const png = bakeBadgeImage(makePng(), token) as Uint8Array;
    const fromPng = await verifyAny(png, didJwkResolver(), options);
    expect(fromPng.format).toBe('png');
    expect(fromPng.baked).toEqual({ spec: 'ob3', embedded: 'jws', format: 'jwt' });
    expect(fromPng.credential).toEqual(mc);
    const { key, mc: dkMc } = await didKeyIssuer();
    const signed = await signDataIntegrityCredential(dkMc, key, { created: NOW });
    const svg = bakeBadgeImage('<svg xmlns="http://www.w3.org/2000/svg"></svg>', signed);
    const fromSvg = await verifyAny(svg, combineResolvers([didKeyResolver(), didJwkResolver()]), options);
    expect(fromSvg.format).toBe('svg');
    expect(fromSvg.baked).toEqual({ spec: 'ob3', embedded: 'json', format: 'data-integrity' });
    expect(fromSvg.credential).toEqual(dkMc);
  });

  it('an image that carries no credential is unsupported input, said as such', async () => {
    const r = await codeOf(verifyAny(makePng(), didJwkResolver(), options));
    expect(r.code).toBe('ERR_INPUT_UNSUPPORTED');
    expect((r.error as Error).message).toMatch(/carries no credential/);
  });

  const HOST = 'https://badges.uni.example';
  const ob2 = (verification: Record<string, unknown>, id?: string) => ({
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    ...(id === undefined ? {} : { id }),
    recipient: { type: 'email', hashed: true, salt: 's', identity: `sha256$${'0'.repeat(64)}` },
    badge: `${HOST}/badge.json`,
    issuedOn: '2026-01-15T10:00:00Z',
    verification,
  });
  const rsa = rsaKey();
  const site = (assertion: unknown) => ({
    [`${HOST}/issuer.json`]: {
      body: {
        '@context': 'https://w3id.org/openbadges/v2',
        type: 'Issuer',
        id: `${HOST}/issuer.json`,
        name: 'Uni',
        url: HOST,
        email: 'badges@uni.example',
        publicKey: `${HOST}/key.json`,
      },
    },
    [`${HOST}/badge.json`]: {
      body: {
        '@context': 'https://w3id.org/openbadges/v2',
        type: 'BadgeClass',
        id: `${HOST}/badge.json`,
        name: 'Data literacy',
        description: 'Reading data.',
        image: `${HOST}/badge.png`,
        criteria: { narrative: 'Pass.' },
        issuer: `${HOST}/issuer.json`,
      },
    },
    [`${HOST}/key.json`]: {
      body: {
        '@context': 'https://w3id.org/openbadges/v2',
        type: 'CryptographicKey',
        id: `${HOST}/key.json`,
        owner: `${HOST}/issuer.json`,
        publicKeyPem: rsa.pem,
      },
    },
    [`${HOST}/assertion.json`]: { body: assertion },
  });

  it('an Open Badges 2.0 assertion, hosted (served by an injected fetch) and signed', async () => {
    const hosted = ob2({ type: 'HostedBadge' }, `${HOST}/assertion.json`);
    const served = { openBadge2: { fetch: siteFetch(site(hosted)) } };
    const r = await verifyAny(hosted, didJwkResolver(), { ...options, ...served });
    expect(r.format).toBe('open-badge-2');
    expect(r.issuer).toBe(`${HOST}/issuer.json`);
    expect(r.draft?.['title']).toBe('Data literacy');
    expect(r.missing.length).toBeGreaterThan(0);
    const signedAssertion = ob2(
      { type: 'SignedBadge', creator: `${HOST}/key.json` },
      'urn:uuid:3f1e7d8a-6b1c-4d2e-9f0a-1b2c3d4e5f60',
    );
    const jws = signJws(signedAssertion, rsa.privateKey);
    const s = await verifyAny(jws, didJwkResolver(), { ...options, openBadge2: { fetch: siteFetch(site(undefined)) } });
    expect(s.format).toBe('open-badge-2');
    expect(s.checks.find((c) => c.name === 'signature')?.outcome).toBe('passed');
    const forged = signJws(signedAssertion, rsaKey().privateKey);
    const f = await codeOf(
      verifyAny(forged, didJwkResolver(), { ...options, openBadge2: { fetch: siteFetch(site(undefined)) } }),
    );
    expect(f.code).toBe('ERR_JWT_SIGNATURE');
  });
});

describe('verifyAny: what it cannot verify', () => {
  it.each([
    ['an unsigned credential', { '@context': [V2], type: ['VerifiableCredential'] }, /not a credential format/],
    ['plain text', 'hello', /not a credential format/],
  ])('%s: ERR_INPUT_UNSUPPORTED with what was recognised', async (_, input, message) => {
    const { code, error } = await codeOf(verifyAny(input as never, didJwkResolver(), options));
    expect(code).toBe('ERR_INPUT_UNSUPPORTED');
    expect((error as Error).message).toMatch(message);
    expect((error as { recognised: string[] }).recognised.length).toBeGreaterThan(0);
  });
  it('refuses options that are not an object', async () => {
    expect((await codeOf(verifyAny('x', didJwkResolver(), 'now' as never))).code).toBe('ERR_OPTIONS_INVALID');
  });
});
