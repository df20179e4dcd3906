import { MicrocredError, type MicrocredErrorCode, type ValidationIssue } from '../errors.js';
import type { StatusResult } from './status/status-result.js';

/**
 * The steps of the verifier pipeline, as reported in {@link VerificationCheck}.
 *
 * @example
 * ```ts
 * import type { VerificationStep } from 'microcred/jwt';
 * const step: VerificationStep = 'signature';
 * ```
 * @category Verifying
 */
export type VerificationStep =
  | 'size'
  | 'shape'
  | 'header'
  | 'key'
  | 'signature'
  | 'claims'
  | 'credential'
  | 'credentialSchema'
  | 'model'
  | 'status';

/**
 * One step of the verifier pipeline and how it ended. A verification that throws carries the steps that
 * passed before the failure; a successful one lists every step.
 *
 * @example
 * ```ts
 * import type { VerificationCheck } from 'microcred/jwt';
 * const check: VerificationCheck = { name: 'status', outcome: 'not-checked' };
 * ```
 * @category Verifying
 */
export interface VerificationCheck {
  readonly name: VerificationStep;
  readonly outcome: 'passed' | 'not-applicable' | 'not-checked';
}

/**
 * Details a {@link MicrocredJwtError} may carry.
 *
 * @example
 * ```ts
 * import { MicrocredJwtError, type MicrocredJwtErrorDetails } from 'microcred/jwt';
 * const details: MicrocredJwtErrorDetails = { path: ['header', 'alg'] };
 * new MicrocredJwtError('ERR_JWT_ALG_NOT_ALLOWED', 'HS256 is not allowed', details).path; // ['header', 'alg']
 * ```
 * @category Verifying
 */
export interface MicrocredJwtErrorDetails {
  /** Where in the token the failure is: `['header', 'alg']`, `['payload', 'exp']`, `['credential', 'validUntil']`. */
  readonly path?: readonly (string | number)[];
  /** The steps that passed before the failure. */
  readonly checks?: readonly VerificationCheck[];
  /** The status results, when the failure is a status decision. */
  readonly status?: readonly StatusResult[];
  /** The validation issues, when the credential does not match its data model. */
  readonly issues?: readonly ValidationIssue[];
  /** The underlying error (a jose error, a `TypeError`, a resolver's error). */
  readonly cause?: unknown;
}

/**
 * Thrown by signing and verifying: a failed trust decision or a refused input, always with a stable `code`
 * (see the error reference), the `path` of the offending part of the token, and the `checks` that had passed.
 *
 * @example
 * ```ts
 * import { isMicrocredError } from 'microcred';
 * import { MicrocredJwtError, verifyCredentialDocument } from 'microcred/jwt';
 * try {
 *   await verifyCredentialDocument('not a token', async () => {
 *     throw new Error('never called');
 *   });
 * } catch (e) {
 *   if (e instanceof MicrocredJwtError) console.log(e.code, e.path); // 'ERR_JWT_INVALID' []
 *   isMicrocredError(e, 'ERR_JWT_INVALID'); // true
 * }
 * ```
 * @category Verifying
 */
export class MicrocredJwtError extends MicrocredError {
  /** Where in the token the failure is; empty when it concerns the whole token. */
  readonly path: readonly (string | number)[];
  /** The pipeline steps that passed before the failure. */
  readonly checks: readonly VerificationCheck[];
  /** Status results (for `ERR_CREDENTIAL_REVOKED`, `ERR_CREDENTIAL_SUSPENDED`, `ERR_STATUS_UNAVAILABLE`). */
  readonly status: readonly StatusResult[];
  /** Validation issues (for `ERR_VALIDATION` and `ERR_INPUT_TOO_LARGE` on the credential). */
  readonly issues: readonly ValidationIssue[];

  constructor(code: MicrocredErrorCode, message: string, details: MicrocredJwtErrorDetails = {}) {
    super(code, message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'MicrocredJwtError';
    this.path = details.path ?? [];
    this.checks = details.checks ?? [];
    this.status = details.status ?? [];
    this.issues = details.issues ?? [];
  }
}

/** Throws a {@link MicrocredJwtError}; for use in expressions and guard clauses. */
export function fail(
  code: MicrocredErrorCode,
  message: string,
  path: readonly (string | number)[] = [],
  cause?: unknown,
): never {
  throw new MicrocredJwtError(code, message, cause === undefined ? { path } : { path, cause });
}
