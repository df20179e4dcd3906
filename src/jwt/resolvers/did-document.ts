import { fail } from '../jwt-error.js';
import type { JWK } from '../keys/jwk.js';
import { hasPrivateMembers, isPlainObject, jwkFits } from '../keys/key-families.js';
import { decodeMultikey } from '../keys/multikey.js';
import type { KeyRequest, KeySource, ResolvedKey } from './types.js';

/** A verification method usable for assertions: its absolute id and public key. */
export interface AssertionKey {
  readonly id: string;
  readonly jwk: JWK;
}

const JWK_TYPES: readonly string[] = ['JsonWebKey', 'JsonWebKey2020'];

/**
 * Reads the keys a DID document authorises for assertions (credential signing): the verification methods listed
 * in `assertionMethod`, referenced by id or embedded; never those only under `authentication` or
 * `keyAgreement`. Each must have this DID as `controller`, an id under this DID, and a public key as
 * `publicKeyJwk` (types `JsonWebKey`, `JsonWebKey2020`) or `publicKeyMultibase` (type `Multikey`, did:key
 * codec rules; type `Ed25519VerificationKey2020`, an Ed25519 key only). Other types and malformed methods are ignored, never guessed.
 */
export function assertionKeys(document: Readonly<Record<string, unknown>>, did: string): AssertionKey[] {
  if (document['id'] !== did) fail('ERR_KEY_RESOLUTION', `The DID document's id is not ${did}`);
  const absolute = (id: unknown): string | undefined => {
    if (typeof id !== 'string') return undefined;
    const full = id.startsWith('#') ? `${did}${id}` : id;
    return full.startsWith(`${did}#`) && full.length > did.length + 1 ? full : undefined;
  };
  const declared = new Map<string, Record<string, unknown>>();
  const methods = document['verificationMethod'];
  if (Array.isArray(methods)) {
    for (const method of methods) {
      const id = isPlainObject(method) ? absolute(method['id']) : undefined;
      if (id !== undefined && !declared.has(id)) declared.set(id, method as Record<string, unknown>);
    }
  }
  const assertion = document['assertionMethod'];
  const keys: AssertionKey[] = [];
  const seen = new Set<string>();
  for (const entry of Array.isArray(assertion) ? assertion : []) {
    const method =
      typeof entry === 'string' ? declared.get(absolute(entry) ?? '') : isPlainObject(entry) ? entry : undefined;
    const id = method === undefined ? undefined : absolute(method['id']);
    if (method === undefined || id === undefined || seen.has(id) || method['controller'] !== did) continue;
    const jwk = methodKey(method);
    if (jwk === undefined) continue;
    seen.add(id);
    keys.push({ id, jwk });
  }
  return keys;
}

function methodKey(method: Readonly<Record<string, unknown>>): JWK | undefined {
  const type = method['type'];
  if (typeof type === 'string' && JWK_TYPES.includes(type)) {
    const jwk = method['publicKeyJwk'];
    if (!isPlainObject(jwk) || typeof jwk['kty'] !== 'string' || jwk['kty'] === 'oct' || hasPrivateMembers(jwk)) {
      return undefined;
    }
    return jwk as JWK;
  }
  if (type === 'Multikey' && typeof method['publicKeyMultibase'] === 'string') {
    return decodeMultikey(method['publicKeyMultibase'])?.jwk;
  }
  // Ed25519VerificationKey2020 (W3C CCG, used by Ed25519Signature2020 issuers): an Ed25519 multikey value only.
  if (type === 'Ed25519VerificationKey2020' && typeof method['publicKeyMultibase'] === 'string') {
    const decoded = decodeMultikey(method['publicKeyMultibase']);
    return decoded?.alg === 'EdDSA' ? decoded.jwk : undefined;
  }
  return undefined;
}

/**
 * Picks the assertion key for a token: by `kid` (the verification method's absolute id) when there is one,
 * else the only key that fits the algorithm. No match is `ERR_KEY_RESOLUTION`, several `ERR_KEY_AMBIGUOUS`,
 * a `kid` naming a key of another family `ERR_KEY_ALG_MISMATCH`.
 */
export function selectAssertionKey(keys: readonly AssertionKey[], request: KeyRequest, source: KeySource): ResolvedKey {
  const fits = (k: AssertionKey): boolean =>
    jwkFits(k.jwk, request.alg) && (k.jwk.alg === undefined || k.jwk.alg === request.alg);
  if (request.kid !== undefined) {
    const named = keys.find((k) => k.id === request.kid);
    if (named === undefined) {
      fail('ERR_KEY_RESOLUTION', `${request.kid} is not an assertion method of ${request.issuer}`, ['header', 'kid']);
    }
    if (!fits(named)) fail('ERR_KEY_ALG_MISMATCH', `${request.kid} is not a ${request.alg} key`, ['header', 'kid']);
    return { issuer: request.issuer, kid: named.id, key: named.jwk, source };
  }
  const fitting = keys.filter(fits);
  if (fitting.length === 0)
    fail('ERR_KEY_RESOLUTION', `${request.issuer} has no ${request.alg} assertion key`, ['header']);
  if (fitting.length > 1) {
    fail(
      'ERR_KEY_AMBIGUOUS',
      `${request.issuer} has ${fitting.length} ${request.alg} assertion keys; the token must name one by kid`,
      ['header', 'kid'],
    );
  }
  const only = fitting[0] as AssertionKey;
  return { issuer: request.issuer, kid: only.id, key: only.jwk, source };
}
