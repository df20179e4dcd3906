import type { JWK } from 'jose';
import type { SigningAlgorithm } from '../../../src/jwt/algorithms.js';
import { parseJsonObject } from '../../../src/jwt/encoding/json-object.js';
import { fail } from '../../../src/jwt/jwt-error.js';
import { toVerificationKey } from '../../../src/jwt/keys/verification-key.js';
import { checkJoseHeader } from '../../../src/jwt/verify/header-rules.js';
import { signingInput, verifySignature } from '../../../src/jwt/verify/signature.js';
import { splitCompactJws } from '../../../src/jwt/verify/token-gate.js';

/** Every algorithm, RS256 included, as when a caller opts in for Open Badges. */
export const ALL_ALGORITHMS: readonly SigningAlgorithm[] = ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'];

/**
 * The JWS layer of our verify path (steps 1–3, 5 and 6) for tokens whose payload is not a credential (the
 * Wycheproof and RFC vectors): the size and canonical-shape gate, the header rules, the key check and
 * import, and the signature through WebCrypto with the one allowed algorithm, as the verifier checks it.
 */
export async function verifyJwsLayer(
  token: string,
  key: JWK | CryptoKey,
  algorithms: readonly SigningAlgorithm[] = ALL_ALGORITHMS,
): Promise<Uint8Array> {
  const [headerBytes, payload, signature] = splitCompactJws(token, 1024 * 1024, []);
  const header = parseJsonObject(headerBytes);
  if (!header.ok) fail('ERR_JWT_INVALID', 'header is not a JSON object');
  const alg = checkJoseHeader(header.value, algorithms);
  const cryptoKey = await toVerificationKey(key, alg);
  await verifySignature(alg, cryptoKey, signingInput(token), signature);
  return payload;
}
