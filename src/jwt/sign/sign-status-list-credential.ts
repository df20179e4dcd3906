import type { StatusList } from '../status/status-list.js';
import { createStatusListCredential, type StatusListCredentialOptions } from '../status/status-list-credential.js';
import { type SignOptions, signCredentialDocument } from './sign-credential-document.js';
import type { SigningKey } from './signing-key.js';

/**
 * Builds and signs a list's `BitstringStatusListCredential` as a `vc+jwt` token, ready to publish at the list
 * URL (serve it as `application/vc+jwt`). Re-sign and publish after every change and before `validUntil`.
 *
 * @param list - the issuer's list
 * @param key - the issuer's signing key (the same issuer as the credentials)
 * @param options - issuer, validity window, ttl, and `kid` (default the key's)
 * @returns the token and the signed document
 * @throws MicrocredError `ERR_OPTIONS_INVALID`, `ERR_KEY_INVALID`, `ERR_KEY_ALG_MISMATCH`
 * @example
 * ```ts
 * import { createStatusList, generateIssuerKey, signStatusListCredential } from 'microcred/jwt';
 * const key = await generateIssuerKey('EdDSA');
 * const list = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
 * const { token } = await signStatusListCredential(list, key, { issuer: 'https://uni.example' });
 * ```
 * @category Status lists
 */
export async function signStatusListCredential(
  list: StatusList,
  key: SigningKey,
  options: StatusListCredentialOptions & Pick<SignOptions, 'kid'>,
): Promise<{ token: string; document: Record<string, unknown> }> {
  const { kid, ...listOptions } = options;
  const document = await createStatusListCredential(list, listOptions);
  const token = await signCredentialDocument(document, key, {
    format: 'vc-jose-cose',
    ...(kid === undefined ? {} : { kid }),
    ...(listOptions.now === undefined ? {} : { now: listOptions.now }),
  });
  return { token, document };
}
