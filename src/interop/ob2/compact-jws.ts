import { decodeBase64url } from '../../jwt/encoding/base64url.js';
import { parseJsonObject } from '../../jwt/encoding/json-object.js';
import { fail } from '../../jwt/jwt-error.js';

/** A compact JWS split and decoded, with the bytes its signature covers. */
export interface CompactJws {
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  /** ASCII of `<header>.<payload>`, the signing input. */
  readonly signingInput: Uint8Array;
  readonly signature: Uint8Array;
}

/** Header members an Open Badges 2.0 signature may carry; anything else (crit, jku, jwk, x5u, b64, zip…) is refused. */
const HEADER_MEMBERS: ReadonlySet<string> = new Set(['alg', 'typ', 'kid']);
const SEGMENT = /^[A-Za-z0-9_-]+$/;

/**
 * Parses a compact JWS strictly: three canonical base64url segments, a header and a payload that are JSON
 * objects without repeated member names, only `alg`, `typ` and `kid` in the header, and `alg` exactly `RS256`
 * (the algorithm OB 2.0 names). `ERR_JWT_INVALID` for a malformed token, `ERR_JWT_ALG_NOT_ALLOWED` for
 * another algorithm.
 */
export function parseRs256Jws(token: string, maxBytes: number): CompactJws {
  if (token.length > maxBytes)
    fail('ERR_INPUT_TOO_LARGE', `The signed assertion is longer than ${maxBytes} characters`);
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => SEGMENT.test(p))) {
    fail('ERR_JWT_INVALID', 'A signed assertion must be a compact JWS of three base64url segments');
  }
  const [h, p, s] = parts as [string, string, string];
  const header = decodeSegment(h, 'header');
  const payload = decodeSegment(p, 'payload');
  for (const key of Object.keys(header)) {
    if (!HEADER_MEMBERS.has(key))
      fail('ERR_JWT_INVALID', `JWS header member "${key}" is not accepted`, ['header', key]);
  }
  if (header['alg'] !== 'RS256') {
    fail('ERR_JWT_ALG_NOT_ALLOWED', `Open Badges 2.0 signatures must use RS256, not ${String(header['alg'])}`, [
      'header',
      'alg',
    ]);
  }
  const signature = decodeBase64url(s);
  if (signature === undefined) fail('ERR_JWT_INVALID', 'The JWS signature is not canonical base64url', ['signature']);
  return { header, payload, signingInput: new TextEncoder().encode(`${h}.${p}`), signature };
}

function decodeSegment(segment: string, name: 'header' | 'payload'): Readonly<Record<string, unknown>> {
  const bytes = decodeBase64url(segment);
  const parsed = bytes === undefined ? undefined : parseJsonObject(bytes);
  if (parsed === undefined || !parsed.ok) {
    return fail('ERR_JWT_INVALID', `The JWS ${name} is not a canonical base64url JSON object`, [name]);
  }
  return parsed.value;
}
