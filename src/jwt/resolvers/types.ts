import type { SigningAlgorithm } from '../algorithms.js';
import type { JWK } from '../keys/jwk.js';
import type { JwtProfile } from '../profiles.js';

/**
 * Where a verification key came from, as reported in the verification result.
 *
 * @example
 * ```ts
 * import type { KeySource } from 'microcred/jwt';
 * const source: KeySource = 'did:web';
 * ```
 * @category Resolvers
 */
export type KeySource = 'static' | 'jwks' | 'did:key' | 'did:web' | 'did:jwk' | 'custom';

/**
 * What the verifier asks a resolver for. `issuer` comes from the token before its signature is checked: it
 * is only a lookup key, and the returned `issuer` must equal it exactly.
 *
 * @example
 * ```ts
 * import type { KeyRequest } from 'microcred/jwt';
 * const request: KeyRequest = {
 *   issuer: 'did:web:uni.example',
 *   kid: 'did:web:uni.example#key-1',
 *   alg: 'ES256',
 *   profile: 'vc-jose-cose',
 *   signal: new AbortController().signal,
 * };
 * ```
 * @category Resolvers
 */
export interface KeyRequest {
  readonly issuer: string;
  /** The token's `kid`: an opaque string, compared for equality only. */
  readonly kid?: string;
  readonly alg: SigningAlgorithm;
  /** The token's profile; `sd-jwt-vc` for SD-JWT VC attestations (`microcred/eudi`), `data-integrity` for Data Integrity proofs. */
  readonly profile: JwtProfile | 'sd-jwt-vc' | 'data-integrity';
  /** Aborted when the verification's time budget runs out. */
  readonly signal: AbortSignal;
}

/**
 * What a resolver returns: a public key the issuer controls. The verifier re-checks it (issuer equality, `kid`,
 * key type and family) whatever resolver produced it.
 *
 * @example
 * ```ts
 * import { generateIssuerKey, type ResolvedKey } from 'microcred/jwt';
 * const { publicJwk } = await generateIssuerKey('EdDSA');
 * const resolved: ResolvedKey = { issuer: 'https://uni.example', key: publicJwk, source: 'custom' };
 * ```
 * @category Resolvers
 */
export interface ResolvedKey {
  readonly issuer: string;
  readonly kid?: string;
  /** A public `CryptoKey` or a public JWK. Never bytes: they would be taken for an HMAC secret. */
  readonly key: CryptoKey | JWK;
  readonly source: KeySource;
}

/**
 * A function that finds the public key of an issuer. Built-in resolvers also say which issuers they are
 * responsible for (`handles`), which {@link combineResolvers} uses to dispatch without falling through.
 *
 * @example
 * ```ts
 * import { generateIssuerKey, type KeyResolver } from 'microcred/jwt';
 * const { publicJwk } = await generateIssuerKey('EdDSA');
 * const resolver: KeyResolver = async (request) => {
 *   if (request.issuer !== 'https://uni.example') throw new Error('unknown issuer');
 *   return { issuer: request.issuer, key: publicJwk, source: 'custom' };
 * };
 * ```
 * @category Resolvers
 */
export interface KeyResolver {
  (request: KeyRequest): Promise<ResolvedKey>;
  /** Whether this resolver is responsible for an issuer; absent means every issuer. */
  readonly handles?: (issuer: string) => boolean;
}

/**
 * A key the caller trusts: a public `CryptoKey`, a public JWK, or either with an explicit key id.
 *
 * @example
 * ```ts
 * import { generateIssuerKey, type TrustedKey } from 'microcred/jwt';
 * const key = await generateIssuerKey('ES256');
 * const trusted: TrustedKey[] = [key.publicJwk, { kid: 'backup', key: key.publicKey }];
 * ```
 * @category Resolvers
 */
export type TrustedKey = CryptoKey | JWK | { readonly kid?: string; readonly key: CryptoKey | JWK };

/**
 * How a built-in resolver answers: `memory` from what it was given (static keys, did:key, did:jwk, a JWKS object),
 * `network` only through requests bounded by the signal (did:web, a JWKS URL). Resolvers a caller wrote have no
 * reach: they are raced against the time budget and called only at their step.
 */
export type ResolverReach = 'memory' | 'network';

const REACH = new WeakMap<object, ResolverReach>();

/** Attaches a `handles` predicate to a resolver function and records its reach. */
export function withHandles(
  resolve: (request: KeyRequest) => Promise<ResolvedKey>,
  handles: (issuer: string) => boolean,
  reach: ResolverReach | undefined,
): KeyResolver {
  return markReach(Object.assign(resolve, { handles }), reach);
}

/** Records the reach of a wrapper: the reach of what it wraps (see {@link withHandles}). */
export function markReach<T extends KeyResolver>(resolver: T, reach: ResolverReach | undefined): T {
  if (reach !== undefined) REACH.set(resolver, reach);
  return resolver;
}

/** The reach of a resolver: undefined for one a caller wrote (raced against the time budget). */
export function reachOf(resolver: KeyResolver): ResolverReach | undefined {
  return REACH.get(resolver);
}

/** The reach of several resolvers together: the widest of them, or none if any is a caller's own. */
export function combinedReach(resolvers: readonly KeyResolver[]): ResolverReach | undefined {
  const reaches = resolvers.map(reachOf);
  if (reaches.includes(undefined)) return undefined;
  return reaches.includes('network') ? 'network' : 'memory';
}
