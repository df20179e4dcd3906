import { describe, expect, it } from 'vitest';
import {
  issueEudiCredential,
  MICROCRED_CLAIM,
  presentEudiCredential,
  verifyEudiPresentation,
} from '../../src/eudi/index.js';
import { didJwkResolver, generateIssuerKey } from '../../src/jwt/index.js';
import { b64u, expectCode } from '../jwt/fixtures.js';
import { AUD, NONCE, NOW, setup } from './support.js';

const verify = (presentation: string, kb = false) =>
  verifyEudiPresentation(presentation, didJwkResolver(), {
    now: NOW,
    ...(kb ? { keyBinding: { audience: AUD, nonce: NONCE } } : {}),
  });

async function issued(): Promise<string> {
  const { issuerKey, wallet, mc } = await setup();
  return (await issueEudiCredential(mc, issuerKey, { holderKey: wallet.publicJwk, now: NOW })).token;
}

const parts = (token: string) => {
  const split = token.split('~');
  return { jwt: split[0] as string, disclosures: split.slice(1, -1) };
};
const join = (jwt: string, disclosures: readonly string[]) => `${jwt}~${disclosures.join('~')}~`;
const decode = (d: string): unknown[] =>
  JSON.parse(
    new TextDecoder().decode(Uint8Array.from(atob(d.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))),
  );

describe('disclosures', () => {
  it('accepts the issued token as it is', async () => {
    await expect(verify(await issued())).resolves.toBeDefined();
  });

  it('rejects an altered disclosure (value changed, digest no longer matches)', async () => {
    const { jwt, disclosures } = parts(await issued());
    const i = disclosures.findIndex((d) => decode(d)[1] === 'family_name');
    const [salt] = decode(disclosures[i] as string);
    const altered = [...disclosures];
    altered[i] = b64u(JSON.stringify([salt, 'family_name', 'Mallory']));
    await expectCode(verify(join(jwt, altered)), 'ERR_SD_JWT_DISCLOSURE');
  });

  it('rejects a duplicated disclosure', async () => {
    const { jwt, disclosures } = parts(await issued());
    await expectCode(verify(join(jwt, [...disclosures, disclosures[0] as string])), 'ERR_SD_JWT_DISCLOSURE');
  });

  it('rejects an added disclosure the issuer never signed', async () => {
    const { jwt, disclosures } = parts(await issued());
    const added = b64u(JSON.stringify(['c2FsdHNhbHRzYWx0', 'assessment_grade', 'A+']));
    await expectCode(verify(join(jwt, [...disclosures, added])), 'ERR_SD_JWT_DISCLOSURE');
  });

  it('treats a dropped disclosure as undisclosed: the claim never appears in the result', async () => {
    const { jwt, disclosures } = parts(await issued());
    const kept = disclosures.filter(
      (d) => !['family_name', 'given_name', 'learner_identification'].includes(String(decode(d)[1])),
    );
    const withoutLearner = kept.filter((d) => decode(d)[1] !== 'learner');
    const verified = await verify(join(jwt, withoutLearner));
    for (const name of ['family_name', 'given_name', 'learner_identification'])
      expect(verified.claims).not.toHaveProperty(name);
    expect(verified.claims[MICROCRED_CLAIM]).not.toHaveProperty('learner');
    expect(JSON.stringify(verified)).not.toContain('Jansen');
    expect(verified.result.complete).toBe(false);
    expect(verified.coverage.find((e) => e.element === 'learner')?.outcome).toBe('absent');
  });

  it('discloses only what the wallet chose', async () => {
    const { wallet } = await setup();
    const presentation = await presentEudiCredential(await issued(), {
      disclose: [['level_of_learning_experience'], [MICROCRED_CLAIM, 'level']],
      keyBinding: { key: wallet, audience: AUD, nonce: NONCE, now: NOW },
    });
    const verified = await verify(presentation, true);
    expect(verified.claims['level_of_learning_experience']).toBe(6);
    expect(verified.claims).not.toHaveProperty('family_name');
    expect(Object.keys(verified.claims[MICROCRED_CLAIM] as object)).toEqual(['level']);
    expect(JSON.stringify(verified)).not.toContain('Jansen');
  });

  it('rejects a disclosure of a claim the type marks sd: never or a registered claim', async () => {
    const { issuerKey, wallet, mc } = await setup();
    const { SDJwtInstance } = await import('@sd-jwt/core');
    const { sha256, salt, webCryptoSigner } = await import('../../src/eudi/sd-crypto.js');
    const { buildEudiClaims } = await import('../../src/eudi/build-claims.js');
    const { claims } = buildEudiClaims(mc);
    const instance = new SDJwtInstance({
      hasher: sha256,
      saltGenerator: salt,
      signer: webCryptoSigner('ES256', issuerKey.privateKey),
      signAlg: 'ES256',
    });
    const payload = { ...claims, iat: 1_751_000_000, cnf: { jwk: wallet.publicJwk } };
    const header = { header: { typ: 'dc+sd-jwt', kid: issuerKey.kid } };
    const sdNever = await instance.issue(payload, { _sd: ['achievement_title'] } as never, header);
    await expectCode(verify(sdNever), 'ERR_SD_JWT_DISCLOSURE');
    const plainAlways = await instance.issue(payload, {} as never, header);
    await expectCode(verify(plainAlways), 'ERR_SD_JWT_DISCLOSURE');
  });
});

describe('key binding', () => {
  it('is required when the verifier asks for it', async () => {
    await expectCode(verify(await issued(), true), 'ERR_KEY_BINDING');
  });

  it('rejects a wrong audience, nonce, key, age or disclosure set', async () => {
    const { wallet } = await setup();
    const token = await issued();
    const other = await generateIssuerKey('ES256');
    const kb = (over: Record<string, unknown>) =>
      presentEudiCredential(token, {
        keyBinding: { key: wallet, audience: AUD, nonce: NONCE, now: NOW, ...over } as never,
      });
    await expectCode(verify(await kb({ audience: 'https://other.example' }), true), 'ERR_KEY_BINDING');
    await expectCode(verify(await kb({ nonce: 'replayed' }), true), 'ERR_KEY_BINDING');
    await expectCode(verify(await kb({ key: other }), true), 'ERR_KEY_BINDING');
    await expectCode(verify(await kb({ now: new Date(NOW.getTime() - 3_600_000) }), true), 'ERR_KEY_BINDING');
    await expectCode(verify(await kb({ now: new Date(NOW.getTime() + 3_600_000) }), true), 'ERR_KEY_BINDING');
    const good = await kb({});
    const { jwt, disclosures } = parts(good.slice(0, good.lastIndexOf('~') + 1));
    const fewer = `${join(jwt, disclosures.slice(1))}${good.slice(good.lastIndexOf('~') + 1)}`;
    await expectCode(verify(fewer, true), 'ERR_KEY_BINDING');
    await expect(verify(good, true)).resolves.toBeDefined();
  });
});

describe('header and envelope', () => {
  it('rejects another typ, an expired attestation, an unknown issuer key and a status it cannot check', async () => {
    const { issuerKey, wallet, mc } = await setup();
    const { SDJwtInstance } = await import('@sd-jwt/core');
    const { sha256, salt, webCryptoSigner } = await import('../../src/eudi/sd-crypto.js');
    const instance = new SDJwtInstance({
      hasher: sha256,
      saltGenerator: salt,
      signer: webCryptoSigner('ES256', issuerKey.privateKey),
      signAlg: 'ES256',
    });
    const { buildEudiClaims } = await import('../../src/eudi/build-claims.js');
    const { claims, disclosable } = buildEudiClaims(mc);
    const { toFrame } = await import('../../src/eudi/frames.js');
    const payload = { ...claims, iat: 1_751_000_000, cnf: { jwk: wallet.publicJwk } };
    const vcTyp = await instance.issue(payload, toFrame(disclosable) as never, { header: { typ: 'vc+sd-jwt' } });
    await expectCode(verify(vcTyp), 'ERR_JWT_TYPE');
    await expect(
      verifyEudiPresentation(vcTyp, didJwkResolver(), { now: NOW, acceptVcSdJwt: true }),
    ).resolves.toBeDefined();
    const expired = await issueEudiCredential(mc, issuerKey, {
      holderKey: wallet.publicJwk,
      now: NOW,
      expiresAt: new Date(NOW.getTime() - 7_200_000),
    });
    await expectCode(verify(expired.token), 'ERR_JWT_EXPIRED');
    const status = { idx: 7, uri: 'https://uni.example/status/1' };
    const withStatus = await issueEudiCredential(mc, issuerKey, { holderKey: wallet.publicJwk, now: NOW, status });
    const unreachable = async () => new Response('not found', { status: 404 });
    await expectCode(
      verifyEudiPresentation(withStatus.token, didJwkResolver(), { now: NOW, status: { fetch: unreachable } }),
      'ERR_STATUS_UNAVAILABLE',
    );
    const soft = await verifyEudiPresentation(withStatus.token, didJwkResolver(), {
      now: NOW,
      status: { fetch: unreachable, softFail: true },
    });
    expect(soft.status).toMatchObject({ ...status, outcome: 'unknown', reason: 'STATUS_RETRIEVAL_ERROR' });
    const stranger = await generateIssuerKey('ES256');
    await expectCode(verifyEudiPresentation(withStatus.token, stranger.publicJwk, { now: NOW }), 'ERR_KEY_RESOLUTION');
  });

  it('refuses malformed options and inputs', async () => {
    await expectCode(verify('not an sd-jwt'), 'ERR_JWT_INVALID');
    await expectCode(verify(`${(await issued()).split('~')[0]}~~`), 'ERR_SD_JWT_DISCLOSURE');
    await expectCode(
      verifyEudiPresentation(await issued(), didJwkResolver(), { keyBinding: { audience: '', nonce: 'x' } }),
      'ERR_OPTIONS_INVALID',
    );
  });
});
