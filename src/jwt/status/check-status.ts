// The public check and the per-entry check, for code that imports them from this module. Each lives in its own
// module: the verifier loads the per-entry check on demand, and the public check loads it the same way.
export { checkStatusEntry } from './check-status-entry.js';
export { type CheckStatusOptions, checkStatus } from './status-check.js';
