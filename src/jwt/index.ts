/**
 * `microcred/jwt`: issuer keys and, as the package grows, signing and verifying credentials as JWTs.
 * This is the only entry point that imports `jose`.
 *
 * @module
 */
export { SIGNING_ALGORITHMS, type SigningAlgorithm } from './algorithms.js';
export {
  exportIssuerKey,
  type GenerateIssuerKeyOptions,
  generateIssuerKey,
  type IssuerKey,
  importIssuerKey,
} from './issuer-key.js';
