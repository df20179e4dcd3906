import { KEY_SHAPES, SIGNING_ALGORITHMS, type SigningAlgorithm } from '../algorithms.js';
import { decodeBase64url } from '../encoding/base64url.js';
import { parseJsonObject } from '../encoding/json-object.js';
import type { JWK } from './jwk.js';
import { hasPrivateMembers, RSA_MAX_BITS, RSA_MIN_BITS, rsaModulusBits } from './key-families.js';

/** A did:jwk DID decoded: the DID and its one public key, with the algorithms that key can verify. */
export interface DecodedDidJwk {
  readonly did: string;
  readonly jwk: JWK;
  readonly algorithms: readonly SigningAlgorithm[];
}

/** Longest did:jwk accepted: an 8192-bit RSA key in base64url JSON stays well below it. */
const MAX_DID_JWK_CHARS = 4096;
const DID_JWK = /^did:jwk:([A-Za-z0-9_-]+)$/;
const EC_COORDINATE_BYTES: Readonly<Record<string, number>> = { 'P-256': 32, 'P-384': 48 };

/**
 * Decodes a did:jwk DID (did:jwk method, https://github.com/quartzjer/did-jwk): the method-specific id is the
 * canonical base64url of a UTF-8 JSON JWK. Only public signature keys of a supported family are accepted:
 * a private or symmetric member, a key marked `use: enc`, duplicate JSON names, non-canonical base64url,
 * a DID URL or an unknown key type all give `undefined`.
 */
export function decodeDidJwk(did: string): DecodedDidJwk | undefined {
  if (typeof did !== 'string' || did.length > MAX_DID_JWK_CHARS) return undefined;
  const id = DID_JWK.exec(did)?.[1];
  const bytes = id === undefined ? undefined : decodeBase64url(id);
  if (bytes === undefined) return undefined;
  const parsed = parseJsonObject(bytes);
  if (!parsed.ok) return undefined;
  const jwk = parsed.value;
  if (hasPrivateMembers(jwk) || jwk['kty'] === 'oct') return undefined;
  if (jwk['use'] !== undefined && jwk['use'] !== 'sig') return undefined;
  const algorithms = SIGNING_ALGORITHMS.filter((alg) => fits(jwk, alg));
  if (algorithms.length === 0) return undefined;
  const declared = jwk['alg'];
  if (declared !== undefined) {
    if (!algorithms.includes(declared as SigningAlgorithm)) return undefined;
    return { did, jwk: jwk as JWK, algorithms: [declared as SigningAlgorithm] };
  }
  return { did, jwk: jwk as JWK, algorithms };
}

function fits(jwk: Readonly<Record<string, unknown>>, alg: SigningAlgorithm): boolean {
  const shape = KEY_SHAPES[alg];
  if (jwk['kty'] !== shape.kty || (shape.crv !== undefined && jwk['crv'] !== shape.crv)) return false;
  if (shape.kty === 'OKP') return byteLength(jwk['x']) === 32;
  if (shape.kty === 'EC') {
    const size = EC_COORDINATE_BYTES[shape.crv as string];
    return byteLength(jwk['x']) === size && byteLength(jwk['y']) === size;
  }
  const bits = rsaModulusBits(jwk['n']);
  return bits >= RSA_MIN_BITS && bits <= RSA_MAX_BITS && byteLength(jwk['e']) !== undefined;
}

function byteLength(value: unknown): number | undefined {
  return typeof value === 'string' && value.length > 0 ? decodeBase64url(value)?.length : undefined;
}
