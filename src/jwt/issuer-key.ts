import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';
import { MicrocredError, MicrocredOptionsError } from '../errors.js';
import { isSigningAlgorithm, KEY_SHAPES, type SigningAlgorithm } from './algorithms.js';
import type { JWK } from './keys/jwk.js';

/**
 * An issuer's signing key pair with its algorithm, key id and public JWK.
 *
 * `kid` defaults to the RFC 7638 JWK thumbprint of the public key, so it is stable and derived from the key.
 *
 * @example
 * ```ts
 * import { generateIssuerKey, type IssuerKey } from 'microcred/jwt';
 * const key: IssuerKey = await generateIssuerKey('ES256');
 * ```
 * @category Keys
 */
export interface IssuerKey {
  readonly alg: SigningAlgorithm;
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** The public key as a JWK with `kid`, `alg` and `use: 'sig'`: publish it in a JWKS or DID document. */
  readonly publicJwk: JWK;
}

/**
 * Options of {@link generateIssuerKey}.
 *
 * @example
 * ```ts
 * import type { GenerateIssuerKeyOptions } from 'microcred/jwt';
 * const options: GenerateIssuerKeyOptions = { extractable: true };
 * ```
 * @category Keys
 */
export interface GenerateIssuerKeyOptions {
  /** Allow {@link exportIssuerKey} to export the private key (default false: it stays in WebCrypto). */
  readonly extractable?: boolean;
  /** Use this key id instead of the JWK thumbprint. */
  readonly kid?: string;
}

/**
 * Generates a new issuer key pair with WebCrypto (works in Node, browsers, Deno, Bun and workers).
 *
 * @param alg - `EdDSA` (Ed25519, the default), `ES256`, `ES384`, `PS256` or `RS256`
 * @param options - extractability and key id
 * @returns the key pair, its `kid` and public JWK
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for an unsupported algorithm
 * @example
 * ```ts
 * import { generateIssuerKey } from 'microcred/jwt';
 * const key = await generateIssuerKey('EdDSA');
 * key.publicJwk.crv; // 'Ed25519'
 * ```
 * @category Keys
 */
export async function generateIssuerKey(
  alg: SigningAlgorithm = 'EdDSA',
  options: GenerateIssuerKeyOptions = {},
): Promise<IssuerKey> {
  if (!isSigningAlgorithm(alg)) throw new MicrocredOptionsError('alg', `unsupported algorithm ${String(alg)}`);
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    extractable: options.extractable === true,
    ...(alg === 'PS256' || alg === 'RS256' ? { modulusLength: 2048 } : {}),
  });
  return describeKeyPair(alg, privateKey, publicKey, options.kid);
}

/**
 * Exports an extractable issuer key as JWKs, for storage in a secrets manager.
 *
 * @param key - a key generated with `{ extractable: true }` or imported with {@link importIssuerKey}
 * @returns the private and public JWKs (both with `kid` and `alg`)
 * @throws MicrocredError `ERR_KEY_INVALID` when the private key is not extractable
 * @example
 * ```ts
 * import { exportIssuerKey, generateIssuerKey } from 'microcred/jwt';
 * const { privateJwk } = await exportIssuerKey(await generateIssuerKey('ES256', { extractable: true }));
 * ```
 * @category Keys
 */
export async function exportIssuerKey(key: IssuerKey): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  if (!key.privateKey.extractable) {
    throw new MicrocredError(
      'ERR_KEY_INVALID',
      'The private key is not extractable; generate it with { extractable: true }',
    );
  }
  const privateJwk = await exportJWK(key.privateKey);
  return { privateJwk: { ...privateJwk, kid: key.kid, alg: key.alg, use: 'sig' }, publicJwk: key.publicJwk };
}

/**
 * Imports an issuer's private key from a JWK (as exported by {@link exportIssuerKey}).
 *
 * @param privateJwk - a private JWK; its `kty`/`crv` must fit the algorithm
 * @param alg - the algorithm; defaults to the JWK's `alg`
 * @returns the issuer key, with the JWK's `kid` or its thumbprint
 * @throws MicrocredError `ERR_KEY_INVALID` when the JWK is not a private key of a supported type,
 *   `ERR_KEY_ALG_MISMATCH` when it does not fit the algorithm
 * @example
 * ```ts
 * import { exportIssuerKey, generateIssuerKey, importIssuerKey } from 'microcred/jwt';
 * const { privateJwk } = await exportIssuerKey(await generateIssuerKey('EdDSA', { extractable: true }));
 * const key = await importIssuerKey(privateJwk);
 * ```
 * @category Keys
 */
export async function importIssuerKey(privateJwk: JWK, alg?: SigningAlgorithm): Promise<IssuerKey> {
  if (typeof privateJwk !== 'object' || privateJwk === null || typeof privateJwk.d !== 'string') {
    throw new MicrocredError('ERR_KEY_INVALID', 'Expected a private JWK (with "d")');
  }
  const algorithm = alg ?? privateJwk.alg;
  if (!isSigningAlgorithm(algorithm)) {
    throw new MicrocredError('ERR_KEY_INVALID', `Unsupported or missing algorithm ${String(algorithm)}`);
  }
  if (privateJwk.alg !== undefined && privateJwk.alg !== algorithm) {
    throw new MicrocredError('ERR_KEY_ALG_MISMATCH', `The JWK is for ${privateJwk.alg}, not ${algorithm}`);
  }
  assertShape(privateJwk, algorithm);
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, oth: _oth, key_ops: _ops, ext: _ext, ...pub } = privateJwk;
  try {
    const privateKey = (await importJWK({ ...privateJwk, ext: true }, algorithm)) as CryptoKey;
    const publicKey = (await importJWK(pub, algorithm)) as CryptoKey;
    return await describeKeyPair(algorithm, privateKey, publicKey, privateJwk.kid);
  } catch (cause) {
    throw new MicrocredError('ERR_KEY_INVALID', 'The JWK could not be imported', { cause });
  }
}

/** Throws ERR_KEY_ALG_MISMATCH unless the JWK's kty/crv are those the algorithm needs. */
export function assertShape(jwk: JWK, alg: SigningAlgorithm): void {
  const shape = KEY_SHAPES[alg];
  if (jwk.kty !== shape.kty || (shape.crv !== undefined && jwk.crv !== shape.crv)) {
    throw new MicrocredError(
      'ERR_KEY_ALG_MISMATCH',
      `A ${String(jwk.kty)}${jwk.crv === undefined ? '' : `/${jwk.crv}`} key cannot be used with ${alg}`,
    );
  }
}

async function describeKeyPair(
  alg: SigningAlgorithm,
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  kid: string | undefined,
): Promise<IssuerKey> {
  const exported = await exportJWK(publicKey);
  const keyId = kid ?? (await calculateJwkThumbprint(exported, 'sha256'));
  const publicJwk: JWK = { ...exported, kid: keyId, alg, use: 'sig' };
  return { alg, kid: keyId, privateKey, publicKey, publicJwk };
}
