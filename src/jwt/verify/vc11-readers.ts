// The readers a VC-JWT 1.1 token needs, in one module that the verifier loads when such a token arrives:
// microcred issues VC 2.0, so a verifier of its credentials never downloads them.
export { fromVc11Document } from '../credential/vc11-envelope.js';
export { fromVcClaim } from './vc11-claims.js';
export { checkVc11Dates } from './vc11-dates.js';
