import type { SigningAlgorithm } from '../algorithms.js';
import { fail } from '../jwt-error.js';
import type { JWK } from '../keys/jwk.js';
import { isPlainObject } from '../keys/key-families.js';
import { keyThumbprint, publicMembers, toVerificationKey } from '../keys/verification-key.js';
import { untilAborted } from '../net/abort.js';
import type { Deadline } from '../net/deadline.js';
import { type Candidate, normaliseTrustedKeys, selectKey } from '../resolvers/select-key.js';
import {
  type KeyRequest,
  type KeyResolver,
  type KeySource,
  type ResolvedKey,
  type TrustedKey,
  traitsOf,
} from '../resolvers/types.js';
import { mapVerifyErrorOnDemand } from './map-error-on-demand.js';

/**
 * What verification is given to find keys: a resolver (the usual case) or one trusted public key.
 *
 * @example
 * ```ts
 * import { didKeyResolver, type KeyInput } from 'microcred/jwt';
 * const keys: KeyInput = didKeyResolver();
 * ```
 * @category Verifying
 */
export type KeyInput = KeyResolver | TrustedKey;

/**
 * The key that verified a token, as reported in the result.
 *
 * @example
 * ```ts
 * import type { VerifiedKey } from 'microcred/jwt';
 * const key: VerifiedKey = { alg: 'EdDSA', kid: 'k1', thumbprint: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs', source: 'static' };
 * ```
 * @category Verifying
 */
export interface VerifiedKey {
  readonly kid?: string;
  /** The algorithm the token was verified with: one of `SIGNING_ALGORITHMS`, never anything else. */
  readonly alg: SigningAlgorithm;
  /** RFC 7638 SHA-256 thumbprint of the public key (absent only for a non-extractable CryptoKey). */
  readonly thumbprint?: string;
  readonly source: KeySource;
}

/** A resolved key: imported for WebCrypto, and as reported in the result. */
export interface ResolvedVerificationKey {
  readonly cryptoKey: CryptoKey;
  readonly key: VerifiedKey;
}

const SOURCES: readonly KeySource[] = ['static', 'jwks', 'did:key', 'did:web', 'did:jwk', 'custom'];

/**
 * Steps 4 and 5: asks the resolver (or the one trusted key) for the issuer's key and re-checks the answer
 * whatever produced it: same issuer exactly, a consistent `kid`, a known source, and an asymmetric public key of
 * the algorithm's family. A header `jwk` is never used as a key; it is accepted only when it is the resolved
 * (pinned) key, compared by RFC 7638 thumbprint. A custom resolver, and any resolver that starts network work,
 * is raced against the time budget.
 */
/**
 * The request a resolver receives. Its `signal` is the verification's deadline, whose timer starts only when a
 * resolver reads it (local resolvers never do).
 */
export function keyRequest(
  issuer: string,
  alg: SigningAlgorithm,
  profile: KeyRequest['profile'],
  kid: string | undefined,
  deadline: Deadline,
): KeyRequest {
  return {
    issuer,
    alg,
    profile,
    get signal() {
      return deadline.signal;
    },
    ...(kid === undefined ? {} : { kid }),
  };
}

export async function resolveKey(
  input: KeyInput,
  request: KeyRequest,
  headerJwk: JWK | undefined,
  deadline: Deadline,
): Promise<ResolvedVerificationKey> {
  let resolved: ResolvedKey;
  try {
    if (typeof input === 'function') {
      const answer = input(request);
      // A resolver that looked at the signal, or is not one of ours, is raced against the time budget.
      resolved =
        deadline.started() || traitsOf(input) === undefined
          ? await untilAborted(answer, deadline.signal)
          : await answer;
    } else {
      resolved = selectKey(trustedKey(input), request, 'static');
    }
  } catch (error) {
    throw await mapVerifyErrorOnDemand(error, 'key');
  }
  if (!isPlainObject(resolved)) fail('ERR_KEY_RESOLUTION', 'The resolver returned no key description');
  if (resolved.issuer !== request.issuer) {
    fail('ERR_KEY_RESOLUTION', 'The resolver answered for another issuer than the token names', ['payload', 'iss']);
  }
  const kid: unknown = resolved.kid;
  if (kid !== undefined && (typeof kid !== 'string' || (request.kid !== undefined && kid !== request.kid))) {
    fail('ERR_KEY_RESOLUTION', 'The resolver returned a key with another kid than the token names', ['header', 'kid']);
  }
  if (!SOURCES.includes(resolved.source)) fail('ERR_KEY_RESOLUTION', 'The resolver returned an unknown key source');
  const cryptoKey = await toVerificationKey(resolved.key, request.alg);
  const thumbprint = await keyThumbprint(resolved.key);
  if (
    headerJwk !== undefined &&
    (thumbprint === undefined || (await keyThumbprint(publicMembers(headerJwk))) !== thumbprint)
  ) {
    fail('ERR_KEY_RESOLUTION', 'The embedded "jwk" is not the key trusted for this issuer', ['header', 'jwk']);
  }
  const key: { kid?: string; alg: SigningAlgorithm; thumbprint?: string; source: KeySource } = {
    alg: request.alg,
    source: resolved.source,
  };
  if (typeof kid === 'string') key.kid = kid;
  else if (request.kid !== undefined) key.kid = request.kid;
  if (thumbprint !== undefined) key.thumbprint = thumbprint;
  return { cryptoKey, key };
}

/** The one key a caller passed instead of a resolver; anything but a public asymmetric key is refused. */
function trustedKey(input: TrustedKey): Candidate[] {
  try {
    return normaliseTrustedKeys(input, 'key');
  } catch (cause) {
    return fail(
      'ERR_KEY_RESOLUTION',
      'The key must be a public CryptoKey or public JWK (never bytes, text or a secret)',
      [],
      cause,
    );
  }
}
