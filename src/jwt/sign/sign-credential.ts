import { MicrocredOptionsError } from '../../errors.js';
import { acceptsAsIs } from '../../internal/accept-as-is.js';
import { toOpenBadge } from '../../interop/ob3/to-open-badge.js';
import { toVerifiableCredential } from '../../interop/vc2/to-verifiable-credential.js';
import { isMicroCredential } from '../../model/generated/is-micro-credential.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import { parseMicroCredential } from '../../model/parse-micro-credential.js';
import { toVc11Document } from '../credential/vc11-envelope.js';
import { type SignOptions, signCredentialDocument } from './sign-credential-document.js';
import type { SigningKey } from './signing-key.js';

/**
 * Options of {@link signCredential}: the profile and header options, and the ids the export needs when the
 * model lacks them.
 *
 * @example
 * ```ts
 * import type { SignCredentialOptions } from 'microcred/jwt';
 * const options: SignCredentialOptions = { format: 'ob30-jwt', achievementId: 'https://uni.example/achievements/dl' };
 * ```
 * @category Signing
 */
export interface SignCredentialOptions extends SignOptions {
  /** The credential id when the model has none. */
  readonly id?: string;
  /** The issuer id when `issuer.id` is absent. */
  readonly issuerId?: string;
  /** Open Badges: the achievement id when the model has no `specificationId`. */
  readonly achievementId?: string;
}

const EXPORT_KEYS = ['id', 'issuerId', 'achievementId'] as const;

/**
 * Signs a micro-credential as a JWT. The credential is validated, exported with the interop mapping
 * (`toVerifiableCredential` for `vc-jose-cose` — the default, `typ: vc+jwt` — and for `vc11-jwt`, in its VC
 * 1.1 envelope inside the `vc` claim; `toOpenBadge` for `ob30-jwt`), then signed with
 * {@link signCredentialDocument}, which maps the claims and checks the result by the verifier's rules.
 *
 * @param mc - the micro-credential
 * @param key - the issuer's signing key (from {@link generateIssuerKey} or {@link importIssuerKey})
 * @param options - profile, kid, signing time, and the ids the export needs
 * @returns the compact JWS
 * @throws MicrocredValidationError `ERR_VALIDATION` for an invalid credential
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` when an id the format requires is missing
 * @throws MicrocredError the codes of {@link signCredentialDocument} (`ERR_KEY_INVALID`, `ERR_KEY_ALG_MISMATCH`,
 *   `ERR_JWT_CLAIM_INVALID` — e.g. an Open Badge for a learner without an id —, `ERR_OPTIONS_INVALID`)
 * @example
 * ```ts
 * import { parseMicroCredential } from 'microcred';
 * import { generateIssuerKey, signCredential } from 'microcred/jwt';
 * declare const json: unknown;
 * const key = await generateIssuerKey('EdDSA');
 * const token = await signCredential(parseMicroCredential(json), key); // vc-jose-cose
 * const badge = await signCredential(parseMicroCredential(json), key, { format: 'ob30-jwt' });
 * ```
 * @category Signing
 */
export async function signCredential(
  mc: MicroCredential,
  key: SigningKey,
  options: SignCredentialOptions = {},
): Promise<string> {
  if (typeof options !== 'object' || options === null) throw new MicrocredOptionsError('options', 'must be an object');
  const exportOptions: Record<string, string> = {};
  const signOptions: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if ((EXPORT_KEYS as readonly string[]).includes(name)) {
      if (value !== undefined) exportOptions[name] = value as string;
    } else signOptions[name] = value;
  }
  // Only read, then serialised: a credential the compiled model predicate accepts needs no parsed copy.
  const credential = acceptsAsIs(isMicroCredential, mc) ? mc : parseMicroCredential(mc);
  const format = options.format ?? 'vc-jose-cose';
  const document =
    format === 'ob30-jwt'
      ? toOpenBadge(credential, exportOptions)
      : format === 'vc11-jwt'
        ? toVc11Document(toVerifiableCredential(credential, exportOptions))
        : toVerifiableCredential(credential, exportOptions);
  return signCredentialDocument(document, key, signOptions as SignOptions);
}
