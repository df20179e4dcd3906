import type { SigningAlgorithm } from '../algorithms.js';
import { fail } from '../jwt-error.js';
import { cryptoKeyFits } from '../keys/key-families.js';

/** The WebCrypto parameters each JWS algorithm fixes (RFC 7518 §3): one hash, one padding, one salt length. */
const PARAMETERS: Readonly<Record<SigningAlgorithm, AlgorithmIdentifier | EcdsaParams | RsaPssParams>> = {
  EdDSA: { name: 'Ed25519' },
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  ES384: { name: 'ECDSA', hash: 'SHA-384' },
  PS256: { name: 'RSA-PSS', saltLength: 32 },
  RS256: { name: 'RSASSA-PKCS1-v1_5' },
};

/** Exact signature lengths: Ed25519 (RFC 8032) and ECDSA as raw r‖s of two field-size integers (RFC 7518 §3.4). */
const SIGNATURE_BYTES: Readonly<Partial<Record<SigningAlgorithm, number>>> = { EdDSA: 64, ES256: 64, ES384: 96 };

const ENCODER = new TextEncoder();

/**
 * The JWS signing input: the ASCII bytes of `header.payload`, the token up to its last dot. The gate admitted
 * only base64url characters, so UTF-8 encoding is the ASCII encoding.
 */
export function signingInput(token: string): Uint8Array {
  return ENCODER.encode(token.slice(0, token.lastIndexOf('.')));
}

/**
 * Step 6: checks a JWS signature with WebCrypto over the signing input the gate already decoded, with the
 * parameters the one allowed algorithm fixes. The key must fit the algorithm (checked again here, whatever
 * produced it); a signature of the wrong length fails before WebCrypto sees it, and anything WebCrypto refuses or
 * throws is a failed signature, never a pass.
 *
 * @throws MicrocredJwtError `ERR_KEY_ALG_MISMATCH` (the key is not of the algorithm's family), `ERR_JWT_SIGNATURE`
 */
export async function verifySignature(
  alg: SigningAlgorithm,
  key: CryptoKey,
  input: Uint8Array,
  signature: Uint8Array,
): Promise<void> {
  if (key.type !== 'public' || !cryptoKeyFits(key, alg) || !key.usages.includes('verify')) {
    fail('ERR_KEY_ALG_MISMATCH', `The key cannot verify ${alg}`);
  }
  const length = SIGNATURE_BYTES[alg];
  let valid = length === undefined || signature.length === length;
  if (valid) {
    try {
      // Both views are over plain ArrayBuffers (decoded or encoded here), never shared memory.
      valid = await crypto.subtle.verify(PARAMETERS[alg], key, signature as BufferSource, input as BufferSource);
    } catch {
      valid = false;
    }
  }
  if (!valid) fail('ERR_JWT_SIGNATURE', 'The signature does not verify');
}
