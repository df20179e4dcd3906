import { MicrocredError } from '../../errors.js';
import type { JWK } from './jwk.js';
import { hasPrivateMembers, isPlainObject } from './key-families.js';
import { type DecodedMultikey, decodeMultikey, encodeMultikey } from './multikey.js';

const DID_KEY = /^did:key:(z[1-9A-HJ-NP-Za-km-z]{1,127})$/;

/** A did:key DID decoded: the DID, its method-specific id and its one public key. */
export interface DecodedDidKey extends DecodedMultikey {
  readonly did: string;
  readonly id: string;
}

/** Decodes a did:key DID (Ed25519 or P-256); undefined for anything else, including DID URLs. */
export function decodeDidKey(did: string): DecodedDidKey | undefined {
  const match = typeof did === 'string' ? DID_KEY.exec(did) : null;
  const id = match?.[1];
  if (id === undefined) return undefined;
  const key = decodeMultikey(id);
  return key === undefined ? undefined : { ...key, did, id };
}

/**
 * Derives the did:key DID of an Ed25519 or P-256 public key, to use as an issuer id that needs no hosting.
 * The verification method (and `kid`) is the DID, `#`, and the method-specific id again.
 *
 * @param jwk - an Ed25519 (`OKP`) or P-256 (`EC`) public JWK, such as {@link IssuerKey.publicJwk}
 * @returns the DID, e.g. `did:key:z6Mk…`
 * @throws MicrocredError `ERR_KEY_INVALID` for another key type or a private JWK
 * @example
 * ```ts
 * import { didKeyFromJwk, generateIssuerKey } from 'microcred/jwt';
 * const key = await generateIssuerKey('EdDSA');
 * const did = didKeyFromJwk(key.publicJwk); // 'did:key:z6Mk…'
 * const kid = `${did}#${did.slice('did:key:'.length)}`;
 * ```
 * @category Keys
 */
export function didKeyFromJwk(jwk: JWK): string {
  if (!isPlainObject(jwk) || hasPrivateMembers(jwk)) {
    throw new MicrocredError('ERR_KEY_INVALID', 'did:key needs a public JWK');
  }
  const id = encodeMultikey(jwk);
  if (id === undefined)
    throw new MicrocredError('ERR_KEY_INVALID', 'did:key supports Ed25519, P-256 and P-384 keys only');
  return `did:key:${id}`;
}
