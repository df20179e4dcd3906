import type { SigningAlgorithm } from '../jwt/algorithms.js';
import { encodeBase64url } from '../jwt/encoding/base64url.js';
import { fail } from '../jwt/jwt-error.js';

const PARAMS: Readonly<Record<SigningAlgorithm, AlgorithmIdentifier | EcdsaParams | RsaPssParams>> = {
  EdDSA: { name: 'Ed25519' },
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  ES384: { name: 'ECDSA', hash: 'SHA-384' },
  PS256: { name: 'RSA-PSS', saltLength: 32 },
  RS256: { name: 'RSASSA-PKCS1-v1_5' },
};
const encoder = new TextEncoder();

/** The only `_sd_alg` microcred writes and accepts (RFC 9901 default). */
export const SD_HASH_ALG = 'sha-256';

/** SHA-256 of the ASCII text (a disclosure or an SD-JWT), for the library's `hasher` callback. */
export async function sha256(data: string | ArrayBuffer, alg: string): Promise<Uint8Array> {
  if (alg.toLowerCase() !== SD_HASH_ALG)
    fail('ERR_JWT_INVALID', `The hash algorithm ${alg} is not supported`, ['payload', '_sd_alg']);
  const bytes = typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** The base64url SHA-256 digest of a disclosure, as referenced from `_sd` and `...`. */
export async function disclosureDigest(disclosure: string): Promise<string> {
  return encodeBase64url(await sha256(disclosure, SD_HASH_ALG));
}

/** 128 random bits per salt (RFC 9901 §9.3), base64url. */
export function salt(length: number): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(Math.max(16, length))));
}

/** A JWS signer over WebCrypto: the raw signature (r‖s for ECDSA) as base64url, which is the JWS format. */
export function webCryptoSigner(alg: SigningAlgorithm, key: CryptoKey): (data: string) => Promise<string> {
  return async (data) =>
    encodeBase64url(new Uint8Array(await crypto.subtle.sign(PARAMS[alg], key, encoder.encode(data))));
}
