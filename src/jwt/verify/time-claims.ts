import { fail } from '../jwt-error.js';

/** The last second of the year 9999: every NumericDate up to it maps to a four-digit-year date-time. */
export const MAX_NUMERIC_DATE = 253_402_300_799;

/** The registered time claims of a token, once checked to be integer NumericDates. */
export interface TimeClaims {
  readonly exp?: number;
  readonly nbf?: number;
  readonly iat?: number;
}

/**
 * Step 7, JWT layer: `exp`, `nbf` and `iat`, when present, must be integers in 0 … 253,402,300,799 (jose only
 * asks for a number, so `now + 0.5`, millisecond values and `1e308` would pass). Then: expired when
 * `exp ≤ now − tolerance`; not yet valid when `nbf > now + tolerance`; a future `iat` (beyond the tolerance) is
 * refused, which jose does not do.
 */
export function checkTimeClaims(
  payload: Readonly<Record<string, unknown>>,
  nowSeconds: number,
  tolerance: number,
): TimeClaims {
  const claims = readTimeClaims(payload);
  if (claims.exp !== undefined && claims.exp <= nowSeconds - tolerance) {
    fail('ERR_JWT_EXPIRED', 'The token has expired ("exp")', ['payload', 'exp']);
  }
  if (claims.nbf !== undefined && claims.nbf > nowSeconds + tolerance) {
    fail('ERR_JWT_NOT_YET_VALID', 'The token is not valid yet ("nbf")', ['payload', 'nbf']);
  }
  if (claims.iat !== undefined && claims.iat > nowSeconds + tolerance) {
    fail('ERR_JWT_CLAIM_INVALID', 'The token claims to be issued in the future ("iat")', ['payload', 'iat']);
  }
  return claims;
}

/**
 * The shape half of {@link checkTimeClaims}: `exp`, `nbf` and `iat`, when present, must be integer NumericDates;
 * nothing is compared with a clock (the reader without verification uses this alone).
 */
export function readTimeClaims(payload: Readonly<Record<string, unknown>>): TimeClaims {
  const claims: { exp?: number; nbf?: number; iat?: number } = {};
  for (const name of ['exp', 'nbf', 'iat'] as const) {
    const value = payload[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_NUMERIC_DATE) {
      fail('ERR_JWT_CLAIM_INVALID', `"${name}" must be an integer NumericDate in seconds`, ['payload', name]);
    }
    claims[name] = value;
  }
  return claims;
}

/** The floor of an instant in seconds (the NumericDate a date-time property maps to). */
export function toNumericDate(dateTime: string): number | undefined {
  const ms = Date.parse(dateTime);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
