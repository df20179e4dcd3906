import { MicrocredJwtError, type VerificationCheck } from '../jwt-error.js';
import type { ResolvedVerifyOptions } from '../verify/options.js';
import type { KeyInput } from '../verify/resolve-key.js';
import type { verifyCore } from '../verify/verify-core.js';
import { checkStatusEntry } from './check-status-entry.js';
import type { StatusContext, StatusDocumentVerifier } from './load-status-list.js';
import { statusContext } from './status-context.js';
import type { ResolvedStatusOptions } from './status-options.js';
import type { StatusResult } from './status-result.js';

// Both status checks, for the verifier's on-demand module (../verify/on-demand.ts), which `checkStatus` and the
// verifier's status step import alike.
export { checkStatusEntry };

/** What the verifier's status step hands over once it has decided that entries must be checked. */
export interface StatusEntriesCheck {
  /** The `BitstringStatusListEntry` entries, to check. */
  readonly bitstring: readonly unknown[];
  /** How many entries of other types the credential has (they are `not-checked`). */
  readonly unchecked: number;
  readonly issuer: string;
  readonly keys: KeyInput;
  readonly options: ResolvedVerifyOptions;
  /** `options.status`, known not to be `false`. */
  readonly status: ResolvedStatusOptions;
  readonly signal: AbortSignal;
  readonly checks: VerificationCheck[];
  /** The verifier pipeline, for JOSE-secured lists (see {@link StatusContext}). */
  readonly verifyToken: typeof verifyCore;
  readonly verifyDocument: StatusDocumentVerifier | undefined;
}

/**
 * The verifier's status step once it has decided that entries must be checked: checks every
 * `BitstringStatusListEntry` concurrently, in the credential's own verification context, and turns the outcome
 * into the verifier's: revoked → `ERR_CREDENTIAL_REVOKED`; suspended → `ERR_CREDENTIAL_SUSPENDED`; unknown →
 * `ERR_STATUS_UNAVAILABLE`, or with soft-fail a result that says `unknown`, never `valid`.
 */
export async function checkStatusEntries(run: StatusEntriesCheck): Promise<StatusResult[]> {
  const { bitstring, unchecked, issuer, keys, options, status, signal, checks, verifyToken, verifyDocument } = run;
  const context = statusContext(options, status, keys, signal, verifyToken, verifyDocument);
  const results = await Promise.all(bitstring.map((entry) => checkStatusEntry(entry, issuer, context)));
  const path = ['credential', 'credentialStatus'];
  if (results.some((r) => r.outcome === 'revoked')) {
    throw new MicrocredJwtError('ERR_CREDENTIAL_REVOKED', 'The credential has been revoked', { path, status: results });
  }
  if (results.some((r) => r.outcome === 'suspended')) {
    throw new MicrocredJwtError('ERR_CREDENTIAL_SUSPENDED', 'The credential is suspended', { path, status: results });
  }
  const unknown = results.find((r) => r.outcome === 'unknown');
  if (unknown !== undefined && !status.softFail) {
    throw new MicrocredJwtError(
      'ERR_STATUS_UNAVAILABLE',
      `The status could not be established (${unknown.reason ?? 'unknown'})`,
      {
        path,
        status: results,
      },
    );
  }
  checks.push({ name: 'status', outcome: unknown === undefined && unchecked === 0 ? 'passed' : 'not-checked' });
  return results;
}
