import { MicrocredOptionsError } from '../../errors.js';
import { fail } from '../jwt-error.js';
import type { JWK } from '../keys/jwk.js';
import { cryptoKeyFits, hasPrivateMembers, isCryptoKey, isPlainObject, jwkFits } from '../keys/key-families.js';
import type { KeyRequest, KeySource, ResolvedKey } from './types.js';

/** A trusted key of one issuer, normalised. */
export interface Candidate {
  readonly kid?: string;
  readonly key: CryptoKey | JWK;
}

/**
 * Normalises configured keys (one key, a list, or a JWKS `{ keys }`) into candidates. Secret and private keys are
 * refused loudly rather than dropped: configuring one is a mistake the caller must see.
 */
export function normaliseTrustedKeys(value: unknown, option: string): Candidate[] {
  const list: unknown[] = Array.isArray(value)
    ? value
    : isPlainObject(value) && Array.isArray(value['keys'])
      ? (value['keys'] as unknown[])
      : [value];
  if (list.length === 0) throw new MicrocredOptionsError(option, 'lists no key');
  return list.map((item, i) => {
    const where = `${option}[${i}]`;
    if (isPlainObject(item) && Object.hasOwn(item, 'key') && !Object.hasOwn(item, 'kty')) {
      const kid = item['kid'];
      if (kid !== undefined && typeof kid !== 'string')
        throw new MicrocredOptionsError(`${where}.kid`, 'must be a string');
      const key = checkPublic(item['key'], `${where}.key`);
      return kid === undefined ? { key } : { kid, key };
    }
    const key = checkPublic(item, where);
    const kid = isCryptoKey(key) ? undefined : key.kid;
    return kid === undefined ? { key } : { kid, key };
  });
}

function checkPublic(key: unknown, where: string): CryptoKey | JWK {
  if (isCryptoKey(key)) {
    if (key.type !== 'public') throw new MicrocredOptionsError(where, `is a ${key.type} CryptoKey, not a public key`);
    return key;
  }
  if (!isPlainObject(key) || typeof key['kty'] !== 'string') {
    throw new MicrocredOptionsError(where, 'must be a public CryptoKey or a public JWK');
  }
  if (key['kty'] === 'oct' || hasPrivateMembers(key)) {
    throw new MicrocredOptionsError(where, 'holds secret or private key material; trust only public keys');
  }
  return key as JWK;
}

function fits(candidate: Candidate, request: KeyRequest): boolean {
  const { key } = candidate;
  if (isCryptoKey(key)) return cryptoKeyFits(key, request.alg);
  return jwkFits(key, request.alg) && (key.alg === undefined || key.alg === request.alg) && key.use !== 'enc';
}

/**
 * Picks the one key of an issuer for a token. With a `kid`: the keys with exactly that id; if none has it, the
 * keys configured without an id (trusted for the issuer whatever the id). Without a `kid`: every key that fits
 * the algorithm. One match is required: none is `ERR_KEY_RESOLUTION`, several `ERR_KEY_AMBIGUOUS`. Keys are
 * never tried one after another until a signature verifies.
 */
export function selectKey(candidates: readonly Candidate[], request: KeyRequest, source: KeySource): ResolvedKey {
  const fitting = candidates.filter((c) => fits(c, request));
  let matches = fitting;
  if (request.kid !== undefined) {
    const exact = fitting.filter((c) => c.kid === request.kid);
    matches = exact.length > 0 ? exact : fitting.filter((c) => c.kid === undefined);
  }
  if (matches.length === 0) {
    fail('ERR_KEY_RESOLUTION', `No trusted ${request.alg} key of ${request.issuer} matches the token`, [
      'header',
      'kid',
    ]);
  }
  if (matches.length > 1) {
    fail(
      'ERR_KEY_AMBIGUOUS',
      `${matches.length} trusted keys of ${request.issuer} match; the token must name one by kid`,
      ['header', 'kid'],
    );
  }
  const chosen = matches[0] as Candidate;
  const kid = chosen.kid ?? request.kid;
  return kid === undefined
    ? { issuer: request.issuer, key: chosen.key, source }
    : { issuer: request.issuer, kid, key: chosen.key, source };
}
