import fc from 'fast-check';
import { CompactSign } from 'jose';
import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import type { SigningAlgorithm } from '../../../src/jwt/algorithms.js';
import type { IssuerKey } from '../../../src/jwt/issuer-key.js';
import { didJwkFromJwk } from '../../../src/jwt/keys/did-jwk-encode.js';
import { didKeyFromJwk } from '../../../src/jwt/keys/did-key.js';
import type { JWK } from '../../../src/jwt/keys/jwk.js';
import { publicMembers } from '../../../src/jwt/keys/verification-key.js';
import { combineResolvers } from '../../../src/jwt/resolvers/combine-resolvers.js';
import { didJwkResolver } from '../../../src/jwt/resolvers/did-jwk-resolver.js';
import { didKeyResolver } from '../../../src/jwt/resolvers/did-key-resolver.js';
import { didWebResolver } from '../../../src/jwt/resolvers/did-web-resolver.js';
import { jwksResolver } from '../../../src/jwt/resolvers/jwks-resolver.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import { type KeyResolver, markTraits, traitsOf } from '../../../src/jwt/resolvers/types.js';
import { signCredentialDocument } from '../../../src/jwt/sign/sign-credential-document.js';
import { shareResolver } from '../../../src/jwt/verify/batch.js';
import { type EarlyCheck, earlySignatureFor, fixedIssuer } from '../../../src/jwt/verify/early-signature.js';
import type { VerifyOptions } from '../../../src/jwt/verify/options.js';
import { verifyCredential } from '../../../src/jwt/verify/verify-credential.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { verifyCredentials } from '../../../src/jwt/verify/verify-credentials.js';
import { b64u, keyFor, NOW, obDocument, segmentJson, vc2Document, vc11Document } from '../fixtures.js';

// With a resolver that answers from memory, a token whose header fixes the key request (typ vc+jwt; a DID URL
// kid, or one issuer both expected and known to a static or JWKS resolver) has its key resolved and its signature
// started before its payload is parsed. The oracle is the same
// resolver wrapped in a caller's function, which the pipeline only ever calls at step 4, in the documented order:
// over every mix of header, payload, signature and option defects, both must report the same outcome (code,
// path, checks) and, when they accept, the same issuer and key.

const SEED = Number(process.env['FC_SEED'] ?? 20_261_207);
const nowS = Math.floor(NOW.getTime() / 1000);

type Format = 'vc-jose-cose' | 'vc11-jwt' | 'ob30-jwt';

/** The issuer of the static and JWKS resolvers, whose keys have plain (not DID URL) kids. */
const UNI = 'https://uni.example';

/** Which memory resolver verifies: DID methods (open), static keys or a JWKS object (closed issuer lists). */
type Keys = 'did' | 'static' | 'jwks' | 'static+did';

interface Signer {
  readonly bodies: Readonly<Record<Format, Record<string, unknown>>>;
  readonly alg: SigningAlgorithm;
  readonly did: string;
  readonly kid: string;
  /** The kid of this key under {@link UNI}. */
  readonly localKid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly publicJwk: JWK;
}

/** The payload our signer writes for a document of each format issued by `did`. */
async function bodiesOf(key: IssuerKey, did: string, kid: string): Promise<Record<Format, Record<string, unknown>>> {
  const documents: Record<Format, Record<string, unknown>> = {
    'vc-jose-cose': vc2Document({ issuer: did }),
    'vc11-jwt': vc11Document({ issuer: did }),
    'ob30-jwt': obDocument({ issuer: { id: did, type: ['Profile'], name: 'Example University' } }),
  };
  const bodies = {} as Record<Format, Record<string, unknown>>;
  for (const format of Object.keys(documents) as Format[]) {
    const token = await signCredentialDocument(documents[format], key, { format, kid, now: NOW });
    bodies[format] = segmentJson(token, 1);
  }
  return bodies;
}

/** Sets (or, with undefined, removes) the credential's own issuer, wherever the format keeps it. */
function setCredentialIssuer(body: Record<string, unknown>, format: Format, issuer: string | undefined): void {
  const credential = format === 'vc11-jwt' ? (body['vc'] as Record<string, unknown>) : body;
  if (issuer === undefined) delete credential['issuer'];
  else if (format === 'ob30-jwt') credential['issuer'] = { ...(credential['issuer'] as object), id: issuer };
  else credential['issuer'] = issuer;
}

async function signers(): Promise<Signer[]> {
  const ed = await keyFor('EdDSA', 'early');
  const p256 = await keyFor('ES256', 'early');
  const edDid = didKeyFromJwk(publicMembers(ed.publicJwk));
  const edKid = `${edDid}#${edDid.slice('did:key:'.length)}`;
  const p256Did = didJwkFromJwk(publicMembers(p256.publicJwk));
  const p256Kid = `${p256Did}#0`;
  return [
    { ...ed, alg: 'EdDSA', did: edDid, kid: edKid, localKid: 'key-1', bodies: await bodiesOf(ed, edDid, edKid) },
    {
      ...p256,
      alg: 'ES256',
      did: p256Did,
      kid: p256Kid,
      localKid: 'key-2',
      bodies: await bodiesOf(p256, p256Did, p256Kid),
    },
  ];
}

const outcome = async (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    (v) => {
      const r = v as { issuer: string; key: unknown; checks: { name: string; outcome: string }[] };
      return { code: 'accepted', issuer: r.issuer, key: r.key, checks: r.checks };
    },
    (e: unknown) => {
      if (!isMicrocredError(e)) throw e;
      const detail = e as unknown as { path?: unknown; checks?: unknown };
      return { code: e.code, message: e.message, path: detail.path, checks: detail.checks };
    },
  );

/** The first value most of the time (so most tokens have one defect at most), any of them otherwise. */
function mostly<T>(first: T, ...others: T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 17, arbitrary: fc.constant(first) },
    { weight: 3, arbitrary: fc.constantFrom(first, ...others) },
  );
}

/** A JWS signature over the signing input, made with WebCrypto (jose refuses to sign the hostile headers). */
async function signBytes(signer: Signer, input: string): Promise<Uint8Array> {
  const params = signer.alg === 'EdDSA' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: 'SHA-256' };
  return new Uint8Array(await crypto.subtle.sign(params, signer.privateKey, new TextEncoder().encode(input)));
}

describe('a key and signature started from the header alone', () => {
  it('reports exactly what the pipeline reports when it runs every step in order', async () => {
    const [ed, p256] = (await signers()) as [Signer, Signer];
    const dids = combineResolvers([didKeyResolver(), didJwkResolver()]);
    const local = [
      { kid: ed.localKid, key: publicMembers(ed.publicJwk) },
      { kid: p256.localKid, key: publicMembers(p256.publicJwk) },
    ];
    const memories: Record<Keys, KeyResolver> = {
      did: dids,
      static: staticKeyResolver({ [UNI]: local }),
      jwks: jwksResolver({ [UNI]: { keys: local.map(({ kid, key }) => ({ ...key, kid })) } }),
      'static+did': combineResolvers([staticKeyResolver({ [UNI]: local }), dids]),
    };
    for (const memory of Object.values(memories)) expect(traitsOf(memory)?.reach).toBe('memory');
    const inOrder = (memory: KeyResolver): KeyResolver => {
      const wrapped: KeyResolver = (request) => memory(request);
      expect(traitsOf(wrapped)?.reach).toBeUndefined();
      return wrapped;
    };
    /** The issuer and kid a token of this signer has under these keys when nothing is wrong with it. */
    const home = (s: Signer, keys: Keys) =>
      keys === 'did' ? { iss: s.did, kid: s.kid } : { iss: UNI, kid: s.localKid };

    const kid = mostly<(s: Signer, keys: Keys) => string | undefined>(
      (s, keys) => home(s, keys).kid,
      (s) => s.kid,
      (s) => s.localKid,
      () => ed.kid,
      () => p256.kid,
      (s) => `${s.did}#other`,
      () => 'did:key:z6MkNotAKey#z6MkNotAKey',
      () => 'did:web:uni.example#key-1',
      () => 'https://uni.example/keys/1',
      () => undefined,
      () => '',
    );
    const issuer = mostly<(s: Signer, keys: Keys) => unknown>(
      (s, keys) => home(s, keys).iss,
      (s) => s.did,
      () => UNI,
      () => ed.did,
      () => p256.did,
      () => 'https://uni.example',
      () => undefined,
      () => 42,
    );
    const header = fc.record({
      alg: mostly<(s: Signer) => unknown>(
        (s) => s.alg,
        (s) => (s.alg === 'EdDSA' ? 'ES256' : 'EdDSA'),
        () => 'none',
        () => 'HS256',
      ),
      typ: mostly<unknown>('native', 'vc+jwt', 'application/vc+jwt', 'JWT', undefined, 7),
      kid,
      extra: mostly<(s: Signer) => Record<string, unknown>>(
        () => ({}),
        () => ({ crit: ['exp'] }),
        (s) => ({ jwk: publicMembers(s.publicJwk) }),
        () => ({ jwk: publicMembers(ed.publicJwk) }),
        () => ({ cty: 'vc' }),
        () => ({ cty: 'json' }),
      ),
    });
    const payload = fc.record({
      format: fc.constantFrom<Format>('vc-jose-cose', 'vc11-jwt', 'ob30-jwt'),
      iss: issuer,
      credentialIssuer: mostly('same', 'other', 'absent'),
      defect: mostly('none', 'expired', 'not json', 'duplicate', 'array', 'vc claim'),
    });
    const signature = mostly('valid', 'flipped', 'short', 'empty-ish');
    const options = mostly<(s: Signer) => VerifyOptions>(
      () => ({}),
      (s) => ({ issuer: [s.did] }),
      () => ({ issuer: [UNI] }),
      () => ({ issuer: [UNI, 'https://other.example'] }),
      (s) => ({ issuer: [UNI, s.did] }),
      () => ({ allowMissingIss: true }),
      () => ({ algorithms: ['ES256'] }),
      () => ({ profiles: ['vc11-jwt', 'ob30-jwt'] }),
    );

    const seen = new Map<string, number>();
    const sound = new Map<Format, number>();
    const soundUnder = new Map<Keys, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(ed, p256),
        fc.constantFrom<Keys>('did', 'static', 'jwks', 'static+did'),
        header,
        payload,
        signature,
        options,
        fc.boolean(),
        async (signer, keys, h, p, sig, opts, asModel) => {
          const protectedHeader: Record<string, unknown> = { alg: h.alg(signer), ...h.extra(signer) };
          const typ = h.typ === 'native' ? (p.format === 'vc-jose-cose' ? 'vc+jwt' : 'JWT') : h.typ;
          if (typ !== undefined) protectedHeader['typ'] = typ;
          const k = h.kid(signer, keys);
          if (k !== undefined) protectedHeader['kid'] = k;
          // The payload our signer writes for the format, then the issuer claims and the defect of this case.
          const body = structuredClone(signer.bodies[p.format]);
          const iss = p.iss(signer, keys);
          if (iss === undefined) delete body['iss'];
          else body['iss'] = iss;
          const credentialIssuer =
            p.credentialIssuer === 'same' ? (typeof iss === 'string' ? iss : signer.did) : 'https://other.example';
          setCredentialIssuer(body, p.format, p.credentialIssuer === 'absent' ? undefined : credentialIssuer);
          if (p.defect === 'expired') body['exp'] = nowS - 60;
          if (p.defect === 'vc claim') body['vc'] = body['vc'] ?? { ...body };
          const json = JSON.stringify(body);
          const text =
            p.defect === 'not json'
              ? `${json.slice(0, -1)},}`
              : p.defect === 'duplicate'
                ? `{"iss":"https://dup.example",${json.slice(1)}`
                : p.defect === 'array'
                  ? `[${json}]`
                  : json;
          // Sign with the real key whatever the header claims: a forged alg or kid still carries a real signature.
          const header64 = b64u(JSON.stringify(protectedHeader));
          const body64 = b64u(text);
          const sigBytes = await signBytes(signer, `${header64}.${body64}`);
          if (sig === 'flipped') sigBytes[3] = (sigBytes[3] as number) ^ 1;
          const signature64 =
            sig === 'short' ? b64u(sigBytes.slice(0, 32)) : sig === 'empty-ish' ? 'AA' : b64u(sigBytes);
          const token = `${header64}.${body64}.${signature64}`;
          const verifyOptions: VerifyOptions = { now: NOW, status: false, ...opts(signer) };
          const run = (resolver: KeyResolver) =>
            outcome(
              asModel
                ? verifyCredential(token, resolver, verifyOptions)
                : verifyCredentialDocument(token, resolver, verifyOptions),
            );
          const memory = memories[keys];
          const [early, ordered] = await Promise.all([run(memory), run(inOrder(memory))]);
          expect(early).toEqual(ordered);
          const code = (early as { code: string }).code;
          seen.set(code, (seen.get(code) ?? 0) + 1);
          if (code === 'accepted' || code === 'ERR_VALIDATION') {
            sound.set(p.format, (sound.get(p.format) ?? 0) + 1);
            soundUnder.set(keys, (soundUnder.get(keys) ?? 0) + 1);
          }
        },
      ),
      { numRuns: 800, seed: SEED },
    );
    for (const keys of ['did', 'static', 'jwks', 'static+did'] as const) {
      expect(soundUnder.get(keys) ?? 0, keys).toBeGreaterThanOrEqual(15);
    }
    // The mix reaches the signature and every step after it, not only the gates (the model step refuses the VC 2.0
    // test document, so a sound token read as a model ends in ERR_VALIDATION).
    for (const format of ['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'] as const) {
      expect(sound.get(format) ?? 0, format).toBeGreaterThanOrEqual(15);
    }
    for (const code of ['ERR_JWT_SIGNATURE', 'ERR_JWT_CLAIM_MISMATCH', 'ERR_KEY_RESOLUTION', 'ERR_JWT_EXPIRED']) {
      expect(seen.get(code) ?? 0, code).toBeGreaterThanOrEqual(3);
    }
  });

  it('accepts a well-formed token on the early path, and refuses it once tampered', async () => {
    const [ed] = (await signers()) as [Signer, Signer];
    const body = { ...vc2Document({ issuer: ed.did }), iss: ed.did, iat: nowS };
    const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(body)))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: ed.kid })
      .sign(ed.privateKey);
    const verified = await verifyCredentialDocument(token, didKeyResolver(), { now: NOW, status: false });
    expect(verified.issuer).toBe(ed.did);
    expect(verified.key).toMatchObject({ kid: ed.kid, source: 'did:key', alg: 'EdDSA' });
    expect(verified.checks.map((c) => c.name).slice(0, 5)).toEqual(['size', 'shape', 'header', 'key', 'signature']);
    const tampered = `${token.slice(0, token.lastIndexOf('.') + 1)}${'A'.repeat(86)}`;
    await expect(
      verifyCredentialDocument(tampered, didKeyResolver(), { now: NOW, status: false }),
    ).rejects.toMatchObject({
      code: 'ERR_JWT_SIGNATURE',
      checks: [{ name: 'size' }, { name: 'shape' }, { name: 'header' }, { name: 'key' }],
    });
    // The batch shares the resolver: the early path runs through its wrapper. The test document is not a
    // micro-credential, so the sound token passes every JWT step and stops at the model.
    const batch = await verifyCredentials([token, tampered], didKeyResolver(), { now: NOW, status: false });
    expect(batch.map((r) => (r.ok ? 'accepted' : r.error.code))).toEqual(['ERR_VALIDATION', 'ERR_JWT_SIGNATURE']);
  });

  it('never calls a resolver that may fetch, or a caller’s resolver, before the payload is known to be well formed', async () => {
    const [ed] = (await signers()) as [Signer, Signer];
    const broken = `{"iss":"${ed.did}","iss":"${ed.did}"}`;
    const token = await new CompactSign(new TextEncoder().encode(broken))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: ed.kid })
      .sign(ed.privateKey);
    let calls = 0;
    const counting: KeyResolver = (request) => {
      calls += 1;
      return didKeyResolver()(request);
    };
    let fetches = 0;
    const fetching = didWebResolver({
      fetch: async () => {
        fetches += 1;
        throw new Error('no network here');
      },
    });
    const webKid = 'did:web:uni.example#key-1';
    const webToken = `${b64u(JSON.stringify({ alg: 'EdDSA', typ: 'vc+jwt', kid: webKid }))}.${b64u(broken)}.${token.split('.')[2]}`;
    for (const [t, keys] of [
      [token, counting],
      [webToken, fetching],
      [webToken, combineResolvers([didKeyResolver(), fetching])],
    ] as const) {
      await expect(verifyCredentialDocument(t, keys, { now: NOW, status: false })).rejects.toMatchObject({
        code: 'ERR_JWT_INVALID',
        path: ['payload'],
      });
    }
    expect(calls).toBe(0);
    expect(fetches).toBe(0);
  });

  it('counts a resolver as answering from memory only when every part of it does', async () => {
    const [ed] = (await signers()) as [Signer, Signer];
    const custom: KeyResolver = async () => {
      throw new Error('unused');
    };
    expect(traitsOf(didKeyResolver())?.reach).toBe('memory');
    expect(traitsOf(didJwkResolver())?.reach).toBe('memory');
    expect(traitsOf(staticKeyResolver({}))?.reach).toBe('memory');
    expect(traitsOf(jwksResolver({ 'https://uni.example': { keys: [publicMembers(ed.publicJwk)] } }))?.reach).toBe(
      'memory',
    );
    expect(traitsOf(jwksResolver({ 'https://uni.example': 'https://uni.example/jwks.json' }))?.reach).toBe('network');
    expect(traitsOf(didWebResolver())?.reach).toBe('network');
    expect(traitsOf(combineResolvers([didKeyResolver(), staticKeyResolver({})]))?.reach).toBe('memory');
    expect(traitsOf(combineResolvers([didKeyResolver(), didWebResolver()]))?.reach).toBe('network');
    expect(traitsOf(combineResolvers([didKeyResolver(), custom]))?.reach).toBeUndefined();
    expect(traitsOf(custom)?.reach).toBeUndefined();
  });

  it('knows the issuers of a resolver only when they are a closed list', async () => {
    const [ed] = (await signers()) as [Signer, Signer];
    const jwk = publicMembers(ed.publicJwk);
    const other = 'https://other.example';
    const fixed = staticKeyResolver({ [UNI]: jwk, [other]: jwk });
    expect(traitsOf(fixed)?.issuers).toEqual([UNI, other]);
    expect(
      traitsOf(jwksResolver({ [UNI]: { keys: [jwk] }, [other]: 'https://other.example/jwks.json' }))?.issuers,
    ).toEqual([UNI, other]);
    expect(traitsOf(combineResolvers([staticKeyResolver({ [UNI]: jwk }), fixed]))?.issuers).toEqual([UNI, other]);
    expect(traitsOf(combineResolvers([fixed, didKeyResolver()]))?.issuers).toBeUndefined();
    expect(traitsOf(didKeyResolver())?.issuers).toBeUndefined();
    expect(traitsOf(didWebResolver())?.issuers).toBeUndefined();
    expect(traitsOf((request) => fixed(request))?.issuers).toBeUndefined();
    // The batch shares one resolver across its tokens: the wrapper keeps the list, and the reach.
    const shared = shareResolver(fixed) as KeyResolver;
    expect([traitsOf(shared)?.issuers, traitsOf(shared)?.reach]).toEqual([[UNI, other], 'memory']);
  });

  it('resolves the key of the one issuer a static resolver knows before the payload is parsed', async () => {
    const [ed] = (await signers()) as [Signer, Signer];
    const broken = `{"iss":"${UNI}","iss":"${UNI}"}`;
    const token = await new CompactSign(new TextEncoder().encode(broken))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid: ed.localKid })
      .sign(ed.privateKey);
    const asked: string[] = [];
    /** A static resolver that records each request, marked as the static resolver it wraps. */
    const recording = (known: Record<string, JWK>): KeyResolver => {
      const inner = staticKeyResolver(known);
      const outer: KeyResolver = (request) => {
        asked.push(request.issuer);
        return inner(request);
      };
      return markTraits(outer, traitsOf(inner));
    };
    const jwk = { ...publicMembers(ed.publicJwk), kid: ed.localKid };
    const cases: [KeyResolver, VerifyOptions, string[]][] = [
      [recording({ [UNI]: jwk }), {}, [UNI]],
      [recording({ [UNI]: jwk, 'https://other.example': jwk }), {}, []],
      [recording({ [UNI]: jwk, 'https://other.example': jwk }), { issuer: [UNI] }, [UNI]],
      [recording({ [UNI]: jwk }), { issuer: ['https://other.example'] }, []],
    ];
    for (const [keys, options, expected] of cases) {
      asked.length = 0;
      // The payload repeats a name: the token is refused at the payload gate whether or not the key was resolved.
      await expect(
        verifyCredentialDocument(token, keys, { now: NOW, status: false, ...options }),
      ).rejects.toMatchObject({
        code: 'ERR_JWT_INVALID',
        path: ['payload'],
      });
      expect(asked).toEqual(expected);
    }
  });
});

describe('fixedIssuer', () => {
  const did = 'did:key:z6MkExample';
  it('takes the DID of a DID URL kid, when it is expected', () => {
    expect(fixedIssuer(`${did}#z6MkExample`, undefined, undefined)).toBe(did);
    expect(fixedIssuer(`${did}#z6MkExample`, [did, UNI], [UNI])).toBe(did);
    expect(fixedIssuer(`${did}#z6MkExample`, [UNI], undefined)).toBeUndefined();
  });
  it('otherwise takes the one issuer both expected and known to the resolver', () => {
    expect(fixedIssuer('key-1', undefined, [UNI])).toBe(UNI);
    expect(fixedIssuer(undefined, [UNI], undefined)).toBe(UNI);
    expect(fixedIssuer('key-1', [UNI, 'https://other.example'], [UNI, 'https://third.example'])).toBe(UNI);
  });
  it('fixes none when several, none or any issuer remain', () => {
    expect(fixedIssuer('key-1', undefined, undefined)).toBeUndefined();
    expect(fixedIssuer('key-1', undefined, [UNI, 'https://other.example'])).toBeUndefined();
    expect(fixedIssuer('key-1', [UNI, 'https://other.example'], undefined)).toBeUndefined();
    expect(fixedIssuer('key-1', ['https://other.example'], [UNI])).toBeUndefined();
    expect(fixedIssuer('key-1', undefined, [])).toBeUndefined();
    // An option that lists the issuer twice is not taken apart: the request is left to the pipeline.
    expect(fixedIssuer('key-1', [UNI, UNI], undefined)).toBeUndefined();
  });
});

describe('earlySignatureFor', () => {
  it('gives the early outcome only for the same algorithm and the very same key', async () => {
    const [ed] = (await signers()) as [Signer, Signer];
    const other = (await keyFor('EdDSA', 'early-other')).publicKey;
    const outcome = Promise.resolve({ ok: true as const, value: undefined });
    const early: EarlyCheck = {
      issuer: ed.did,
      facts: { alg: 'EdDSA', profile: 'vc-jose-cose', kid: ed.kid },
      key: { ok: false, error: new Error('unused') },
      signature: { cryptoKey: ed.publicKey, outcome },
    };
    expect(earlySignatureFor(early, 'EdDSA', ed.publicKey)).toBe(outcome);
    expect(earlySignatureFor(early, 'EdDSA', other)).toBeUndefined();
    expect(earlySignatureFor(early, 'ES256', ed.publicKey)).toBeUndefined();
    expect(earlySignatureFor({ ...early, signature: undefined }, 'EdDSA', ed.publicKey)).toBeUndefined();
    expect(earlySignatureFor(undefined, 'EdDSA', ed.publicKey)).toBeUndefined();
  });
});
