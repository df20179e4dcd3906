import type { ResolvedVerifyOptions } from '../verify/options.js';
import type { KeyInput } from '../verify/resolve-key.js';
import type { verifyCore } from '../verify/verify-core.js';
import { cacheFor } from './list-cache.js';
import type { StatusContext, StatusDocumentVerifier } from './load-status-list.js';
import type { ResolvedStatusOptions } from './status-options.js';

/**
 * The context a status entry is checked in: the verifier's clock, algorithms and limits, the status options with
 * their cache (a fresh one per call unless the caller gave one), the signal, and the verifiers of the list.
 */
export function statusContext(
  verify: Pick<ResolvedVerifyOptions, 'now' | 'clockTolerance' | 'algorithms' | 'limits'>,
  status: ResolvedStatusOptions,
  keys: KeyInput,
  signal: AbortSignal,
  verifyToken: typeof verifyCore,
  verifyDocument?: StatusDocumentVerifier,
): StatusContext {
  return {
    keys,
    status,
    cache: cacheFor(status),
    now: verify.now,
    clockTolerance: verify.clockTolerance,
    algorithms: verify.algorithms,
    limits: verify.limits,
    signal,
    verifyToken,
    ...(verifyDocument === undefined ? {} : { verifyDocument }),
  };
}
