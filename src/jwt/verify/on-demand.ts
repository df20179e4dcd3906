// The parts of the verifier that only some tokens need, in one module that the verifier loads on first need:
// the VC-JWT 1.1 readers (microcred issues VC 2.0, so a verifier of its credentials rarely meets one), the
// status-list check (only for a credential with a status entry, with status checking on) and the mapping of
// errors that do not come from the pipeline itself (jose's, a resolver's), with the refusal of a credential that
// awards no achievement (an endorsement, a CLR bundle). They are one module rather than
// several because a bundler splits the code each on-demand module shares with the verifier by which of them uses
// it: the readers and the status check as two modules left five small chunks at start where one leaves two (0.4 KB
// gzip less at start, in scripts/check-browser-bundle.mjs). A token that needs one part downloads the others
// with it, once.

export { refuseNotAchievement } from '../credential/not-achievement.js';
export { fromVc11Document } from '../credential/vc11-envelope.js';
export { checkStatusEntries, checkStatusEntry } from '../status/check-status-entries.js';
export { mapVerifyError } from './map-error.js';
export { fromVcClaim } from './vc11-claims.js';
export { checkVc11Dates } from './vc11-dates.js';
