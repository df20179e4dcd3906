import { decodeBase64url } from '../encoding/base64url.js';
import { parseJsonObject } from '../encoding/json-object.js';
import { fail, type VerificationCheck } from '../jwt-error.js';

/** A token that passed the size, shape and decoding gates: both JSON parts decoded, nothing trusted yet. */
export interface GatedToken {
  readonly token: string;
  readonly header: Readonly<Record<string, unknown>>;
  /** The payload as decoded before the signature is checked: only its issuer may be read, as a lookup key. */
  readonly unverifiedPayload: Readonly<Record<string, unknown>>;
  /** The decoded signature segment. */
  readonly signature: Uint8Array;
}

const MAX_HEADER_CHARS = 8 * 1024;

/**
 * Steps 1 and 2: a string within the size limit, made of exactly three non-empty canonical base64url segments
 * (no padding, `+`, `/`, white space or non-ASCII, unused bits zero, so one signature has one accepted text).
 * JSON serialisation, JWE (five segments) and unsecured tokens (empty signature) end here.
 */
export function splitCompactJws(
  token: unknown,
  maxTokenBytes: number,
  checks: VerificationCheck[],
): [Uint8Array, Uint8Array, Uint8Array] {
  if (typeof token !== 'string') fail('ERR_JWT_INVALID', 'A token must be a string');
  if (token.length > maxTokenBytes) {
    fail('ERR_INPUT_TOO_LARGE', `The token has ${token.length} characters, more than the ${maxTokenBytes} allowed`);
  }
  checks.push({ name: 'size', outcome: 'passed' });
  const first = token.indexOf('.');
  const second = token.indexOf('.', first + 1);
  // Exactly two dots and three non-empty segments; the decoder then admits only base64url characters.
  if (first < 1 || second <= first + 1 || second === token.length - 1 || token.indexOf('.', second + 1) !== -1) {
    fail('ERR_JWT_INVALID', 'A token must be a compact JWS: three non-empty base64url segments joined by dots');
  }
  if (first > MAX_HEADER_CHARS) fail('ERR_JWT_INVALID', 'The protected header is too large', ['header']);
  const parts = [token.slice(0, first), token.slice(first + 1, second), token.slice(second + 1)];
  const names = ['header', 'payload', 'signature'] as const;
  return parts.map((part, i) => {
    const bytes = decodeBase64url(part);
    if (bytes === undefined)
      fail('ERR_JWT_INVALID', `The ${names[i]} segment is not canonical base64url`, [names[i] as string]);
    return bytes;
  }) as [Uint8Array, Uint8Array, Uint8Array];
}

/** A token whose segments are canonical base64url and whose protected header is a JSON object. */
export interface GatedHeader {
  readonly token: string;
  readonly header: Readonly<Record<string, unknown>>;
  /** The decoded payload segment, not yet parsed. */
  readonly payloadBytes: Uint8Array;
  /** The decoded signature segment. */
  readonly signature: Uint8Array;
}

/** Steps 1–2 and the header half of step 3: {@link splitCompactJws}, then a header that is a UTF-8 JSON object. */
export function gateHeader(token: unknown, maxTokenBytes: number, checks: VerificationCheck[]): GatedHeader {
  const [headerBytes, payloadBytes, signature] = splitCompactJws(token, maxTokenBytes, checks);
  const header = parseJsonObject(headerBytes);
  if (!header.ok) fail('ERR_JWT_INVALID', `The protected header is not a JSON object (${header.failure})`, ['header']);
  return { token: token as string, header: header.value, payloadBytes, signature };
}

/** The payload half of step 3: a payload that is a UTF-8 JSON object without duplicate member names. */
export function gatePayload(gated: GatedHeader, checks: VerificationCheck[]): GatedToken {
  const payload = parseJsonObject(gated.payloadBytes);
  if (!payload.ok) fail('ERR_JWT_INVALID', `The payload is not a JSON object (${payload.failure})`, ['payload']);
  checks.push({ name: 'shape', outcome: 'passed' });
  return { token: gated.token, header: gated.header, unverifiedPayload: payload.value, signature: gated.signature };
}

/**
 * Steps 1–2 and the decoding half of step 3: {@link gateHeader} then {@link gatePayload}: a header and a payload
 * that are UTF-8 JSON objects without duplicate member names.
 */
export function gateToken(token: unknown, maxTokenBytes: number, checks: VerificationCheck[]): GatedToken {
  return gatePayload(gateHeader(token, maxTokenBytes, checks), checks);
}
