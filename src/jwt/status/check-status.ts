// The public status check, under the name the entry point and older imports use. It is defined in
// status-check.ts; the per-entry check it runs (check-status-entry.ts) loads on demand.
export { type CheckStatusOptions, checkStatus } from './status-check.js';
