import { MicrocredOptionsError } from '../../errors.js';
import { acceptsAsIs } from '../../internal/accept-as-is.js';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from '../../internal/input-limits.js';
import { toOpenBadge } from '../../interop/ob3/to-open-badge.js';
import { toVerifiableCredential } from '../../interop/vc2/to-verifiable-credential.js';
import { isMicroCredential } from '../../model/generated/is-micro-credential.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import { parseMicroCredential } from '../../model/parse-micro-credential.js';
import { toVc11Document } from '../credential/vc11-envelope.js';
import { type SignOptions, signDocument } from './sign-credential-document.js';
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
  const format = options.format ?? 'vc-jose-cose';
  // Only read, then serialised: a credential the compiled model predicate accepts needs no parsed copy. For
  // the VC profiles, pre-scanning it with the verifier's limits less the envelope's margin also covers the
  // payload built from it, whose own pre-scan is then skipped.
  const vc = format !== 'ob30-jwt';
  const fast = acceptsAsIs(isMicroCredential, mc, vc ? VC_PAYLOAD_MARGIN : DEFAULT_INPUT_LIMITS);
  const credential = fast ? mc : parseMicroCredential(mc);
  const document =
    format === 'ob30-jwt'
      ? toOpenBadge(credential, exportOptions)
      : format === 'vc11-jwt'
        ? toVc11Document(toVerifiableCredential(credential, exportOptions))
        : toVerifiableCredential(credential, exportOptions);
  return signDocument(document, key, signOptions as SignOptions, fast && vc);
}

/**
 * The default input limits less what a VC envelope adds around the model's values: at most two levels of
 * nesting (`vc.credentialSubject` in VC-JWT 1.1), fewer than 64 values and a few kilobytes of names, context
 * URLs and ids (each id at most 2,048 characters). A credential within these limits gives a payload within
 * the verifier's defaults; test/jwt/sign/sign-credential.prop.test.ts checks it at the limits.
 */
export const VC_PAYLOAD_MARGIN: InputLimits = Object.freeze({
  ...DEFAULT_INPUT_LIMITS,
  maxDepth: DEFAULT_INPUT_LIMITS.maxDepth - 2,
  maxBytes: DEFAULT_INPUT_LIMITS.maxBytes - 16 * 1024,
  maxNodes: DEFAULT_INPUT_LIMITS.maxNodes - 256,
});
