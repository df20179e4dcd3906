import { fail } from '../../jwt/jwt-error.js';
import { asArray, isObject, type JsonObject } from '../shared/json.js';

/** The authority (host[:port]) of a URL, lower-cased, or undefined when it is not a URL. */
function authority(url: string): string | undefined {
  return URL.canParse(url) ? new URL(url).host.toLowerCase() : undefined;
}

/**
 * The hosted verification scope (S-OB2 §HostedBadge Verification): with the issuer Profile's
 * `verification.startsWith`, the assertion id must start with one of its values; with `allowedOrigins`, the
 * id's authority must be one of them; with no policy, the id's authority must be the issuer id's.
 * A miss is `ERR_JWT_CLAIM_MISMATCH` on the assertion id.
 */
export function checkHostedScope(assertionId: string, issuer: JsonObject): void {
  const policy = isObject(issuer['verification']) ? issuer['verification'] : {};
  const startsWith = asArray(policy['startsWith']).map(String);
  const origins = asArray(policy['allowedOrigins']).map((o) => String(o).toLowerCase());
  const host = authority(assertionId);
  if (startsWith.length > 0 && !startsWith.some((prefix) => assertionId.startsWith(prefix))) {
    fail('ERR_JWT_CLAIM_MISMATCH', `The assertion ${assertionId} is outside the issuer's startsWith scope`, ['id']);
  }
  if (origins.length > 0) {
    if (host === undefined || !origins.includes(host)) {
      fail('ERR_JWT_CLAIM_MISMATCH', `The assertion ${assertionId} is not on an origin the issuer allows`, ['id']);
    }
  } else if (startsWith.length === 0) {
    const issuerId = typeof issuer['id'] === 'string' ? issuer['id'] : '';
    if (host === undefined || host !== authority(issuerId)) {
      fail('ERR_JWT_CLAIM_MISMATCH', `The assertion ${assertionId} is not hosted on the issuer's origin`, ['id']);
    }
  }
}

/** `expires` (when present) must be a date after `now`: `ERR_JWT_EXPIRED` otherwise, `ERR_JWT_CLAIM_INVALID` if not a date. */
export function checkExpiry(assertion: JsonObject, now: Date): void {
  const expires = assertion['expires'];
  if (expires === undefined) return;
  const at = typeof expires === 'string' ? Date.parse(expires) : Number.NaN;
  if (Number.isNaN(at)) fail('ERR_JWT_CLAIM_INVALID', 'expires is not a date', ['expires']);
  if (at <= now.getTime()) fail('ERR_JWT_EXPIRED', `The assertion expired at ${String(expires)}`, ['expires']);
}

/** `revoked: true` on an assertion is a revocation. */
export function checkNotRevoked(assertion: JsonObject): void {
  if (assertion['revoked'] === true) {
    const reason = typeof assertion['revocationReason'] === 'string' ? `: ${assertion['revocationReason']}` : '';
    fail('ERR_CREDENTIAL_REVOKED', `The assertion is revoked${reason}`, ['revoked']);
  }
}

/** The verification method an assertion declares (`verification`, or the legacy `verify`). */
export function verificationType(assertion: JsonObject): 'hosted' | 'signed' | undefined {
  const v = assertion['verification'] ?? assertion['verify'];
  const type = isObject(v) ? v['type'] : undefined;
  if (type === 'hosted' || type === 'HostedBadge') return 'hosted';
  if (type === 'signed' || type === 'SignedBadge') return 'signed';
  return undefined;
}
