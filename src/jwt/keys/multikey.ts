import type { SigningAlgorithm } from '../algorithms.js';
import { decodeBase58btc, encodeBase58btc } from '../encoding/base58.js';
import { decodeBase64url, encodeBase64url } from '../encoding/base64url.js';
import type { JWK } from './jwk.js';
import { compressPoint, decompressPoint, P256, P384 } from './nist-point.js';

/**
 * Multicodec varint prefixes (https://github.com/multiformats/multicodec): ed25519-pub 0xed, p256-pub 0x1200,
 * p384-pub 0x1201.
 */
const ED25519_PREFIX = [0xed, 0x01] as const;
const P256_PREFIX = [0x80, 0x24] as const;
const P384_PREFIX = [0x81, 0x24] as const;

/** A public key decoded from a multibase multicodec value, with the one algorithm it may verify. */
export interface DecodedMultikey {
  readonly alg: Extract<SigningAlgorithm, 'EdDSA' | 'ES256' | 'ES384'>;
  readonly jwk: JWK;
}

/**
 * Decodes a `publicKeyMultibase` / did:key method-specific id: multibase base58btc (`z`) of
 * varint(codec) ‖ key. Only Ed25519 (32 bytes, a canonical point of large order), P-256 (33-byte compressed
 * point, on the curve) and P-384 (49 bytes, on the curve) are accepted; every other codec, length, prefix or
 * alphabet is refused (undefined). The text must be the canonical encoding of the bytes it decodes to.
 */
export function decodeMultikey(value: string): DecodedMultikey | undefined {
  if (typeof value !== 'string' || !value.startsWith('z') || value.length > 128) return undefined;
  const bytes = decodeBase58btc(value.slice(1));
  if (bytes === undefined || `z${encodeBase58btc(bytes)}` !== value) return undefined;
  if (bytes[0] === ED25519_PREFIX[0] && bytes[1] === ED25519_PREFIX[1]) {
    if (bytes.length !== 34) return undefined;
    return { alg: 'EdDSA', jwk: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64url(bytes.subarray(2)) } };
  }
  if (bytes[0] === P256_PREFIX[0] && bytes[1] === P256_PREFIX[1]) {
    const point = decompressPoint(P256, bytes.subarray(2));
    if (point === undefined) return undefined;
    return {
      alg: 'ES256',
      jwk: { kty: 'EC', crv: 'P-256', x: encodeBase64url(point.x), y: encodeBase64url(point.y) },
    };
  }
  if (bytes[0] === P384_PREFIX[0] && bytes[1] === P384_PREFIX[1]) {
    const point = decompressPoint(P384, bytes.subarray(2));
    if (point === undefined) return undefined;
    return {
      alg: 'ES384',
      jwk: { kty: 'EC', crv: 'P-384', x: encodeBase64url(point.x), y: encodeBase64url(point.y) },
    };
  }
  return undefined;
}

/** Encodes an Ed25519, P-256 or P-384 public JWK as a multibase multicodec value; undefined for other keys. */
export function encodeMultikey(jwk: Readonly<JWK>): string | undefined {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') {
    const x = decodeBase64url(jwk.x);
    if (x?.length !== 32) return undefined;
    return `z${encodeBase58btc(Uint8Array.of(...ED25519_PREFIX, ...x))}`;
  }
  if (jwk.kty === 'EC' && jwk.crv === 'P-256' && typeof jwk.x === 'string' && typeof jwk.y === 'string') {
    const x = decodeBase64url(jwk.x);
    const y = decodeBase64url(jwk.y);
    if (x?.length !== 32 || y?.length !== 32) return undefined;
    return `z${encodeBase58btc(Uint8Array.of(...P256_PREFIX, ...compressPoint(P256, x, y)))}`;
  }
  if (jwk.kty === 'EC' && jwk.crv === 'P-384' && typeof jwk.x === 'string' && typeof jwk.y === 'string') {
    const x = decodeBase64url(jwk.x);
    const y = decodeBase64url(jwk.y);
    if (x?.length !== 48 || y?.length !== 48) return undefined;
    return `z${encodeBase58btc(Uint8Array.of(...P384_PREFIX, ...compressPoint(P384, x, y)))}`;
  }
  return undefined;
}
