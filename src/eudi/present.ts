import { SDJwtInstance } from '@sd-jwt/core';
import { MicrocredOptionsError } from '../errors.js';
import { checkSigningKey, type SigningKey } from '../jwt/sign/signing-key.js';
import { toPresentationFrame } from './frames.js';
import { SD_HASH_ALG, salt, sha256, webCryptoSigner } from './sd-crypto.js';

/**
 * Options of {@link presentEudiCredential}: what to disclose and the key-binding proof.
 *
 * @example
 * ```ts
 * import type { PresentEudiOptions } from 'microcred/eudi';
 * declare const walletKey: import('microcred/jwt').SigningKey;
 * const options: PresentEudiOptions = {
 *   disclose: [['family_name'], ['level_of_learning_experience']],
 *   keyBinding: { key: walletKey, audience: 'https://verifier.example', nonce: 'n-0S6_WzA2Mj' },
 * };
 * ```
 * @category EUDI
 */
export interface PresentEudiOptions {
  /** Claim paths to disclose (e.g. `[['family_name'], [MICROCRED_CLAIM, 'assessment']]`); default: every one. */
  readonly disclose?: readonly (readonly string[])[];
  /** Signs a key-binding JWT (`kb+jwt`) with the wallet key for this verifier's audience and nonce. */
  readonly keyBinding?: {
    readonly key: SigningKey;
    readonly audience: string;
    readonly nonce: string;
    /** The proof's `iat`; default: the current time. */
    readonly now?: Date;
  };
}

/**
 * Builds a presentation of an issued SD-JWT VC, as a wallet does: only the chosen disclosures, and a
 * key-binding JWT over them when asked. For tests, demos and wallet-side code.
 *
 * @param token - the SD-JWT as issued
 * @param options - the disclosures to keep and the key-binding proof
 * @returns the presentation (`<jwt>~<disclosure>~…~<kb-jwt>`, or ending in `~` without key binding)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @throws MicrocredError `ERR_KEY_INVALID` for an unusable wallet key
 * @example
 * ```ts
 * import { presentEudiCredential } from 'microcred/eudi';
 * declare const token: string;
 * declare const walletKey: import('microcred/jwt').SigningKey;
 * const presentation = await presentEudiCredential(token, {
 *   disclose: [['family_name']],
 *   keyBinding: { key: walletKey, audience: 'https://verifier.example', nonce: 'abc123' },
 * });
 * ```
 * @category EUDI
 */
export async function presentEudiCredential(token: string, options: PresentEudiOptions = {}): Promise<string> {
  if (typeof token !== 'string') throw new MicrocredOptionsError('token', 'must be a string');
  const { disclose, keyBinding } = options;
  if (
    disclose !== undefined &&
    (!Array.isArray(disclose) || !disclose.every((p) => Array.isArray(p) && p.length > 0))
  ) {
    throw new MicrocredOptionsError('disclose', 'must be a list of non-empty claim paths');
  }
  const frame = disclose === undefined ? undefined : toPresentationFrame(disclose);
  if (keyBinding === undefined) {
    const instance = new SDJwtInstance({ hasher: sha256, hashAlg: SD_HASH_ALG, saltGenerator: salt });
    return instance.present(token, frame as never);
  }
  const key = checkSigningKey(keyBinding.key);
  for (const name of ['audience', 'nonce'] as const) {
    if (typeof keyBinding[name] !== 'string' || keyBinding[name].length === 0) {
      throw new MicrocredOptionsError(`keyBinding.${name}`, 'must be a non-empty string');
    }
  }
  const now = keyBinding.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new MicrocredOptionsError('keyBinding.now', 'must be a valid Date');
  const instance = new SDJwtInstance({
    hasher: sha256,
    hashAlg: SD_HASH_ALG,
    saltGenerator: salt,
    kbSigner: webCryptoSigner(key.alg, key.privateKey),
    kbSignAlg: key.alg,
  });
  const payload = { iat: Math.floor(now.getTime() / 1000), aud: keyBinding.audience, nonce: keyBinding.nonce };
  return instance.present(token, frame as never, { kb: { payload } });
}
