import { MicrocredOptionsError } from '../../errors.js';
import type { InteropWarning } from '../../interop/types.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import { readMicroCredential } from '../credential/read-micro-credential.js';
import { type ResolvedVerifyOptions, resolveVerifyOptions, type VerifyOptions } from './options.js';
import type { KeyInput } from './resolve-key.js';
import { type VerifiedDocument, verifyResolved } from './verify-credential-document.js';

/**
 * Options of {@link verifyCredential}: the verifier's options and how to treat parts of the credential the
 * model cannot hold.
 *
 * @example
 * ```ts
 * import type { VerifyCredentialOptions } from 'microcred/jwt';
 * const strict: VerifyCredentialOptions = { unmappable: 'reject', requireStatus: true };
 * ```
 * @category Verifying
 */
export interface VerifyCredentialOptions extends VerifyOptions {
  /** `keep` (default): unknown parts go to `extensions` and `warnings`; `reject`: they fail with `ERR_INTEROP_UNMAPPABLE`. */
  readonly unmappable?: 'keep' | 'reject';
}

/**
 * A verified micro-credential: the model read from the verified document, the document itself, and everything
 * the verifier established (profile, issuer, key, header, validity, status, checks).
 *
 * @example
 * ```ts
 * import type { VerifiedCredential } from 'microcred/jwt';
 * function title(v: VerifiedCredential): unknown {
 *   return v.credential.title;
 * }
 * ```
 * @category Verifying
 */
export interface VerifiedCredential extends VerifiedDocument {
  /** The micro-credential, valid under `MicroCredentialSchema`, consistent with the signed envelope. */
  readonly credential: MicroCredential;
  /** What the interop reader kept in `extensions` rather than a native field. */
  readonly warnings: readonly InteropWarning[];
}

/**
 * Verifies a micro-credential JWT from any issuer and profile (VC-JOSE-COSE, VC-JWT 1.1, Open Badges 3.0) and
 * returns the `MicroCredential` it carries. Runs the whole fail-closed pipeline of
 * {@link verifyCredentialDocument}, then reads the model with the interop readers, requires a complete
 * credential, rejects a model that contradicts the signed envelope (issuer, id, learner, validity, status),
 * and checks every status entry (Bitstring Status List) last: `unknown` is never `valid`.
 *
 * @param token - the compact JWS (any value is accepted and judged)
 * @param keys - a resolver (see {@link combineResolvers}) or one trusted public key
 * @param options - verifier options (algorithms, profiles, clock, limits, issuer, audience, status) and `unmappable`
 * @returns the verified micro-credential with the document, profile, header, issuer, key and status
 * @throws MicrocredJwtError with the codes of {@link verifyCredentialDocument}, and `ERR_VALIDATION` (not a complete
 *   micro-credential), `ERR_INTEROP_UNMAPPABLE` (reject mode), `ERR_JWT_CLAIM_MISMATCH` (model ≠ envelope),
 *   `ERR_INTEROP_NOT_ACHIEVEMENT` (an endorsement or a CLR bundle: use `verifyAny`)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { combineResolvers, didKeyResolver, didWebResolver, verifyCredential } from 'microcred/jwt';
 * const resolver = combineResolvers([didKeyResolver(), didWebResolver()]);
 * declare const token: string;
 * const { credential, issuer, status } = await verifyCredential(token, resolver);
 * console.log(issuer, credential.title, status.map((s) => s.outcome));
 * ```
 * @category Verifying
 */
export async function verifyCredential(
  token: unknown,
  keys: KeyInput,
  options: VerifyCredentialOptions = {},
): Promise<VerifiedCredential> {
  const { resolved, unmappable } = resolveCredentialOptions(options);
  return verifyCredentialResolved(token, keys, resolved, unmappable);
}

/** {@link verifyCredential} with resolved options (a batch resolves them once). */
export async function verifyCredentialResolved(
  token: unknown,
  keys: KeyInput,
  options: ResolvedVerifyOptions,
  unmappable: 'keep' | 'reject',
): Promise<VerifiedCredential> {
  const { verified, value } = await verifyResolved(token, keys, options, (core, checks) =>
    readMicroCredential(core, checks, unmappable),
  );
  return { ...verified, credential: value.credential, warnings: value.warnings };
}

/** Splits and validates the options of {@link verifyCredential}. */
export function resolveCredentialOptions(
  options: VerifyCredentialOptions,
  extraKeys: readonly string[] = [],
): { resolved: ResolvedVerifyOptions; unmappable: 'keep' | 'reject' } {
  const unmappable = (options as { unmappable?: unknown } | null | undefined)?.unmappable ?? 'keep';
  if (unmappable !== 'keep' && unmappable !== 'reject')
    throw new MicrocredOptionsError('unmappable', 'must be "keep" or "reject"');
  return { resolved: resolveVerifyOptions(options, new Set(['unmappable', ...extraKeys])), unmappable };
}
