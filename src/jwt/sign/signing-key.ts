import { MicrocredError } from '../../errors.js';
import { isSigningAlgorithm, type SigningAlgorithm } from '../algorithms.js';
import type { JWK } from '../keys/jwk.js';
import { cryptoKeyFits, isCryptoKey, isPlainObject } from '../keys/key-families.js';

/**
 * A key to sign with: an {@link IssuerKey} from {@link generateIssuerKey} or {@link importIssuerKey}, or any
 * object with a private `CryptoKey` and its algorithm.
 *
 * @example
 * ```ts
 * import { generateIssuerKey, type SigningKey } from 'microcred/jwt';
 * const key: SigningKey = await generateIssuerKey('EdDSA');
 * ```
 * @category Signing
 */
export interface SigningKey {
  readonly alg: SigningAlgorithm;
  readonly privateKey: CryptoKey;
  /** The key id written to the header (`kid`) unless the options say otherwise. */
  readonly kid?: string;
  /** The public key, needed only to embed it in an Open Badges header (`embedJwk`). */
  readonly publicJwk?: JWK;
}

/** Checks a signing key: a private CryptoKey usable for signing with exactly its stated algorithm. */
export function checkSigningKey(key: unknown): SigningKey {
  if (!isPlainObject(key) && !(typeof key === 'object' && key !== null)) {
    throw new MicrocredError('ERR_KEY_INVALID', 'Expected a signing key { alg, privateKey }');
  }
  const { alg, privateKey } = key as { alg?: unknown; privateKey?: unknown };
  if (!isSigningAlgorithm(alg))
    throw new MicrocredError('ERR_KEY_INVALID', `Unsupported signing algorithm ${String(alg)}`);
  if (!isCryptoKey(privateKey) || privateKey.type !== 'private' || !privateKey.usages.includes('sign')) {
    throw new MicrocredError('ERR_KEY_INVALID', 'The signing key must be a private CryptoKey usable for "sign"');
  }
  if (!cryptoKeyFits(privateKey, alg)) {
    throw new MicrocredError('ERR_KEY_ALG_MISMATCH', `A ${privateKey.algorithm.name} key cannot sign ${alg}`);
  }
  return key as SigningKey;
}
