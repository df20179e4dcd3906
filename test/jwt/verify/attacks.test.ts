/**
 * The attack suite: one test per vulnerability class of the domain document §7 (token and key classes; claim
 * conflicts are in attacks-claims.test.ts, status-list faults in status/check-status.test.ts).
 */
import { createPublicKey } from 'node:crypto';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { exportIssuerKey } from '../../../src/jwt/issuer-key.js';
import { didWebResolver } from '../../../src/jwt/resolvers/did-web-resolver.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import type { KeyResolver } from '../../../src/jwt/resolvers/types.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { fakeFetch } from '../fake-fetch.js';
import { b64u, expectCode, ISSUER, keyFor, NOW, segmentJson } from '../fixtures.js';
import { forge, tokenFor, trustingResolver, unsigned, vcJosePayload } from '../tokens.js';

const opts = { now: NOW, status: false as const };
const hmac = async (secret: Uint8Array, header: object, payload: object): Promise<string> => {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  const key = await crypto.subtle.importKey(
    'raw',
    secret as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return `${input}.${b64u(new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input))))}`;
};

describe('unsigned tokens (alg none, CVE-2022-23540 class)', () => {
  it('refuses alg none in every spelling, with or without a signature', async () => {
    const resolver = await trustingResolver();
    for (const alg of ['none', 'None', 'NONE', 'nOnE', 'none ', '', null, ['EdDSA']]) {
      await expectCode(
        verifyCredentialDocument(unsigned({ alg, typ: 'vc+jwt' }, vcJosePayload()), resolver, opts),
        'ERR_JWT_ALG_NOT_ALLOWED',
      );
      const empty = `${b64u(JSON.stringify({ alg, typ: 'vc+jwt' }))}.${b64u(JSON.stringify(vcJosePayload()))}.`;
      await expectCode(verifyCredentialDocument(empty, resolver, opts), 'ERR_JWT_INVALID');
    }
    await expect(verifyCredentialDocument('x', resolver, { algorithms: ['none' as never] })).rejects.toMatchObject({
      code: 'ERR_OPTIONS_INVALID',
    });
  });
});

describe('algorithm and key-type confusion (HMAC with the public key)', () => {
  it('never verifies HS256 tokens keyed with any encoding of the issuer public key', async () => {
    const key = await keyFor('ES256');
    const pem = await exportSPKI(key.publicKey);
    const der = new Uint8Array(createPublicKey(pem).export({ type: 'spki', format: 'der' }));
    const x = Uint8Array.from(atob((key.publicJwk.x as string).replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    const secrets = [new TextEncoder().encode(pem), der, new TextEncoder().encode(JSON.stringify(key.publicJwk)), x];
    const resolver = staticKeyResolver({ [ISSUER]: key.publicJwk });
    const bytesResolver: KeyResolver = async (r) => ({ issuer: r.issuer, key: secrets[0] as never, source: 'custom' });
    for (const secret of secrets) {
      for (const alg of ['HS256', 'HS384', 'HS512', 'hs256']) {
        const token = await hmac(secret, { alg, typ: 'vc+jwt' }, vcJosePayload());
        await expectCode(verifyCredentialDocument(token, resolver, opts), 'ERR_JWT_ALG_NOT_ALLOWED');
        await expectCode(verifyCredentialDocument(token, bytesResolver, opts), 'ERR_JWT_ALG_NOT_ALLOWED');
      }
      await expectCode(
        verifyCredentialDocument(await tokenFor('vc-jose-cose', 'ES256'), secret as never, opts),
        'ERR_KEY_RESOLUTION',
      );
    }
    // Even for a correctly signed token, a resolver handing back bytes or a secret key is refused.
    const good = await tokenFor('vc-jose-cose', 'ES256');
    const hmacKey = await crypto.subtle.importKey('raw', der, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    for (const bad of [der, pem, { kty: 'oct', k: b64u(der) }, hmacKey, new ArrayBuffer(32)]) {
      const r: KeyResolver = async (q) => ({ issuer: q.issuer, key: bad as never, source: 'custom' });
      await expectCode(verifyCredentialDocument(good, r, opts), 'ERR_KEY_RESOLUTION');
    }
  });

  it('pins the algorithm to the key family: a header alg swap never verifies', async () => {
    const token = await tokenFor('vc-jose-cose', 'ES256');
    const [, payload, sig] = token.split('.');
    const resolver = await trustingResolver('ES256', 'ES384', 'EdDSA', 'PS256');
    for (const alg of ['ES384', 'EdDSA', 'PS256', 'RS256']) {
      const swapped = `${b64u(JSON.stringify({ ...segmentJson(token, 0), alg }))}.${payload}.${sig}`;
      const error = await verifyCredentialDocument(swapped, resolver, {
        ...opts,
        algorithms: ['ES256', 'ES384', 'EdDSA', 'PS256', 'RS256'],
      }).catch((e) => e);
      expect(['ERR_JWT_SIGNATURE', 'ERR_JWT_ALG_NOT_ALLOWED', 'ERR_KEY_RESOLUTION']).toContain(error.code);
    }
  });
});

describe('weak key-input validation (resolver output is type-checked)', () => {
  it('refuses every malformed resolver answer with a typed code', async () => {
    const key = await keyFor('EdDSA');
    const es = await keyFor('ES256');
    const { privateJwk } = await exportIssuerKey(key);
    const small = await generateKeyPair('PS256', { modulusLength: 1024, extractable: true }).catch(() => undefined);
    const token = await tokenFor('vc-jose-cose', 'EdDSA');
    const answers: [unknown, string][] = [
      [null, 'ERR_KEY_RESOLUTION'],
      ['a key', 'ERR_KEY_RESOLUTION'],
      [{ issuer: ISSUER, key: key.privateKey, source: 'custom' }, 'ERR_KEY_RESOLUTION'],
      [{ issuer: ISSUER, key: privateJwk, source: 'custom' }, 'ERR_KEY_RESOLUTION'],
      [{ issuer: ISSUER, key: 'PEM', source: 'custom' }, 'ERR_KEY_RESOLUTION'],
      [{ issuer: ISSUER, key: { kty: 'OKP' }, source: 'custom' }, 'ERR_KEY_ALG_MISMATCH'],
      [{ issuer: ISSUER, key: es.publicJwk, source: 'custom' }, 'ERR_KEY_ALG_MISMATCH'],
      [{ issuer: ISSUER, key: es.publicKey, source: 'custom' }, 'ERR_KEY_ALG_MISMATCH'],
      [{ issuer: ISSUER, key: { ...key.publicJwk, alg: 'ES256' }, source: 'custom' }, 'ERR_KEY_ALG_MISMATCH'],
      [{ issuer: ISSUER, key: { ...key.publicJwk, use: 'enc' }, source: 'custom' }, 'ERR_KEY_ALG_MISMATCH'],
      [{ issuer: ISSUER, key: { ...key.publicJwk, key_ops: ['encrypt'] }, source: 'custom' }, 'ERR_KEY_ALG_MISMATCH'],
      [{ issuer: 'https://evil.example', key: key.publicJwk, source: 'custom' }, 'ERR_KEY_RESOLUTION'],
      [{ issuer: ISSUER, kid: 'another-kid', key: key.publicJwk, source: 'custom' }, 'ERR_KEY_RESOLUTION'],
      [{ issuer: ISSUER, kid: 5, key: key.publicJwk, source: 'custom' }, 'ERR_KEY_RESOLUTION'],
      [{ issuer: ISSUER, key: key.publicJwk, source: 'gossip' }, 'ERR_KEY_RESOLUTION'],
      [{ issuer: ISSUER, key: { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }, source: 'custom' }, 'ERR_KEY_RESOLUTION'],
    ];
    for (const [answer, code] of answers) {
      const r: KeyResolver = async () => answer as never;
      await expectCode(verifyCredentialDocument(token, r, opts), code as never);
    }
    const thrower: KeyResolver = async () => {
      throw new RangeError('resolver bug');
    };
    await expectCode(verifyCredentialDocument(token, thrower, opts), 'ERR_KEY_RESOLUTION');
    if (small !== undefined) {
      const ps = await forge({ alg: 'PS256', typ: 'vc+jwt' }, vcJosePayload(), 'PS256');
      for (const k of [
        small.publicKey,
        {
          ...(await crypto.subtle.exportKey('jwk', small.publicKey)),
          alg: undefined,
          key_ops: undefined,
          ext: undefined,
        },
      ]) {
        await expectCode(
          verifyCredentialDocument(ps, async (q) => ({ issuer: q.issuer, key: k as never, source: 'custom' }), opts),
          'ERR_KEY_ALG_MISMATCH',
        );
      }
    }
  });
});

describe('token-chosen trust anchors (embedded jwk, jku, x5u, x5c)', () => {
  it('never uses a key or URL the token brings', async () => {
    const attacker = await keyFor('EdDSA', 'attacker');
    const victim = staticKeyResolver({ [ISSUER]: (await keyFor('EdDSA')).publicJwk });
    const fetch = fakeFetch({});
    const headers = [
      { jwk: attacker.publicJwk },
      { jku: 'https://evil.example/jwks.json', kid: attacker.kid },
      { x5u: 'https://evil.example/cert.pem' },
      { x5c: ['MIIB'] },
    ];
    for (const extra of headers) {
      const token = await forge({ alg: 'EdDSA', typ: 'vc+jwt', ...extra }, vcJosePayload(), 'EdDSA').then(async () => {
        const bytes = new TextEncoder().encode(JSON.stringify(vcJosePayload()));
        return new CompactSign(bytes)
          .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', ...extra } as never)
          .sign(attacker.privateKey);
      });
      const error = await verifyCredentialDocument(token, victim, opts).catch((e) => e);
      expect(['ERR_JWT_SIGNATURE', 'ERR_KEY_RESOLUTION'], JSON.stringify(extra)).toContain(error.code);
    }
    expect(fetch.calls).toEqual([]);
  });

  it('accepts an embedded jwk only when it is the pinned key of the issuer (Open Badges)', async () => {
    const key = await keyFor('EdDSA');
    const { kid: _k, alg: _a, use: _u, ...bare } = key.publicJwk;
    const payload = {
      ...(await import('../fixtures.js')).obDocument(),
      iss: ISSUER,
      sub: 'did:example:learner-1',
      jti: 'urn:uuid:91a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b',
      nbf: 1_735_689_600,
    };
    const pinned = await forge({ alg: 'EdDSA', typ: 'JWT', jwk: bare }, payload);
    expect((await verifyCredentialDocument(pinned, staticKeyResolver({ [ISSUER]: key.publicJwk }), opts)).profile).toBe(
      'ob30-jwt',
    );
    const other = await keyFor('EdDSA', 'other');
    await expectCode(
      verifyCredentialDocument(pinned, staticKeyResolver({ [ISSUER]: other.publicJwk }), opts),
      'ERR_KEY_RESOLUTION',
    );
    const priv = await exportIssuerKey(key);
    await expectCode(
      verifyCredentialDocument(
        await forge({ alg: 'EdDSA', typ: 'JWT', jwk: priv.privateJwk }, payload),
        staticKeyResolver({ [ISSUER]: key.publicJwk }),
        opts,
      ),
      'ERR_JWT_INVALID',
    );
    await expectCode(
      verifyCredentialDocument(
        await forge({ alg: 'EdDSA', typ: 'JWT', jku: 'https://evil.example', kid: 'k' }, payload),
        staticKeyResolver({ [ISSUER]: key.publicJwk }),
        opts,
      ),
      'ERR_JWT_CLAIM_MISMATCH',
    );
  });
});

describe('kid injection', () => {
  it('uses kid only as an equality key: paths, SQL, URLs and control characters select nothing', async () => {
    const key = await keyFor('EdDSA');
    const fetch = fakeFetch({});
    const resolver = staticKeyResolver({ [ISSUER]: { kid: 'k1', key: key.publicJwk } });
    for (const kid of [
      '../../../../etc/passwd',
      "' OR '1'='1",
      'https://evil.example/key.json',
      'k1\u0000',
      'K1',
      ' k1',
      'k1#',
    ]) {
      await expectCode(
        verifyCredentialDocument(await forge({ alg: 'EdDSA', typ: 'vc+jwt', kid }, vcJosePayload()), resolver, opts),
        'ERR_KEY_RESOLUTION',
      );
    }
    expect(fetch.calls).toEqual([]);
  });
});

describe('crit and unencoded payloads', () => {
  it('refuses any crit, b64 and zip', async () => {
    const resolver = await trustingResolver();
    for (const extra of [
      { crit: ['exp'], exp: 1 },
      { crit: [] },
      { crit: ['b64'], b64: false },
      { b64: true },
      { zip: 'DEF' },
    ]) {
      await expectCode(
        verifyCredentialDocument(
          await forge({ alg: 'EdDSA', typ: 'vc+jwt', ...extra }, vcJosePayload()).catch(() =>
            unsigned({ alg: 'EdDSA', typ: 'vc+jwt', ...extra }, vcJosePayload()),
          ),
          resolver,
          opts,
        ),
        'ERR_JWT_INVALID',
      );
    }
  });
});

describe('sign/encrypt confusion (JWE where a JWS is expected)', () => {
  it('refuses five-segment tokens and JWE header parameters', async () => {
    const resolver = await trustingResolver();
    await expectCode(
      verifyCredentialDocument('eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d', resolver, opts),
      'ERR_JWT_INVALID',
    );
    for (const extra of [
      { enc: 'A256GCM' },
      { p2c: 10_000_000, p2s: 'AAAA' },
      { epk: {} },
      { apu: 'a' },
      { apv: 'a' },
      { iv: 'a' },
      { tag: 'a' },
    ]) {
      await expectCode(
        verifyCredentialDocument(
          await forge({ alg: 'EdDSA', typ: 'vc+jwt', ...extra }, vcJosePayload()),
          resolver,
          opts,
        ),
        'ERR_JWT_INVALID',
      );
    }
  });
});

describe('polyglot and non-canonical token text', () => {
  it('accepts only the compact form, one canonical text per signature', async () => {
    const resolver = await trustingResolver();
    const token = await tokenFor('vc-jose-cose');
    const [h, p, s] = token.split('.') as [string, string, string];
    const variants = [
      JSON.stringify({ protected: h, payload: p, signature: s }),
      `${token}\n`,
      ` ${token}`,
      `${h}.${p}.${s}==`,
      `${h}=.${p}.${s}`,
      `${h}.${p}.${s.slice(0, -1)}+`,
      `${h}.${p}.${s.slice(0, -1)}/`,
      `${h}.${p}.${s}.${s}`,
      `${h}..${s}`,
      `${h}.${p}`,
      `${h}.${p} .${s}`,
      `${h}.${p}.${s}${JSON.stringify({ payload: 'x' })}`,
      new String(token),
      [token],
      undefined,
      42,
    ];
    for (const [i, variant] of variants.entries()) {
      const error = await verifyCredentialDocument(variant, resolver, opts).catch((e) => e);
      expect(error?.code, `variant ${i}`).toBe('ERR_JWT_INVALID');
    }
  });
});

describe('psychic signatures and malleability', () => {
  it('refuses ES256 r = s = 0 and Ed25519 S + L; identity never depends on signature bytes', async () => {
    const resolver = await trustingResolver('ES256', 'EdDSA');
    const token = await tokenFor('vc-jose-cose', 'ES256');
    const [h, p] = token.split('.');
    await expectCode(
      verifyCredentialDocument(`${h}.${p}.${b64u(new Uint8Array(64))}`, resolver, opts),
      'ERR_JWT_SIGNATURE',
    );
    // ECDSA malleability: (r, n − s) also verifies; the verified result carries nothing derived from the signature.
    const sig = Uint8Array.from(atob((token.split('.')[2] as string).replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    const n = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
    const s = BigInt(`0x${[...sig.slice(32)].map((b) => b.toString(16).padStart(2, '0')).join('')}`);
    const flipped = (n - s).toString(16).padStart(64, '0');
    const twin = `${h}.${p}.${b64u(Uint8Array.of(...sig.slice(0, 32), ...(flipped.match(/../g) ?? []).map((x) => Number.parseInt(x, 16))))}`;
    const [a, b] = await Promise.all([
      verifyCredentialDocument(token, resolver, opts),
      verifyCredentialDocument(twin, resolver, opts),
    ]);
    expect(b).toEqual(a);
    expect(JSON.stringify(a)).not.toContain(token.split('.')[2]);
    // Ed25519: S + L is refused by the backend (Wycheproof covers the full set).
    const ed = await tokenFor('vc-jose-cose', 'EdDSA');
    const edSig = Uint8Array.from(atob((ed.split('.')[2] as string).replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    const L = 2n ** 252n + 27742317777372353535851937790883648493n;
    let S = 0n;
    for (let i = 63; i >= 32; i -= 1) S = (S << 8n) | BigInt(edSig[i] as number);
    let S2 = S + L;
    const out = edSig.slice();
    for (let i = 32; i < 64; i += 1) {
      out[i] = Number(S2 & 0xffn);
      S2 >>= 8n;
    }
    await expectCode(
      verifyCredentialDocument(`${ed.split('.')[0]}.${ed.split('.')[1]}.${b64u(out)}`, resolver, opts),
      'ERR_JWT_SIGNATURE',
    );
  });
});

describe('expensive-crypto and size DoS', () => {
  it('refuses oversized tokens before decoding or any key lookup', async () => {
    let asked = 0;
    const resolver: KeyResolver = async (r) => {
      asked += 1;
      return (await trustingResolver())(r);
    };
    const big = `${'a'.repeat(1024 * 1024)}.b.c`;
    await expectCode(verifyCredentialDocument(big, resolver, opts), 'ERR_INPUT_TOO_LARGE');
    await expectCode(
      verifyCredentialDocument(await tokenFor('vc-jose-cose'), resolver, { ...opts, maxTokenBytes: 100 }),
      'ERR_INPUT_TOO_LARGE',
    );
    expect(asked).toBe(0);
  });

  it('refuses huge, deep and wide payloads even when signed', async () => {
    const resolver = await trustingResolver();
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const payloads = [
      `${JSON.stringify(vcJosePayload()).slice(0, -1)},"deep":${deep}}`,
      JSON.stringify(vcJosePayload({ wide: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])) })),
      JSON.stringify(vcJosePayload({ long: 'x'.repeat(70_000) })),
      JSON.stringify(vcJosePayload({ items: Array.from({ length: 20_000 }, () => 0) })),
    ];
    for (const payload of payloads) {
      const token = await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, payload);
      await expectCode(verifyCredentialDocument(token, resolver, opts), 'ERR_INPUT_TOO_LARGE');
    }
  });
});

describe('nested and cross-JWT confusion', () => {
  it('refuses other token types, nested JWTs and presentations', async () => {
    const resolver = await trustingResolver();
    for (const typ of [
      'vp+jwt',
      'vc+sd-jwt',
      'at+jwt',
      'dpop+jwt',
      'statuslist+jwt',
      'application/vp+jwt',
      'JOSE',
      5,
    ]) {
      await expectCode(
        verifyCredentialDocument(await forge({ alg: 'EdDSA', typ }, vcJosePayload()), resolver, opts),
        'ERR_JWT_TYPE',
      );
    }
    await expectCode(
      verifyCredentialDocument(
        await forge({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'JWT' }, vcJosePayload()),
        resolver,
        opts,
      ),
      'ERR_JWT_TYPE',
    );
    await expectCode(
      verifyCredentialDocument(await forge({ alg: 'EdDSA', typ: 'JWT', cty: 'vc' }, { vc: {} }), resolver, opts),
      'ERR_JWT_TYPE',
    );
    await expectCode(
      verifyCredentialDocument(await forge({ alg: 'EdDSA', typ: 'JWT' }, { iss: ISSUER, sub: 'x' }), resolver, opts),
      'ERR_JWT_TYPE',
    );
    await expectCode(
      verifyCredentialDocument(
        await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, JSON.stringify(await tokenFor('vc-jose-cose'))),
        resolver,
        opts,
      ),
      'ERR_JWT_INVALID',
    );
    await expectCode(
      verifyCredentialDocument(await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, vcJosePayload({ vp: {} })), resolver, opts),
      'ERR_JWT_CLAIM_MISMATCH',
    );
    // typ is compared as a media type: case-insensitive, optional application/ prefix.
    expect(
      (
        await verifyCredentialDocument(
          await forge({ alg: 'EdDSA', typ: 'application/VC+JWT' }, vcJosePayload()),
          resolver,
          opts,
        )
      ).profile,
    ).toBe('vc-jose-cose');
  });
});

describe('SSRF through did:web', () => {
  it('never fetches private, loopback, link-local or local hosts named by a token issuer', async () => {
    const fetch = fakeFetch({});
    const resolver = didWebResolver({ fetch });
    for (const did of [
      'did:web:127.0.0.1',
      'did:web:10.0.0.7',
      'did:web:169.254.169.254',
      'did:web:%5B%3A%3A1%5D',
      'did:web:localhost',
      'did:web:metadata.internal',
      'did:web:2130706433',
      'did:web:0x7f.1',
    ]) {
      const token = await forge(
        { alg: 'EdDSA', typ: 'vc+jwt', kid: `${did}#k` },
        vcJosePayload({ iss: did, issuer: did }),
      );
      await expectCode(verifyCredentialDocument(token, resolver, opts), 'ERR_KEY_RESOLUTION');
    }
    expect(fetch.calls).toEqual([]);
    const redirecting = fakeFetch({
      'https://uni.example/.well-known/did.json': {
        body: '',
        status: 307,
        headers: { location: 'https://169.254.169.254/latest' },
      },
    });
    const did = 'did:web:uni.example';
    const token = await forge(
      { alg: 'EdDSA', typ: 'vc+jwt', kid: `${did}#k` },
      vcJosePayload({ iss: did, issuer: did }),
    );
    await expectCode(
      verifyCredentialDocument(token, didWebResolver({ fetch: redirecting }), opts),
      'ERR_KEY_RESOLUTION',
    );
    expect(redirecting.calls).toEqual(['https://uni.example/.well-known/did.json']);
  });
});

describe('prototype pollution, duplicate names and lone surrogates', () => {
  it('refuses reserved keys at any depth and leaves Object.prototype alone', async () => {
    const resolver = await trustingResolver();
    const base = JSON.stringify(vcJosePayload()).slice(0, -1);
    for (const extra of [
      '"__proto__":{"polluted":true}',
      '"credentialSubject2":{"constructor":{"prototype":{"polluted":true}}}',
      '"x":{"prototype":1}',
    ]) {
      const error = await expectCode(
        verifyCredentialDocument(await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, `${base},${extra}}`), resolver, opts),
        'ERR_VALIDATION',
      );
      expect(error['issues']).toContainEqual(expect.objectContaining({ code: 'forbidden_key' }));
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses duplicate member names in header and payload (two parsers could disagree)', async () => {
    const resolver = await trustingResolver();
    const key = await keyFor('EdDSA');
    const sign = async (header: string, payload: string) => {
      const input = `${b64u(header)}.${b64u(payload)}`;
      const sig = new Uint8Array(await crypto.subtle.sign('Ed25519', key.privateKey, new TextEncoder().encode(input)));
      return `${input}.${b64u(sig)}`;
    };
    const payload = JSON.stringify(vcJosePayload());
    await expectCode(
      verifyCredentialDocument(await sign('{"alg":"none","alg":"EdDSA","typ":"vc+jwt"}', payload), resolver, opts),
      'ERR_JWT_INVALID',
    );
    await expectCode(
      verifyCredentialDocument(
        await sign('{"alg":"EdDSA","typ":"vc+jwt"}', `${payload.slice(0, -1)},"iss":"https://evil.example"}`),
        resolver,
        opts,
      ),
      'ERR_JWT_INVALID',
    );
    await expectCode(
      verifyCredentialDocument(
        await sign('{"alg":"EdDSA","typ":"vc+jwt"}', payload.replace('"name":', '"name":"a","name":')),
        resolver,
        opts,
      ),
      'ERR_JWT_INVALID',
    );
    // Escaped names are names too: "\u0069ss" is "iss".
    await expectCode(
      verifyCredentialDocument(
        await sign('{"alg":"EdDSA","typ":"vc+jwt"}', `${payload.slice(0, -1)},"\\u0069ss":"x"}`),
        resolver,
        opts,
      ),
      'ERR_JWT_INVALID',
    );
    await expectCode(
      verifyCredentialDocument(await sign('{"alg":"EdDSA","typ":"vc+jwt"}', `\ufeff${payload}`), resolver, opts),
      'ERR_JWT_INVALID',
    );
  });

  it('refuses lone surrogates and invalid UTF-8', async () => {
    const resolver = await trustingResolver();
    const error = await expectCode(
      verifyCredentialDocument(
        await forge(
          { alg: 'EdDSA', typ: 'vc+jwt' },
          JSON.stringify(vcJosePayload({ note: 'a' })).replace('"a"', '"\\ud800"'),
        ),
        resolver,
        opts,
      ),
      'ERR_VALIDATION',
    );
    expect(error['issues']).toContainEqual(expect.objectContaining({ code: 'lone_surrogate' }));
    const key = await keyFor('EdDSA');
    const input = `${b64u('{"alg":"EdDSA","typ":"vc+jwt"}')}.${b64u(Uint8Array.of(0x7b, 0xff, 0x7d))}`;
    const sig = b64u(
      new Uint8Array(await crypto.subtle.sign('Ed25519', key.privateKey, new TextEncoder().encode(input))),
    );
    await expectCode(verifyCredentialDocument(`${input}.${sig}`, resolver, opts), 'ERR_JWT_INVALID');
  });
});

describe('key purpose and try-every-key', () => {
  it('asks the resolver once per token and never loops over keys', async () => {
    const a = await keyFor('EdDSA', 'a');
    const b = await keyFor('EdDSA');
    let calls = 0;
    const inner = staticKeyResolver({ [ISSUER]: [a.publicJwk, b.publicJwk] });
    const counting: KeyResolver = async (r) => {
      calls += 1;
      return inner(r);
    };
    const token = await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, vcJosePayload());
    await expectCode(verifyCredentialDocument(token, counting, opts), 'ERR_KEY_AMBIGUOUS');
    expect(calls).toBe(1);
    const wrongKid = await forge({ alg: 'EdDSA', typ: 'vc+jwt', kid: a.kid }, vcJosePayload());
    await expectCode(verifyCredentialDocument(wrongKid, counting, opts), 'ERR_JWT_SIGNATURE');
  });
});

describe('identifiers are compared exactly', () => {
  it('does not case-fold, trim or normalise issuer ids', async () => {
    const key = await keyFor('EdDSA');
    const resolver = staticKeyResolver({
      [ISSUER]: key.publicJwk,
      'https://UNI.example': key.publicJwk,
      'https://uni.example/': key.publicJwk,
    });
    for (const iss of ['https://UNI.example', 'https://uni.example/']) {
      await expectCode(
        verifyCredentialDocument(await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, vcJosePayload({ iss })), resolver, opts),
        'ERR_JWT_CLAIM_MISMATCH',
      );
    }
  });
});
