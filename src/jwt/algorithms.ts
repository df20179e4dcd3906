/**
 * The asymmetric JWS algorithms microcred signs and verifies with. `RS256` is accepted by the verifier only
 * when enabled; `none` and every HMAC algorithm are never accepted.
 *
 * @example
 * ```ts
 * import { SIGNING_ALGORITHMS } from 'microcred/jwt';
 * SIGNING_ALGORITHMS.includes('EdDSA'); // true
 * ```
 * @category Keys
 */
export const SIGNING_ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'] as const;

/**
 * A signing algorithm (see {@link SIGNING_ALGORITHMS}).
 *
 * @example
 * ```ts
 * import type { SigningAlgorithm } from 'microcred/jwt';
 * const alg: SigningAlgorithm = 'ES256';
 * ```
 * @category Keys
 */
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

/** What a JWK must look like to be used with an algorithm. */
export interface KeyShape {
  readonly kty: 'OKP' | 'EC' | 'RSA';
  readonly crv?: string;
}

/** The JWK type (and curve) each algorithm requires. */
export const KEY_SHAPES: Readonly<Record<SigningAlgorithm, KeyShape>> = {
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
  ES256: { kty: 'EC', crv: 'P-256' },
  ES384: { kty: 'EC', crv: 'P-384' },
  PS256: { kty: 'RSA' },
  RS256: { kty: 'RSA' },
};

/** Type guard for {@link SigningAlgorithm}. */
export function isSigningAlgorithm(value: unknown): value is SigningAlgorithm {
  return typeof value === 'string' && (SIGNING_ALGORITHMS as readonly string[]).includes(value);
}
