import { MicrocredJwtError } from '../jwt-error.js';
import { loadOnDemand } from './load-on-demand.js';
import type { ErrorStage } from './map-error.js';

/**
 * {@link mapVerifyError} on the verifier's own error paths: the pipeline's own errors (nearly every refusal) pass
 * as they are, and the mapping of anything else (an error from jose, from a caller's resolver, a bug) loads on
 * first need with the verifier's other on-demand parts. The result is the same as `mapVerifyError`'s. If that
 * part cannot be loaded (a page gone offline, a blocked chunk), the error is still a typed refusal: the code
 * `mapVerifyError` gives an error it does not recognise, with the original error as `cause`.
 */
export async function mapVerifyErrorOnDemand(error: unknown, stage: ErrorStage): Promise<MicrocredJwtError> {
  if (error instanceof MicrocredJwtError) return error;
  let mapping: Awaited<ReturnType<typeof loadOnDemand>>;
  try {
    mapping = await loadOnDemand();
  } catch {
    const message = error instanceof Error ? error.message : String(error);
    const code = stage === 'key' ? 'ERR_KEY_RESOLUTION' : 'ERR_JWT_INVALID';
    return new MicrocredJwtError(code, `Verification failed: ${message}`, { cause: error });
  }
  return mapping.mapVerifyError(error, stage);
}
