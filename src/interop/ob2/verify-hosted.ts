import { fail } from '../../jwt/jwt-error.js';
import type { JsonObject } from '../shared/json.js';
import { checkExpiry, checkHostedScope, checkNotRevoked, verificationType } from './checks.js';
import { fetchDocument, linkedId, resolveLinked } from './documents.js';
import type { ResolvedOpenBadge2Options } from './options.js';
import { checkRequired } from './required.js';
import type { OpenBadge2Documents } from './result.js';

/**
 * Hosted verification (S-OB2 §HostedBadge Verification): the given assertion is trusted only for its id; the
 * copy fetched from that id is used (`410 Gone` or `revoked: true` → `ERR_CREDENTIAL_REVOKED`; unreachable →
 * `ERR_STATUS_UNAVAILABLE`) and must carry the same id and declare hosted verification; BadgeClass and issuer
 * Profile are fetched from their ids; the assertion id must lie in the issuer's verification scope; `expires`
 * must be after `now`.
 */
export async function verifyHosted(id: string, options: ResolvedOpenBadge2Options): Promise<OpenBadge2Documents> {
  const assertion = await fetchDocument(id, options, 'ERR_STATUS_UNAVAILABLE', { 410: 'ERR_CREDENTIAL_REVOKED' });
  checkNotRevoked(assertion);
  if (assertion['id'] !== id)
    fail('ERR_JWT_CLAIM_MISMATCH', `The assertion fetched from ${id} carries another id`, ['id']);
  checkRequired(assertion, 'Assertion', []);
  if (verificationType(assertion) !== 'hosted') {
    fail('ERR_JWT_CLAIM_MISMATCH', 'The hosted assertion does not declare hosted verification', [
      'verification',
      'type',
    ]);
  }
  const badge: JsonObject = await resolveLinked(assertion['badge'], ['badge'], options, false);
  checkRequired(badge, 'BadgeClass', ['badge']);
  const issuer = await resolveLinked(badge['issuer'], ['badge', 'issuer'], options, false);
  checkRequired(issuer, 'Profile', ['badge', 'issuer']);
  checkHostedScope(id, issuer);
  checkExpiry(assertion, options.now);
  return {
    assertion,
    badge,
    issuer,
    verification: {
      method: 'hosted',
      assertionId: id,
      badgeId: linkedId(badge) ?? '',
      issuerId: linkedId(issuer) ?? '',
      ...(typeof assertion['expires'] === 'string' ? { expires: assertion['expires'] } : {}),
      verifiedAt: options.now.toISOString(),
    },
  };
}
