import { SDJwtInstance } from '@sd-jwt/core';
import { CompactSign } from 'jose';
import { buildEudiClaims } from '../../../src/eudi/build-claims.js';
import { toFrame } from '../../../src/eudi/frames.js';
import {
  createTokenStatusList,
  issueEudiCredential,
  type SignTokenStatusListOptions,
  setTokenStatus,
  signTokenStatusList,
  type TokenStatusBits,
} from '../../../src/eudi/index.js';
import { salt, sha256, webCryptoSigner } from '../../../src/eudi/sd-crypto.js';
import type { IssuerKey } from '../../../src/jwt/index.js';
import { fakeFetch, type Route } from '../../jwt/fake-fetch.js';
import { NOW, setup } from '../support.js';

export const LIST = 'https://uni.example/status/1';
export const JWT_TYPE = { 'content-type': 'application/statuslist+jwt' };

/** An attestation of the example credential whose `status.status_list` points at `idx` of `uri`. */
export async function attestation(idx: number, uri = LIST): Promise<string> {
  const { issuerKey, wallet, mc } = await setup();
  return (await issueEudiCredential(mc, issuerKey, { holderKey: wallet.publicJwk, now: NOW, status: { idx, uri } }))
    .token;
}

/** An attestation with any `status` claim (even one `issueEudiCredential` would refuse), signed by the issuer. */
export function attestationWithStatus(status: unknown): Promise<string> {
  return attestationWith({ status });
}

/** An attestation of the example credential with extra (or replaced) claims in the clear, signed by the issuer. */
export async function attestationWith(extra: Record<string, unknown>): Promise<string> {
  const { issuerKey, wallet, mc } = await setup();
  const instance = new SDJwtInstance({
    hasher: sha256,
    saltGenerator: salt,
    signer: webCryptoSigner('ES256', issuerKey.privateKey),
    signAlg: 'ES256',
  });
  const { claims, disclosable } = buildEudiClaims(mc);
  const payload = { ...claims, iat: Math.floor(NOW.getTime() / 1000), cnf: { jwk: wallet.publicJwk }, ...extra };
  return instance.issue(payload, toFrame(disclosable) as never, {
    header: { typ: 'dc+sd-jwt', kid: issuerKey.kid as string },
  });
}

/** The issuer's Status List Token with the given entries set, issued an hour before NOW. */
export async function listToken(
  values: Record<number, number>,
  options: Partial<SignTokenStatusListOptions> & { bits?: TokenStatusBits; length?: number; key?: IssuerKey } = {},
): Promise<string> {
  const { bits = 2, length = 1024, key, ...sign } = options;
  const signer = key ?? (await setup()).issuerKey;
  let list = createTokenStatusList({ length, bits });
  for (const [i, v] of Object.entries(values)) list = setTokenStatus(list, Number(i), v);
  return signTokenStatusList(list, signer, { uri: LIST, now: new Date(NOW.getTime() - 3_600_000), ...sign });
}

/** A token with any header and payload, signed by the issuer's key (for the malformed cases). */
export async function rawToken(header: Record<string, unknown>, payload: Record<string, unknown>): Promise<string> {
  const { issuerKey } = await setup();
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ES256', kid: issuerKey.kid, ...header })
    .sign(issuerKey.privateKey);
}

/** Serves `token` at LIST as a Status List Token (plus other routes); the double records every call. */
export function serve(token: string, headers: Record<string, string> = JWT_TYPE, extra: Record<string, Route> = {}) {
  return fakeFetch({ [LIST]: { body: token, headers }, ...extra });
}
