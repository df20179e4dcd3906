import { MicrocredOptionsError } from '../errors.js';
import type { InteropWarning } from '../interop/types.js';
import { readMicroCredential } from '../jwt/credential/read-micro-credential.js';
import type { VerificationCheck } from '../jwt/jwt-error.js';
import type { KeyInput } from '../jwt/verify/resolve-key.js';
import type { MicroCredential } from '../model/micro-credential.js';
import { type DataIntegrityVerifyOptions, resolveDataIntegrityOptions } from './options.js';
import { type VerifiedDataIntegrityDocument, verifyDocumentResolved } from './verify-document.js';

/**
 * Options of {@link verifyDataIntegrityCredential}: those of {@link verifyDataIntegrityDocument}, and what to
 * do with parts the micro-credential model cannot hold natively.
 *
 * @example
 * ```ts
 * import type { DataIntegrityCredentialOptions } from 'microcred/data-integrity';
 * const options: DataIntegrityCredentialOptions = { unmappable: 'reject', status: false };
 * ```
 * @category Data Integrity
 */
export interface DataIntegrityCredentialOptions extends DataIntegrityVerifyOptions {
  /** `keep` (default): unknown parts go to `extensions` and `warnings`; `reject`: they fail with `ERR_INTEROP_UNMAPPABLE`. */
  readonly unmappable?: 'keep' | 'reject';
}

/**
 * What {@link verifyDataIntegrityCredential} established: everything {@link verifyDataIntegrityDocument}
 * returns, the micro-credential the document carries and the interop reader's warnings.
 *
 * @example
 * ```ts
 * import type { VerifiedDataIntegrityCredential } from 'microcred/data-integrity';
 * const title = (v: VerifiedDataIntegrityCredential) => v.credential.title;
 * ```
 * @category Data Integrity
 */
export interface VerifiedDataIntegrityCredential extends VerifiedDataIntegrityDocument {
  /** The micro-credential, valid under `MicroCredentialSchema`, consistent with the signed document. */
  readonly credential: MicroCredential;
  /** What the interop reader kept in `extensions` rather than a native field. */
  readonly warnings: readonly InteropWarning[];
}

/**
 * Verifies a Data Integrity secured credential like {@link verifyDataIntegrityDocument}, then reads the
 * micro-credential it carries through the interop readers (Open Badges 3.0 or VC 2.0; VC 1.1 envelopes are
 * read as 2.0), exactly as `verifyCredential` does for JWTs: the model must be complete and agree with the
 * signed document (issuer, id, learner id, validity).
 *
 * @param document - the secured credential, parsed JSON
 * @param keys - a resolver or a trusted key, as for {@link verifyDataIntegrityDocument}
 * @param options - the verify options and `unmappable`
 * @returns the verified document, the micro-credential and the reader's warnings
 * @throws MicrocredJwtError every code of {@link verifyDataIntegrityDocument}, `ERR_VALIDATION` for an incomplete
 *   micro-credential, `ERR_JWT_CLAIM_MISMATCH` when it contradicts the document, `ERR_INTEROP_UNMAPPABLE`
 * @example
 * ```ts
 * import { verifyDataIntegrityCredential } from 'microcred/data-integrity';
 * import { didKeyResolver } from 'microcred/jwt';
 * async function read(badge: Record<string, unknown>) {
 *   const { credential, warnings } = await verifyDataIntegrityCredential(badge, didKeyResolver());
 *   return { title: credential.title, warnings };
 * }
 * ```
 * @category Data Integrity
 */
export async function verifyDataIntegrityCredential(
  document: unknown,
  keys: KeyInput,
  options: DataIntegrityCredentialOptions = {},
): Promise<VerifiedDataIntegrityCredential> {
  const unmappable = (options as { unmappable?: unknown } | null | undefined)?.unmappable ?? 'keep';
  if (unmappable !== 'keep' && unmappable !== 'reject') {
    throw new MicrocredOptionsError('unmappable', 'must be "keep" or "reject"');
  }
  const resolved = resolveDataIntegrityOptions(options, ['unmappable']);
  const verified = await verifyDocumentResolved(document, keys, resolved);
  const checks: VerificationCheck[] = [...verified.checks];
  const v1 = [verified.document['@context']].flat()[0] === 'https://www.w3.org/2018/credentials/v1';
  const { value } = await readMicroCredential(
    {
      profile: v1 ? 'vc11-jwt' : 'vc-jose-cose',
      document: verified.document,
      header: {},
      issuer: verified.issuer,
      key: verified.key,
      validity: {
        ...(verified.validFrom === undefined ? {} : { from: verified.validFrom }),
        ...(verified.validUntil === undefined ? {} : { until: verified.validUntil }),
      },
    },
    checks,
    unmappable,
  );
  return { ...verified, checks, credential: value.credential, warnings: value.warnings };
}
