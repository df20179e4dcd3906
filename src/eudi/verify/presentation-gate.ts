import { decodeBase64url } from '../../jwt/encoding/base64url.js';
import { fail, type VerificationCheck } from '../../jwt/jwt-error.js';
import { type GatedToken, gateToken } from '../../jwt/verify/token-gate.js';

/** A presentation split into its parts, each checked for shape (nothing verified yet). */
export interface SplitPresentation {
  readonly jwt: GatedToken;
  readonly disclosures: readonly string[];
  readonly kbJwt?: GatedToken;
  /** The presentation without the key-binding JWT (what `sd_hash` covers). */
  readonly withoutKb: string;
}

/**
 * Splits `<jwt>~<disclosure>~…~[<kb-jwt>]` strictly: a size gate, a compact JWS first, non-empty canonical
 * base64url disclosures, and either nothing or a compact JWS after the last `~`.
 */
export function splitPresentation(input: unknown, maxBytes: number, checks: VerificationCheck[]): SplitPresentation {
  if (typeof input !== 'string') fail('ERR_JWT_INVALID', 'A presentation must be a string');
  if (input.length > maxBytes) fail('ERR_INPUT_TOO_LARGE', `The presentation has more than ${maxBytes} characters`);
  const parts = input.split('~');
  if (parts.length < 2) fail('ERR_JWT_INVALID', 'An SD-JWT must contain "~" after the issuer-signed JWT');
  const last = parts[parts.length - 1] as string;
  const disclosures = parts.slice(1, -1);
  for (const [i, d] of disclosures.entries()) {
    if (d.length === 0 || decodeBase64url(d) === undefined) {
      fail('ERR_SD_JWT_DISCLOSURE', `Disclosure ${i} is empty or not canonical base64url`, ['disclosures', i]);
    }
  }
  const jwt = gateToken(parts[0], maxBytes, checks);
  const withoutKb = input.slice(0, input.length - last.length);
  if (last === '') return { jwt, disclosures, withoutKb };
  return { jwt, disclosures, kbJwt: gateToken(last, maxBytes, []), withoutKb };
}
