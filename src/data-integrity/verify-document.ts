import { prescan } from '../internal/prescan.js';
import { fail, MicrocredJwtError, type VerificationCheck } from '../jwt/jwt-error.js';
import { isPlainObject } from '../jwt/keys/key-families.js';
import { createDeadline } from '../jwt/net/deadline.js';
import type { StatusResult } from '../jwt/status/status-result.js';
import type { KeyInput, VerifiedKey } from '../jwt/verify/resolve-key.js';
import { statusEntries, statusStep } from '../jwt/verify/status-step.js';
import type { verifyCore } from '../jwt/verify/verify-core.js';
import type { CanonizeSettings } from './canonize.js';
import { refuseVocabAndBase } from './context-safety.js';
import { checkCredentialValidity } from './dates.js';
import { loaderFor } from './document-loader.js';
import {
  type DataIntegrityVerifyOptions,
  type ResolvedDataIntegrityOptions,
  resolveDataIntegrityOptions,
} from './options.js';
import { OB3_CONTEXT_JSON } from './pinned-contexts.js';
import type { DataIntegritySuite } from './suites.js';
import { type VerifiedProof, verifyProofs } from './verify-proofs.js';

/**
 * What {@link verifyDataIntegrityDocument} established: the document, its issuer, every proof that verified
 * (the first one's suite, method and key repeated at the top), the validity window, the status results and
 * the checks that ran.
 *
 * @example
 * ```ts
 * import type { VerifiedDataIntegrityDocument } from 'microcred/data-integrity';
 * const summary = (v: VerifiedDataIntegrityDocument): string => `${v.issuer} (${v.suite})`;
 * ```
 * @category Data Integrity
 */
export interface VerifiedDataIntegrityDocument {
  readonly document: Record<string, unknown>;
  readonly issuer: string;
  readonly suite: DataIntegritySuite;
  readonly verificationMethod: string;
  readonly key: VerifiedKey;
  readonly proofs: readonly VerifiedProof[];
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly status: readonly StatusResult[];
  readonly checks: readonly VerificationCheck[];
}

const BASE_CONTEXTS: readonly string[] = [
  'https://www.w3.org/ns/credentials/v2',
  'https://www.w3.org/2018/credentials/v1',
];

/**
 * Verifies a Verifiable Credential (VC 1.1 or 2.0) secured with one or more Data Integrity proofs:
 * `DataIntegrityProof` with `eddsa-rdfc-2022`, `eddsa-jcs-2022` or `ecdsa-rdfc-2019` (P-256, P-384), or the
 * legacy `Ed25519Signature2020`. Every proof must verify (proof sets and `previousProof` chains alike); each must
 * be for `assertionMethod`, signed by a verification method of the issuer listed under its `assertionMethod`.
 * JSON-LD runs offline against pinned contexts, in safe mode (an undefined term fails, nothing is dropped), with
 * base IRI null, `@vocab`/`@base` refused, canonicalisation work limits and a time budget; the input is
 * pre-scanned against size and depth limits first. Then the validity window (`validFrom`/`validUntil`, or
 * `issuanceDate`/`expirationDate`; proof `created`/`expires`) and the Bitstring Status List entries are checked.
 *
 * @param document - the secured credential, parsed JSON
 * @param keys - a resolver (`didKeyResolver()`, `didWebResolver()`, `combineResolvers(...)` from `microcred/jwt`)
 *   or a trusted key (the verification method must then be `<issuer>#<fragment>`)
 * @param options - time, limits, status, JSON-LD rules ({@link DataIntegrityVerifyOptions})
 * @returns what was established
 * @throws MicrocredJwtError `ERR_PROOF_UNSUPPORTED`, `ERR_PROOF_INVALID`, `ERR_PROOF_SIGNATURE`, `ERR_JSONLD_CONTEXT`,
 *   `ERR_JSONLD_INVALID`, `ERR_JSONLD_LIMIT`, `ERR_KEY_RESOLUTION`, `ERR_KEY_ALG_MISMATCH`, `ERR_JWT_EXPIRED`,
 *   `ERR_JWT_NOT_YET_VALID`, `ERR_JWT_CLAIM_INVALID`, `ERR_JWT_CLAIM_MISMATCH`, `ERR_CREDENTIAL_REVOKED`,
 *   `ERR_CREDENTIAL_SUSPENDED`, `ERR_STATUS_UNAVAILABLE`, `ERR_INPUT_TOO_LARGE`, `ERR_VALIDATION`;
 *   MicrocredOptionsError `ERR_OPTIONS_INVALID`
 * @example
 * ```ts
 * import { verifyDataIntegrityDocument } from 'microcred/data-integrity';
 * import { didKeyResolver } from 'microcred/jwt';
 * async function check(credential: Record<string, unknown>) {
 *   const verified = await verifyDataIntegrityDocument(credential, didKeyResolver(), { status: false });
 *   return verified.issuer;
 * }
 * ```
 * @category Data Integrity
 */
export async function verifyDataIntegrityDocument(
  document: unknown,
  keys: KeyInput,
  options: DataIntegrityVerifyOptions = {},
): Promise<VerifiedDataIntegrityDocument> {
  return verifyDocumentResolved(document, keys, resolveDataIntegrityOptions(options));
}

/** {@link verifyDataIntegrityDocument} with resolved options. */
export async function verifyDocumentResolved(
  document: unknown,
  keys: KeyInput,
  options: ResolvedDataIntegrityOptions,
): Promise<VerifiedDataIntegrityDocument> {
  const checks: VerificationCheck[] = [];
  const base = options.base;
  const scanned = prescan(document, base.limits);
  if (scanned.tooLarge !== undefined) {
    throw new MicrocredJwtError('ERR_INPUT_TOO_LARGE', `The document is too large: ${scanned.tooLarge.message}`, {
      path: scanned.tooLarge.path,
      issues: [scanned.tooLarge],
    });
  }
  if (scanned.issues.length > 0) {
    throw new MicrocredJwtError('ERR_VALIDATION', 'The document is not plain JSON', { issues: scanned.issues });
  }
  checks.push({ name: 'size', outcome: 'passed' });
  if (!isPlainObject(document)) fail('ERR_PROOF_INVALID', 'A secured credential must be a JSON object');
  const contexts = Array.isArray(document['@context']) ? document['@context'] : [document['@context']];
  if (!BASE_CONTEXTS.includes(contexts[0] as string)) {
    fail('ERR_JSONLD_CONTEXT', 'The first @context must be the VC 2.0 or VC 1.1 base context', ['@context', 0]);
  }
  if (!options.allowVocab) refuseVocabAndBase(document, 'The document');
  const issuer = issuerOf(document);
  if (base.issuer !== undefined && !base.issuer.includes(issuer)) {
    fail('ERR_JWT_CLAIM_MISMATCH', `The issuer ${issuer} is not one of the expected issuers`, ['issuer']);
  }
  checks.push({ name: 'shape', outcome: 'passed' });
  const deadline = createDeadline(base.timeoutMs, base.signal);
  try {
    const settings = canonizeSettings(options, false, deadline.signal);
    const proofs = await verifyProofs(document, {
      keys,
      issuers: [issuer],
      purpose: options.proofPurpose,
      algorithms: base.algorithms,
      time: { now: base.now.getTime(), toleranceMs: base.clockTolerance * 1000 },
      deadline,
      settings,
      betaSettings: contexts.includes(OB3_CONTEXT_JSON) ? canonizeSettings(options, true, deadline.signal) : undefined,
    });
    checks.push({ name: 'key', outcome: 'passed' }, { name: 'signature', outcome: 'passed' });
    const validity = checkCredentialValidity(document, {
      now: base.now.getTime(),
      toleranceMs: base.clockTolerance * 1000,
    });
    checks.push({ name: 'claims', outcome: 'passed' });
    const status = await statusStep(
      statusEntries(document),
      issuer,
      keys,
      base,
      deadline,
      checks,
      verifyTokenOnDemand,
      (list, signal) => verifyStatusListDocument(list, keys, options, signal),
    );
    const first = proofs[0] as VerifiedProof;
    return {
      document,
      issuer,
      suite: first.suite,
      verificationMethod: first.verificationMethod,
      key: first.key,
      proofs,
      ...validity,
      status,
      checks,
    };
  } finally {
    deadline.dispose();
  }
}

/**
 * Verifies a status list credential secured with Data Integrity proofs by the same rules, without checking
 * its own status (a list has none) and within the status check's time budget.
 */
async function verifyStatusListDocument(
  list: Record<string, unknown>,
  keys: KeyInput,
  options: ResolvedDataIntegrityOptions,
  signal: AbortSignal,
): Promise<{ document: Record<string, unknown>; issuer: string; validUntil?: string }> {
  const listKeys = options.base.status === false ? keys : (options.base.status.keys ?? keys);
  const verified = await verifyDocumentResolved(list, listKeys, {
    ...options,
    base: { ...options.base, status: false, requireStatus: false, issuer: undefined, signal },
  });
  return {
    document: verified.document,
    issuer: verified.issuer,
    ...(verified.validUntil === undefined ? {} : { validUntil: verified.validUntil }),
  };
}

function canonizeSettings(
  options: ResolvedDataIntegrityOptions,
  ob3Beta: boolean,
  signal: AbortSignal,
): CanonizeSettings {
  return {
    loader: loaderFor({ contexts: options.contexts, allowVocab: options.allowVocab, ob3Beta }),
    maxWorkFactor: options.maxWorkFactor,
    maxDeepIterations: options.maxDeepIterations,
    signal,
  };
}

/** The issuer id: a string or an object's `id`, a URL of at most 2048 characters. */
function issuerOf(document: Readonly<Record<string, unknown>>): string {
  const raw = document['issuer'];
  const id = isPlainObject(raw) ? raw['id'] : raw;
  if (typeof id !== 'string' || id.length === 0 || id.length > 2048 || !/^[a-z][a-z0-9+.-]*:/i.test(id)) {
    fail('ERR_JWT_CLAIM_INVALID', 'The credential needs an issuer URL (a string or an object with an id)', ['issuer']);
  }
  return id;
}

/**
 * The JWT verifier pipeline, for a status list secured as a JWT, loaded when such a list is met: a Data Integrity
 * verifier does not otherwise run it, so it does not load with this module.
 */
const verifyTokenOnDemand: typeof verifyCore = async (...args) =>
  (await import('../jwt/verify/verify-core.js')).verifyCore(...args);
