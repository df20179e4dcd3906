import { loadOnce } from '../load-once.js';

/**
 * The verifier's on-demand module (`on-demand.ts`), imported on first need: every part of the verifier that needs
 * it (the VC-JWT 1.1 readers, the status check, the mapping of foreign errors, a refusal's explanation) loads it
 * through this one loader, which hands it out without waiting once it is loaded.
 */
export const loadOnDemand = loadOnce(() => import('./on-demand.js'));
