import { SDJwtInstance } from '@sd-jwt/core';
import { compactVerify } from 'jose';
import { fail } from '../../jwt/jwt-error.js';
import { sha256 } from '../sd-crypto.js';
import type { KeyBindingRequest } from './key-binding.js';

/** The SD-JWT library's own verification (signature, disclosures, key binding) must agree with ours. */
export async function crossCheck(
  presentation: string,
  key: CryptoKey,
  alg: string,
  kb: KeyBindingRequest | undefined,
  currentDate: number,
  skewSeconds: number,
): Promise<void> {
  const verify = async (data: string, sig: string): Promise<boolean> => {
    try {
      await compactVerify(`${data}.${sig}`, key, { algorithms: [alg] });
      return true;
    } catch {
      return false;
    }
  };
  const instance = new SDJwtInstance({ hasher: sha256, verifier: verify, kbVerifier: async () => true });
  try {
    await instance.verify(presentation, {
      currentDate,
      skewSeconds,
      ...(kb === undefined ? {} : { keyBindingNonce: kb.nonce }),
    });
  } catch (cause) {
    fail(
      kb === undefined ? 'ERR_JWT_INVALID' : 'ERR_KEY_BINDING',
      'The SD-JWT library refused the presentation',
      [],
      cause,
    );
  }
}
