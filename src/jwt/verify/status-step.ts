import { hasType } from '../../internal/has-type.js';
import { fail, type VerificationCheck } from '../jwt-error.js';
import { isPlainObject } from '../keys/key-families.js';
import type { Deadline } from '../net/deadline.js';
import type { StatusDocumentVerifier } from '../status/load-status-list.js';
import { isInterpretedPurpose } from '../status/status-purpose.js';
import type { StatusResult } from '../status/status-result.js';
import { loadOnDemand } from './load-on-demand.js';
import type { ResolvedVerifyOptions } from './options.js';
import type { KeyInput } from './resolve-key.js';
import type { verifyCore } from './verify-core.js';

/** The `credentialStatus` entries of a credential document, as a list. */
export function statusEntries(document: Readonly<Record<string, unknown>>): unknown[] {
  const raw = document['credentialStatus'];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
}

/**
 * Step 9, only after steps 1–8 passed: every `BitstringStatusListEntry` (its `type` a string or an array
 * holding it) is checked (concurrently). Revoked →
 * `ERR_CREDENTIAL_REVOKED`; suspended → `ERR_CREDENTIAL_SUSPENDED`; unknown → `ERR_STATUS_UNAVAILABLE`, or with
 * soft-fail a result that says `unknown`, never `valid`. Entries of other types are `not-checked`; an entry
 * whose `statusPurpose` is not interpreted is `unknown`. With `requireStatus`, a missing status, an entry of
 * another type or of an uninterpreted purpose fails, soft-fail or not. `verifyToken` verifies a JWT-secured list:
 * the caller's pipeline, handed in so that the on-demand status-list reader does not import it.
 */
export async function statusStep(
  entries: readonly unknown[],
  issuer: string,
  keys: KeyInput,
  options: ResolvedVerifyOptions,
  deadline: Deadline,
  checks: VerificationCheck[],
  verifyToken: typeof verifyCore,
  verifyDocument?: StatusDocumentVerifier,
): Promise<StatusResult[]> {
  const bitstring = entries.filter((e) => isPlainObject(e) && hasType(e['type'], 'BitstringStatusListEntry'));
  const unchecked = entries.length - bitstring.length;
  if (options.status === false || bitstring.length === 0) {
    if (options.requireStatus) {
      fail('ERR_STATUS_UNAVAILABLE', 'A checkable status entry is required but none was checked', [
        'credential',
        'credentialStatus',
      ]);
    }
    checks.push({ name: 'status', outcome: entries.length === 0 ? 'not-applicable' : 'not-checked' });
    return [];
  }
  if (unchecked > 0 && options.requireStatus) {
    fail('ERR_STATUS_UNAVAILABLE', 'A status entry of an unsupported type cannot be checked', [
      'credential',
      'credentialStatus',
    ]);
  }
  if (
    options.requireStatus &&
    bitstring.some((e) => !isInterpretedPurpose((e as Record<string, unknown>)['statusPurpose']))
  ) {
    fail('ERR_STATUS_UNAVAILABLE', 'A status entry of a purpose this verifier does not interpret cannot be checked', [
      'credential',
      'credentialStatus',
    ]);
  }
  // Loaded only when an entry must be checked: a verifier with status off, or of credentials without a status
  // entry, never downloads the status-list reader, its fetch and its decompression.
  const { checkStatusEntries } = await loadOnDemand();
  const { status } = options;
  return checkStatusEntries({
    bitstring,
    unchecked,
    issuer,
    keys,
    options,
    status,
    signal: deadline.signal,
    checks,
    verifyToken,
    verifyDocument,
  });
}
