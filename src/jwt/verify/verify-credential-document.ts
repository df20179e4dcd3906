import { MicrocredJwtError, type VerificationCheck } from '../jwt-error.js';
import { createDeadline } from '../net/deadline.js';
import type { JwtProfile } from '../profiles.js';
import type { StatusResult } from '../status/status-result.js';
import { mapVerifyErrorOnDemand } from './map-error-on-demand.js';
import { type ResolvedVerifyOptions, resolveVerifyOptions, type VerifyOptions } from './options.js';
import type { KeyInput, VerifiedKey } from './resolve-key.js';
import { statusEntries, statusStep } from './status-step.js';
import { type DocumentReader, type Validity, verifyCore, verifyCoreThen } from './verify-core.js';

/**
 * A credential document whose token passed every check, built only from verified data.
 *
 * @example
 * ```ts
 * import type { VerifiedDocument } from 'microcred/jwt';
 * function describe(v: VerifiedDocument): string {
 *   return `${v.profile} credential of ${v.issuer}, key ${v.key.kid ?? v.key.thumbprint}`;
 * }
 * ```
 * @category Verifying
 */
export interface VerifiedDocument {
  readonly profile: JwtProfile;
  /**
   * The credential: the payload without the registered JWT claims (`vc-jose-cose`, `ob30-jwt`), or the `vc`
   * claim with `iss`, `jti`, `sub`, `nbf`, `exp` mapped back to their properties (`vc11-jwt`).
   */
  readonly document: Readonly<Record<string, unknown>>;
  /** The issuer id: `iss` = `issuer` (or `issuer.id`) = the key's issuer. */
  readonly issuer: string;
  readonly key: VerifiedKey;
  readonly header: Readonly<Record<string, unknown>>;
  readonly validity: Validity;
  readonly status: readonly StatusResult[];
  readonly checks: readonly VerificationCheck[];
}

/**
 * Verifies a credential JWT in any of the three profiles and returns the credential document — for W3C VCs
 * and Open Badges that are not micro-credentials (status lists, badges), or before mapping to the model.
 * {@link verifyCredential} adds the mapping to a `MicroCredential`.
 *
 * The pipeline fails closed at every step (domain rules: size, compact-JWS shape, algorithm allow-list,
 * `crit`/`typ`/`cty` rules, key resolution by our rules, signature, time claims as integers, claim/property
 * conflicts, issuer binding, the credential's envelope and validity, then status) and every refusal is a
 * {@link MicrocredJwtError} with a code, the path and the checks that had passed.
 *
 * @param token - the compact JWS (untrusted: any value is accepted and judged)
 * @param keys - a resolver (see {@link combineResolvers}) or one trusted public key
 * @param options - algorithms, profiles, clock, limits, expected issuer/audience, status
 * @returns the verified document
 * @throws MicrocredJwtError with `ERR_JWT_INVALID`, `ERR_INPUT_TOO_LARGE`, `ERR_JWT_ALG_NOT_ALLOWED`, `ERR_JWT_TYPE`,
 *   `ERR_KEY_RESOLUTION`, `ERR_KEY_AMBIGUOUS`, `ERR_KEY_ALG_MISMATCH`, `ERR_KEY_INVALID` (a weak key: RSA
 *   exponent, Ed25519 small-order or non-canonical point), `ERR_JWT_SIGNATURE`, `ERR_JWT_EXPIRED`,
 *   `ERR_JWT_NOT_YET_VALID`, `ERR_JWT_CLAIM_INVALID`, `ERR_JWT_CLAIM_MISMATCH`, `ERR_VALIDATION`,
 *   `ERR_CREDENTIAL_REVOKED`, `ERR_CREDENTIAL_SUSPENDED` or `ERR_STATUS_UNAVAILABLE`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { generateIssuerKey, signCredentialDocument, staticKeyResolver, verifyCredentialDocument } from 'microcred/jwt';
 * const key = await generateIssuerKey('EdDSA');
 * const token = await signCredentialDocument(
 *   {
 *     '@context': ['https://www.w3.org/ns/credentials/v2'],
 *     type: ['VerifiableCredential'],
 *     issuer: 'https://uni.example',
 *     validFrom: '2025-01-01T00:00:00Z',
 *     credentialSubject: { id: 'did:example:learner' },
 *   },
 *   key,
 * );
 * const verified = await verifyCredentialDocument(token, staticKeyResolver({ 'https://uni.example': key.publicJwk }));
 * verified.profile; // 'vc-jose-cose'
 * ```
 * @category Verifying
 */
export async function verifyCredentialDocument(
  token: unknown,
  keys: KeyInput,
  options?: VerifyOptions,
): Promise<VerifiedDocument> {
  const { verified } = await verifyResolved(token, keys, resolveVerifyOptions(options), documentOnly);
  return verified;
}

const documentOnly: DocumentReader<undefined> = (core) => ({
  value: undefined,
  statusEntries: statusEntries(core.document),
});

/** The pipeline with options already resolved (a batch resolves them once), and a reader of the document. */
export async function verifyResolved<T>(
  token: unknown,
  keys: KeyInput,
  options: ResolvedVerifyOptions,
  read: DocumentReader<T>,
): Promise<{ verified: VerifiedDocument; value: T }> {
  const checks: VerificationCheck[] = [];
  const deadline = createDeadline(options.timeoutMs, options.signal);
  try {
    const { core, value, statusEntries: entries } = await verifyCoreThen(token, keys, options, deadline, checks, read);
    const status = await statusStep(entries, core.issuer, keys, options, deadline, checks, verifyCore);
    return { verified: { ...core, status, checks }, value };
  } catch (error) {
    const passed = [...checks];
    const mapped = await mapVerifyErrorOnDemand(error, 'other');
    throw new MicrocredJwtError(mapped.code, mapped.message, {
      path: mapped.path,
      checks: passed,
      status: mapped.status,
      issues: mapped.issues,
      ...(mapped.cause === undefined ? {} : { cause: mapped.cause }),
    });
  } finally {
    deadline.dispose();
  }
}
