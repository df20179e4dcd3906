import type { SigningAlgorithm } from '../algorithms.js';
import { loadOnDemand } from '../verify/load-on-demand.js';
import { DEFAULT_ALGORITHMS, resolveVerifyOptions } from '../verify/options.js';
import type { KeyInput } from '../verify/resolve-key.js';
import { verifyCore } from '../verify/verify-core.js';
import { statusContext } from './status-context.js';
import { resolveStatusOptions, type StatusOptions } from './status-options.js';
import type { StatusResult } from './status-result.js';

/**
 * Options of {@link checkStatus}: the status options plus the verification context of the credential.
 *
 * @example
 * ```ts
 * import type { CheckStatusOptions } from 'microcred/jwt';
 * const options: CheckStatusOptions = { issuer: 'https://uni.example', clockTolerance: 60 };
 * ```
 * @category Status lists
 */
export interface CheckStatusOptions extends StatusOptions {
  /** The issuer of the credential the entry belongs to: the list must be this issuer's (or a trusted one's). */
  readonly issuer: string;
  readonly now?: Date;
  readonly clockTolerance?: number;
  readonly algorithms?: readonly SigningAlgorithm[];
  readonly signal?: AbortSignal;
}

/**
 * Checks one `BitstringStatusListEntry` (Bitstring Status List v1.0 §3.2): fetches the list credential under the
 * network limits, verifies it through the same pipeline as credentials (signature, issuer, validity), checks
 * the purpose, decodes the list with a cap on inflation, checks its length (≥ 131,072 entries) and the index
 * range, and reads the value. The result is `valid`, `revoked`, `suspended`, or `unknown` with the
 * specification's reason: a list that cannot be fetched, verified or decoded never yields `valid`, and neither
 * does an entry whose `statusPurpose` is not one of `revocation`, `suspension`, `message`, `refresh` (it is
 * `unknown`, `STATUS_VERIFICATION_ERROR`, with a `detail`, and nothing is fetched for it).
 * {@link verifyCredential} runs this for every entry; call it directly to re-check a stored credential.
 *
 * @param entry - the `credentialStatus` entry (untrusted JSON)
 * @param keys - the keys or resolver that verify the list credential
 * @param options - the credential's issuer, network, cache and clock options
 * @returns the outcome; it never throws for a faulty list or entry
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { checkStatus, didWebResolver } from 'microcred/jwt';
 * const entry = {
 *   type: 'BitstringStatusListEntry',
 *   statusPurpose: 'revocation',
 *   statusListIndex: '94567',
 *   statusListCredential: 'https://uni.example/status/r1',
 * };
 * const result = await checkStatus(entry, didWebResolver(), { issuer: 'did:web:uni.example' });
 * if (result.outcome !== 'valid') console.log(result.outcome, result.reason);
 * ```
 * @category Status lists
 */
export async function checkStatus(entry: unknown, keys: KeyInput, options: CheckStatusOptions): Promise<StatusResult> {
  const { issuer, now, clockTolerance, algorithms, signal, ...statusOptions } = options;
  const verify = resolveVerifyOptions({
    ...(now === undefined ? {} : { now }),
    ...(clockTolerance === undefined ? {} : { clockTolerance }),
    algorithms: algorithms ?? DEFAULT_ALGORITHMS,
    ...(signal === undefined ? {} : { signal }),
  });
  const status = resolveStatusOptions(statusOptions);
  const context = statusContext(verify, status, keys, signal ?? new AbortController().signal, verifyCore);
  // The status-list reader (fetch, decompression, list parsing) loads only when an entry is checked.
  const { checkStatusEntry } = await loadOnDemand();
  return checkStatusEntry(entry, issuer, context);
}
