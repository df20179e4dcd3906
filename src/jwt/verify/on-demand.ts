// The parts of the verifier that only some tokens need, in one module that the verifier loads on first need:
// the VC-JWT 1.1 readers (microcred issues VC 2.0, so a verifier of its credentials rarely meets one) and the
// status-list check (only for a credential with a status entry, with status checking on). They are one module
// rather than two because a bundler splits the code each on-demand module shares with the verifier by which of
// them uses it: two modules left five small chunks at start where one leaves two (0.4 KB gzip less at start, in
// scripts/check-browser-bundle.mjs). A token that needs one part downloads the other with it, once.

export { fromVc11Document } from '../credential/vc11-envelope.js';
export { checkStatusEntries, checkStatusEntry } from '../status/check-status-entries.js';
export { fromVcClaim } from './vc11-claims.js';
export { checkVc11Dates } from './vc11-dates.js';
