import { MicrocredError, MicrocredOptionsError } from '../../errors.js';
import { decodeDidJwk } from '../keys/did-jwk.js';
import { decodeDidKey } from '../keys/did-key.js';
import type { JWK } from '../keys/jwk.js';
import { hasPrivateMembers, isPlainObject } from '../keys/key-families.js';
import { samePublicKey } from '../keys/same-public-key.js';
import type { SigningKey } from './signing-key.js';

/** The one key a did:key or did:jwk issuer DID encodes, and the verification method verifiers expect as `kid`. */
interface DidKeyMethod {
  readonly kid: string;
  readonly jwk: JWK;
  readonly algorithms: readonly string[];
}

function didKeyMethod(issuer: string): DidKeyMethod | undefined {
  if (issuer.startsWith('did:key:')) {
    const decoded = decodeDidKey(issuer);
    if (decoded === undefined) throw new MicrocredOptionsError('issuer', `${issuer} is not a did:key verifiers accept`);
    return { kid: `${decoded.did}#${decoded.id}`, jwk: decoded.jwk, algorithms: [decoded.alg] };
  }
  if (issuer.startsWith('did:jwk:')) {
    const decoded = decodeDidJwk(issuer);
    if (decoded === undefined) throw new MicrocredOptionsError('issuer', `${issuer} is not a did:jwk verifiers accept`);
    return { kid: `${decoded.did}#0`, jwk: decoded.jwk, algorithms: decoded.algorithms };
  }
  return undefined;
}

/** Whether the signing key is the key the DID encodes; undefined when the key carries no public JWK to compare. */
function keyBelongs(method: DidKeyMethod, key: SigningKey): boolean | undefined {
  const jwk = key.publicJwk;
  if (!isPlainObject(jwk) || hasPrivateMembers(jwk)) return undefined;
  return samePublicKey(jwk, method.jwk);
}

/**
 * The `kid` to sign with for an issuer: for a `did:key` or `did:jwk` issuer the verification method the DID
 * defines (`did:key:<mb>#<mb>`, `did:jwk:<b64>#0`), derived when no `kid` is asked for and the key is the one
 * the DID encodes; for any other DID issuer a DID URL under that DID; for other issuers what was asked for or
 * the key's own `kid`. Refuses, at signing time, a combination the verifiers would refuse.
 *
 * @param issuer - the issuer id the token carries (`iss`)
 * @param key - the signing key
 * @param requested - the `kid` option: a string, `false` for none, or undefined for the default
 * @returns the `kid` header, or undefined for none
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the key is not the issuer DID's key, or the `kid`
 *   is not (and cannot be derived as) a verification method of the issuer DID
 * @throws MicrocredError `ERR_KEY_ALG_MISMATCH` when a did:jwk issuer's key does not allow the key's algorithm
 */
export async function issuerKid(
  issuer: string,
  key: SigningKey,
  requested: string | false | undefined,
): Promise<string | undefined> {
  if (requested === false) return undefined;
  const kid = requested ?? key.kid;
  if (!issuer.startsWith('did:')) return kid;
  const method = didKeyMethod(issuer);
  if (method === undefined) return otherDidKid(issuer, kid);
  const belongs = keyBelongs(method, key);
  if (belongs === false) {
    throw new MicrocredOptionsError(
      'key',
      `the signing key is not the key of the issuer ${issuer}: sign with the key the DID encodes, or make the issuer id the DID of this key (didKeyFromJwk or didJwkFromJwk of key.publicJwk)`,
    );
  }
  if (!method.algorithms.includes(key.alg)) {
    throw new MicrocredError('ERR_KEY_ALG_MISMATCH', `The key of ${issuer} cannot sign ${key.alg}`);
  }
  if (kid === method.kid) return kid;
  if (requested !== undefined) {
    throw new MicrocredOptionsError('kid', `must be ${method.kid}, the verification method of the issuer DID`);
  }
  if (belongs === undefined) {
    throw new MicrocredOptionsError(
      'kid',
      `cannot tell whether the key belongs to ${issuer}: pass { kid: '${method.kid}' }, or a key with its publicJwk`,
    );
  }
  return method.kid;
}

function otherDidKid(issuer: string, kid: string | undefined): string | undefined {
  if (kid === undefined || kid.startsWith(`${issuer}#`)) return kid;
  if (kid.startsWith('did:')) throw new MicrocredOptionsError('kid', 'a DID URL kid must belong to the issuer DID');
  throw new MicrocredOptionsError(
    'kid',
    `${issuer} names its keys by DID URL: pass { kid: '${issuer}#<id>' }, the id of the key's verification method under assertionMethod in the DID document`,
  );
}
