import { type CompactJWSHeaderParameters, CompactSign } from 'jose';
import type { SigningAlgorithm } from '../../src/jwt/algorithms.js';
import type { JwtProfile } from '../../src/jwt/profiles.js';
import { staticKeyResolver } from '../../src/jwt/resolvers/static-key-resolver.js';
import type { KeyResolver } from '../../src/jwt/resolvers/types.js';
import { signCredentialDocument } from '../../src/jwt/sign/sign-credential-document.js';
import { b64u, ISSUER, type Json, keyFor, NOW, obDocument, vc2Document, vc11Document } from './fixtures.js';

/** The document each profile signs. */
export function documentFor(profile: JwtProfile, overrides: Json = {}): Json {
  if (profile === 'vc11-jwt') return vc11Document(overrides);
  if (profile === 'ob30-jwt') return obDocument(overrides);
  return vc2Document(overrides);
}

/** Signs the profile's document with the algorithm's test key (kid = thumbprint). */
export async function tokenFor(
  profile: JwtProfile,
  alg: SigningAlgorithm = 'EdDSA',
  overrides: Json = {},
): Promise<string> {
  return signCredentialDocument(documentFor(profile, overrides), await keyFor(alg), { format: profile, now: NOW });
}

/** A resolver that trusts every test key of `ISSUER`. */
export async function trustingResolver(...algs: SigningAlgorithm[]): Promise<KeyResolver> {
  const keys = await Promise.all((algs.length === 0 ? ['EdDSA' as const] : algs).map((a) => keyFor(a)));
  return staticKeyResolver({ [ISSUER]: keys.map((k) => k.publicJwk) });
}

/** Signs any header and payload with a test key: for building hostile tokens the signer would refuse. */
export async function forge(
  header: Record<string, unknown>,
  payload: unknown,
  alg: SigningAlgorithm = 'EdDSA',
): Promise<string> {
  const key = await keyFor(alg);
  const bytes = new TextEncoder().encode(typeof payload === 'string' ? payload : JSON.stringify(payload));
  return new CompactSign(bytes).setProtectedHeader(header as CompactJWSHeaderParameters).sign(key.privateKey);
}

/** A token with this header and payload and the signature of another token (so only the signature is wrong). */
export function unsigned(header: Record<string, unknown>, payload: unknown, signature = 'AAAA'): string {
  return `${b64u(JSON.stringify(header))}.${b64u(typeof payload === 'string' ? payload : JSON.stringify(payload))}.${signature}`;
}

/** The VC-JOSE-COSE payload our signer produces for the default VC 2.0 document. */
export function vcJosePayload(overrides: Json = {}): Json {
  return {
    ...vc2Document(),
    iss: ISSUER,
    jti: vc2Document()['id'],
    sub: 'did:example:learner-1',
    iat: Math.floor(NOW.getTime() / 1000),
    ...overrides,
  };
}
