import { calculateJwkThumbprint, exportJWK, importJWK } from 'jose';
import type { SigningAlgorithm } from '../algorithms.js';
import { fail } from '../jwt-error.js';
import type { JWK } from './jwk.js';
import { admitCryptoKeyMaterial, admitJwkMaterial } from './key-admission.js';
import {
  cryptoKeyFits,
  hasPrivateMembers,
  isCryptoKey,
  isPlainObject,
  jwkFits,
  RSA_MAX_BITS,
  RSA_MIN_BITS,
  rsaModulusBits,
} from './key-families.js';

const PUBLIC_MEMBERS: readonly string[] = ['kty', 'crv', 'x', 'y', 'n', 'e'];
const imported = new WeakMap<object, Map<SigningAlgorithm, Promise<CryptoKey>>>();
const thumbprints = new WeakMap<object, Promise<string | undefined>>();

/**
 * Step 5 of the pipeline: checks that what a resolver returned is an asymmetric public key of the family
 * `alg` demands and returns it as a `CryptoKey`. Raw bytes, strings, secret or private keys, JWKs with private
 * members and JWKs whose `alg`, `use` or `key_ops` forbid this use are refused: jose would treat bytes as an
 * HMAC secret, so this holds even if an algorithm list were misconfigured. This is the one place a key is
 * admitted for verification (credentials, status lists, SD-JWT issuers, key-binding `cnf` keys), so the key
 * material rules apply on every path: an RSA exponent that is odd and in (2^16, 2^256), an Ed25519 point that
 * is canonical, on the curve and not of small order (`ERR_KEY_INVALID`).
 */
export async function toVerificationKey(key: unknown, alg: SigningAlgorithm): Promise<CryptoKey> {
  if (isCryptoKey(key)) {
    if (key.type !== 'public') fail('ERR_KEY_RESOLUTION', `A ${key.type} CryptoKey cannot be a verification key`);
    if (!cryptoKeyFits(key, alg)) fail('ERR_KEY_ALG_MISMATCH', `The ${key.algorithm.name} key cannot verify ${alg}`);
    if (!key.usages.includes('verify')) fail('ERR_KEY_ALG_MISMATCH', 'The CryptoKey is not usable for "verify"');
    const bits = (key.algorithm as { modulusLength?: number }).modulusLength;
    if (bits !== undefined && (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS)) {
      fail('ERR_KEY_ALG_MISMATCH', `RSA keys must have ${RSA_MIN_BITS}–${RSA_MAX_BITS} bits, not ${bits}`);
    }
    await admitCryptoKeyMaterial(key);
    return key;
  }
  if (!isPlainObject(key)) {
    fail('ERR_KEY_RESOLUTION', 'A verification key must be a public CryptoKey or a public JWK, never bytes or text');
  }
  const jwk = key as JWK;
  if (typeof jwk.kty !== 'string' || jwk.kty === 'oct' || hasPrivateMembers(key)) {
    fail('ERR_KEY_RESOLUTION', 'A verification JWK must be an asymmetric public key (no "d", "k" or other secrets)');
  }
  if (!jwkFits(jwk, alg)) {
    fail('ERR_KEY_ALG_MISMATCH', `A ${jwk.kty}${jwk.crv === undefined ? '' : `/${jwk.crv}`} key cannot verify ${alg}`);
  }
  if (jwk.alg !== undefined && jwk.alg !== alg) fail('ERR_KEY_ALG_MISMATCH', `The JWK is for ${jwk.alg}, not ${alg}`);
  if (jwk.use !== undefined && jwk.use !== 'sig') fail('ERR_KEY_ALG_MISMATCH', `The JWK "use" is ${jwk.use}, not sig`);
  if (jwk.key_ops !== undefined && (!Array.isArray(jwk.key_ops) || !jwk.key_ops.includes('verify'))) {
    fail('ERR_KEY_ALG_MISMATCH', 'The JWK "key_ops" do not include "verify"');
  }
  if (jwk.kty === 'RSA') {
    const bits = rsaModulusBits(jwk.n);
    if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) {
      fail('ERR_KEY_ALG_MISMATCH', `RSA keys must have ${RSA_MIN_BITS}–${RSA_MAX_BITS} bits`);
    }
  }
  admitJwkMaterial(jwk);
  return importCached(jwk, alg);
}

async function importCached(jwk: JWK, alg: SigningAlgorithm): Promise<CryptoKey> {
  let byAlg = imported.get(jwk);
  if (byAlg === undefined) {
    byAlg = new Map();
    imported.set(jwk, byAlg);
  }
  let pending = byAlg.get(alg);
  if (pending === undefined) {
    pending = importJWK(publicMembers(jwk), alg).then((k) => k as CryptoKey);
    byAlg.set(alg, pending);
    pending.catch(() => byAlg.delete(alg));
  }
  try {
    return await pending;
  } catch (cause) {
    return fail('ERR_KEY_RESOLUTION', 'The public JWK could not be imported', [], cause);
  }
}

/** A copy of a JWK with only its public key members (no `alg`, `use`, `key_ops`, `kid` or extras). */
export function publicMembers(jwk: Readonly<JWK>): JWK {
  const out: Record<string, unknown> = {};
  for (const member of PUBLIC_MEMBERS) {
    const value = (jwk as Record<string, unknown>)[member];
    if (value !== undefined) out[member] = value;
  }
  return out as JWK;
}

/**
 * The RFC 7638 SHA-256 thumbprint of a public key (cached per key object); undefined when a CryptoKey is not
 * extractable and so cannot be exported to compute it.
 */
export function keyThumbprint(key: CryptoKey | Readonly<JWK>): Promise<string | undefined> {
  let pending = thumbprints.get(key);
  if (pending === undefined) {
    pending = (async () => {
      try {
        const jwk = isCryptoKey(key) ? await exportJWK(key) : publicMembers(key);
        return await calculateJwkThumbprint(jwk, 'sha256');
      } catch {
        return undefined;
      }
    })();
    thumbprints.set(key, pending);
  }
  return pending;
}
