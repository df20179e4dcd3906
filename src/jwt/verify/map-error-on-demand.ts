import { MicrocredJwtError } from '../jwt-error.js';
import { loadOnce } from '../load-once.js';
import type { ErrorStage } from './map-error.js';

const loadMapping = loadOnce(() => import('./on-demand.js'));

/**
 * {@link mapVerifyError} on the verifier's own error paths: the pipeline's own errors (nearly every refusal) pass
 * as they are, and the mapping of anything else (an error from jose, from a caller's resolver, a bug) loads on
 * first need with the verifier's other on-demand parts. The result is the same as `mapVerifyError`'s.
 */
export async function mapVerifyErrorOnDemand(error: unknown, stage: ErrorStage): Promise<MicrocredJwtError> {
  if (error instanceof MicrocredJwtError) return error;
  return (await loadMapping()).mapVerifyError(error, stage);
}
