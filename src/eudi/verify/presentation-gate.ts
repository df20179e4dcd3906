import type { InputLimits } from '../../internal/input-limits.js';
import { decodeBase64url } from '../../jwt/encoding/base64url.js';
import { fail, type VerificationCheck } from '../../jwt/jwt-error.js';
import { type GatedToken, gateToken } from '../../jwt/verify/token-gate.js';
import { scanPart } from './scan-part.js';

/** One disclosure as sent, and its decoded JSON (shape not yet checked). */
export interface DecodedDisclosure {
  readonly encoded: string;
  readonly json: unknown;
}

/** A presentation split into its parts, each checked for shape and limits (nothing verified yet). */
export interface SplitPresentation {
  readonly jwt: GatedToken;
  readonly disclosures: readonly DecodedDisclosure[];
  readonly kbJwt?: GatedToken;
  /** The presentation without the key-binding JWT (what `sd_hash` covers). */
  readonly withoutKb: string;
}

const DECODER = new TextDecoder('utf-8', { fatal: true });

/**
 * Splits `<jwt>~<disclosure>~…~[<kb-jwt>]` strictly: a size gate, a compact JWS first, non-empty canonical
 * base64url disclosures that are UTF-8 JSON, and either nothing or a compact JWS after the last `~`. Every
 * decoded part (headers, payloads, disclosures) then passes the input pre-scan under `limits`, so no
 * recursive walk, ours or the SD-JWT library's, ever sees a value deeper or larger than the JWT verifier
 * accepts.
 */
export function splitPresentation(
  input: unknown,
  maxBytes: number,
  limits: InputLimits,
  checks: VerificationCheck[],
): SplitPresentation {
  if (typeof input !== 'string') fail('ERR_JWT_INVALID', 'A presentation must be a string');
  if (input.length > maxBytes) fail('ERR_INPUT_TOO_LARGE', `The presentation has more than ${maxBytes} characters`);
  const parts = input.split('~');
  if (parts.length < 2) fail('ERR_JWT_INVALID', 'An SD-JWT must contain "~" after the issuer-signed JWT');
  const last = parts[parts.length - 1] as string;
  const disclosures = parts.slice(1, -1).map((d, i) => decodeDisclosure(d, i));
  const jwt = gateToken(parts[0], maxBytes, checks);
  const withoutKb = input.slice(0, input.length - last.length);
  const kbJwt = last === '' ? undefined : gateToken(last, maxBytes, []);
  scanPart(jwt.header, limits, ['header']);
  scanPart(jwt.unverifiedPayload, limits, ['payload']);
  for (const [i, d] of disclosures.entries()) scanPart(d.json, limits, ['disclosures', i]);
  if (kbJwt !== undefined) {
    scanPart(kbJwt.header, limits, ['kb', 'header']);
    scanPart(kbJwt.unverifiedPayload, limits, ['kb', 'payload']);
  }
  return { jwt, disclosures, withoutKb, ...(kbJwt === undefined ? {} : { kbJwt }) };
}

function decodeDisclosure(encoded: string, i: number): DecodedDisclosure {
  const bytes = encoded.length === 0 ? undefined : decodeBase64url(encoded);
  if (bytes === undefined) {
    return fail('ERR_SD_JWT_DISCLOSURE', `Disclosure ${i} is empty or not canonical base64url`, ['disclosures', i]);
  }
  try {
    return { encoded, json: JSON.parse(DECODER.decode(bytes)) };
  } catch {
    return fail('ERR_SD_JWT_DISCLOSURE', `Disclosure ${i} is not UTF-8 JSON`, ['disclosures', i]);
  }
}
