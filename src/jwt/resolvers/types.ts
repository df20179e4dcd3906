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

/**
 * What the pipeline knows of a built-in resolver: its reach and, when it answers for a closed list of issuers
 * (static keys, JWKS), that list. A resolver a caller wrote has none.
 */
export interface ResolverTraits {
  readonly reach: ResolverReach;
  readonly issuers?: readonly string[];
}

const TRAITS = new WeakMap<object, ResolverTraits>();

/** Attaches a `handles` predicate to a resolver function and records its traits. */
export function withHandles(
  resolve: (request: KeyRequest) => Promise<ResolvedKey>,
  handles: (issuer: string) => boolean,
  traits: ResolverTraits | undefined,
): KeyResolver {
  return markTraits(Object.assign(resolve, { handles }), traits);
}

/** Records the traits of a wrapper: those of what it wraps (see {@link withHandles}). */
export function markTraits<T extends KeyResolver>(resolver: T, traits: ResolverTraits | undefined): T {
  if (traits !== undefined) TRAITS.set(resolver, traits);
  return resolver;
}

/** The traits of a resolver: undefined for one a caller wrote (raced against the time budget). */
export const traitsOf = (resolver: KeyResolver): ResolverTraits | undefined => TRAITS.get(resolver);

/**
 * The traits of several resolvers together: the widest reach, and every issuer when each has a closed list; none
 * if any is a caller's own.
 */
export function combinedTraits(resolvers: readonly KeyResolver[]): ResolverTraits | undefined {
  const all = resolvers.map(traitsOf);
  if (all.some((t) => t === undefined)) return undefined;
  const known = all as ResolverTraits[];
  const reach = known.some((t) => t.reach === 'network') ? 'network' : 'memory';
  const lists = known.map((t) => t.issuers);
  return lists.every((list) => list !== undefined) ? { reach, issuers: [...new Set(lists.flat())] } : { reach };
}
