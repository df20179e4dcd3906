import { decodeBase58btc, encodeBase58btc } from '../jwt/encoding/base58.js';
import { fail } from '../jwt/jwt-error.js';
import type { Deadline } from '../jwt/net/deadline.js';
import { type KeyInput, keyRequest, resolveKey, type VerifiedKey } from '../jwt/verify/resolve-key.js';
import type { SuiteKey } from './suites.js';

/**
 * Finds the key of a proof's verification method. The method must be a DID URL or URL with a fragment whose
 * controller (the part before `#`) is the credential's issuer; the resolver (did:key, did:web, did:jwk, JWKS,
 * static keys, or the caller's own) must answer for that issuer with that method as `kid`, and the did:web and
 * did:key resolvers only return methods listed under the controller's `assertionMethod` whose `controller` is
 * the DID. The key is then checked like any JWT verification key (family, curve, no private parts; Ed25519
 * keys decoded from a multikey must be canonical points of large order).
 */
export async function resolveProofKey(
  keys: KeyInput,
  issuers: readonly string[],
  method: unknown,
  suiteKey: SuiteKey,
  deadline: Deadline,
  path: readonly (string | number)[],
): Promise<{ cryptoKey: CryptoKey; key: VerifiedKey }> {
  const where = [...path, 'verificationMethod'];
  if (typeof method !== 'string' || method.length === 0 || method.length > 2048) {
    fail('ERR_PROOF_INVALID', 'The proof needs a verificationMethod URL', where);
  }
  const hash = method.indexOf('#');
  if (hash <= 0 || hash === method.length - 1) {
    fail(
      'ERR_KEY_RESOLUTION',
      `The verification method ${method} has no fragment naming a key of its controller`,
      where,
    );
  }
  const controller = method.slice(0, hash);
  if (!issuers.includes(controller)) {
    fail(
      'ERR_KEY_RESOLUTION',
      `The verification method ${method} is controlled by ${controller}, not by the issuer ${issuers.join(', ')}`,
      where,
    );
  }
  return resolveKey(
    keys,
    keyRequest(controller, suiteKey.alg, 'data-integrity', method, deadline),
    undefined,
    deadline,
  );
}

/** Decodes a `proofValue`: multibase base58btc (`z`) only, canonical, at most 256 characters. */
export function decodeProofValue(value: unknown, path: readonly (string | number)[]): Uint8Array {
  const where = [...path, 'proofValue'];
  if (typeof value !== 'string' || !value.startsWith('z') || value.length > 256) {
    fail('ERR_PROOF_INVALID', 'The proofValue must be a multibase base58btc string (starting with "z")', where);
  }
  const bytes = decodeBase58btc(value.slice(1));
  if (bytes === undefined || `z${encodeBase58btc(bytes)}` !== value) {
    fail('ERR_PROOF_INVALID', 'The proofValue is not canonical base58btc', where);
  }
  return bytes;
}

const WEBCRYPTO: Record<SuiteKey['alg'], AlgorithmIdentifier | EcdsaParams> = {
  EdDSA: { name: 'Ed25519' },
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  ES384: { name: 'ECDSA', hash: 'SHA-384' },
};

/** Checks the signature over the hash data with WebCrypto (Ed25519, or ECDSA with IEEE P1363 r‖s). */
export async function verifyProofSignature(
  cryptoKey: CryptoKey,
  suiteKey: SuiteKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  try {
    return await crypto.subtle.verify(
      WEBCRYPTO[suiteKey.alg],
      cryptoKey,
      signature as Uint8Array<ArrayBuffer>,
      data as Uint8Array<ArrayBuffer>,
    );
  } catch {
    return false;
  }
}

/** Signs hash data with WebCrypto (Ed25519, or ECDSA P1363). */
export async function signProofData(privateKey: CryptoKey, suiteKey: SuiteKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(WEBCRYPTO[suiteKey.alg], privateKey, data as Uint8Array<ArrayBuffer>));
}
