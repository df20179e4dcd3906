/**
 * The forging keys of test/jwt/verify/attacks-keys.test.ts on the SD-JWT VC paths: the issuer's key, the
 * holder's `cnf` key that signs the key-binding JWT, and the key of a Status List Token. Each is admitted by
 * the same rule and refused with ERR_KEY_INVALID.
 */
import { SDJwtInstance } from '@sd-jwt/core';
import type { JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { buildEudiClaims } from '../../../src/eudi/build-claims.js';
import { toFrame } from '../../../src/eudi/frames.js';
import { issueEudiCredential, verifyEudiPresentation } from '../../../src/eudi/index.js';
import { salt, sha256 } from '../../../src/eudi/sd-crypto.js';
import { parseMicroCredential } from '../../../src/index.js';
import { didJwkFromJwk, didJwkResolver, staticKeyResolver } from '../../../src/jwt/index.js';
import { b64u, expectCode, segmentJson } from '../../jwt/fixtures.js';
import {
  exponentOneJwk,
  exponentOneSignature,
  forgeExponentOne,
  forgeNeutral,
  NEUTRAL,
  neutralSignature,
  okpJwk,
  someModulus,
} from '../../jwt/weak-keys.js';
import { attestation, LIST, listToken, serve } from '../status/support.js';
import { AUD, NONCE, NOW, setup } from '../support.js';

interface Weak {
  readonly alg: 'PS256' | 'EdDSA';
  readonly jwk: JWK;
  readonly sign: (input: string) => string;
  readonly forge: (header: object, payload: object) => string;
}

const WEAK: readonly [string, () => Weak][] = [
  [
    'e = 1',
    () => ({
      alg: 'PS256',
      jwk: exponentOneJwk(someModulus()),
      sign: (input) => exponentOneSignature(input),
      forge: (h, p) => forgeExponentOne({ ...h, alg: 'PS256' }, p),
    }),
  ],
  [
    'neutral Ed25519',
    () => ({
      alg: 'EdDSA',
      jwk: okpJwk(NEUTRAL),
      sign: () => neutralSignature(),
      forge: (h, p) => forgeNeutral({ ...h, alg: 'EdDSA' }, p),
    }),
  ],
];

describe.each(WEAK)('SD-JWT VC keys: %s', (_name, make) => {
  it('refuses the issuer key (a did:jwk nobody holds a private key for)', async () => {
    const weak = make();
    const did = didJwkFromJwk(weak.jwk);
    const { mc: base, wallet } = await setup();
    const mc = parseMicroCredential({ ...base, issuer: { ...base.issuer, id: did } });
    const instance = new SDJwtInstance({
      hasher: sha256,
      saltGenerator: salt,
      signer: async (data: string) => weak.sign(data),
      signAlg: weak.alg,
    });
    const { claims, disclosable } = buildEudiClaims(mc);
    const token = await instance.issue(
      { ...claims, iat: Math.floor(NOW.getTime() / 1000), cnf: { jwk: wallet.publicJwk } },
      toFrame(disclosable) as never,
      { header: { typ: 'dc+sd-jwt', kid: `${did}#0` } },
    );
    await expectCode(verifyEudiPresentation(token, didJwkResolver(), { now: NOW, status: false }), 'ERR_KEY_INVALID');
  });

  it('refuses the holder key in "cnf" that would sign the key-binding JWT', async () => {
    const weak = make();
    const { issuerKey, mc } = await setup();
    const { token } = await issueEudiCredential(mc, issuerKey, { holderKey: weak.jwk, now: NOW });
    const withoutKb = token.endsWith('~') ? token : `${token}~`;
    const sdHash = b64u(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(withoutKb))));
    const kb = weak.forge(
      { typ: 'kb+jwt' },
      { aud: AUD, nonce: NONCE, iat: Math.floor(NOW.getTime() / 1000), sd_hash: sdHash },
    );
    await expectCode(
      verifyEudiPresentation(`${withoutKb}${kb}`, didJwkResolver(), {
        now: NOW,
        status: false,
        keyBinding: { audience: AUD, nonce: NONCE },
      }),
      'ERR_KEY_INVALID',
    );
  });

  it('refuses the key of a Status List Token (a forged list never clears a revoked attestation)', async () => {
    const weak = make();
    const { did } = await setup();
    const genuine = await listToken({ 3: 1 });
    const forged = weak.forge(
      { typ: 'statuslist+jwt' },
      { ...segmentJson(genuine, 1), status_list: segmentJson(await listToken({}), 1)['status_list'] },
    );
    const keys = staticKeyResolver({ [did]: weak.jwk });
    const result = await verifyEudiPresentation(await attestation(3), didJwkResolver(), {
      now: NOW,
      status: { fetch: serve(forged), keys, softFail: true },
    });
    expect(result.status).toMatchObject({ uri: LIST, idx: 3, outcome: 'unknown', code: 'ERR_KEY_INVALID' });
  });
});
