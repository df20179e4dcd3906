import { fail } from '../../jwt/jwt-error.js';
import { asArray, isObject, type JsonObject } from '../shared/json.js';
import { checkExpiry, checkNotRevoked, verificationType } from './checks.js';
import { parseRs256Jws } from './compact-jws.js';
import { fetchDocument, isHttpId, linkedId, resolveLinked } from './documents.js';
import { issuerKeys } from './issuer-keys.js';
import type { ResolvedOpenBadge2Options } from './options.js';
import { checkRequired } from './required.js';
import type { OpenBadge2Documents } from './result.js';
import { verifyRs256 } from './rsa-key.js';

/**
 * Signed verification (S-OB2 §SignedBadge Verification): a strict RS256 compact JWS whose payload is the
 * assertion; its embedded BadgeClass is taken as signed (a linked one is fetched); the issuer Profile is always
 * fetched from its id (keys in an embedded Profile are not trusted); the signature must verify with a key the
 * issuer lists and owns; the issuer's `revocationList`, when it has one, must not list the assertion;
 * `expires` must be after `now`.
 */
export async function verifySigned(token: string, options: ResolvedOpenBadge2Options): Promise<OpenBadge2Documents> {
  const jws = parseRs256Jws(token, options.maxBytes);
  const assertion: JsonObject = { ...jws.payload };
  checkRequired(assertion, 'Assertion', []);
  if (verificationType(assertion) !== 'signed') {
    fail('ERR_JWT_CLAIM_MISMATCH', 'A JWS whose assertion does not declare signed verification', [
      'verification',
      'type',
    ]);
  }
  const badge = await resolveLinked(assertion['badge'], ['badge'], options, true);
  checkRequired(badge, 'BadgeClass', ['badge']);
  const issuerId = linkedId(badge['issuer']);
  if (!isHttpId(issuerId))
    fail('ERR_KEY_RESOLUTION', 'The issuer id cannot be fetched to find its keys', ['badge', 'issuer']);
  const issuer = await resolveLinked(issuerId, ['badge', 'issuer'], options, false);
  checkRequired(issuer, 'Profile', ['badge', 'issuer']);
  const keys = await issuerKeys(assertion, issuer, options);
  let keyId: string | undefined;
  for (const { id, key } of keys) {
    if (await verifyRs256(key, jws.signature, jws.signingInput)) {
      keyId = id;
      break;
    }
  }
  if (keyId === undefined)
    fail('ERR_JWT_SIGNATURE', 'The signature does not verify with any key of the issuer', ['signature']);
  checkNotRevoked(assertion);
  const listed = await checkRevocationList(assertion, issuer, options);
  checkExpiry(assertion, options.now);
  return {
    assertion,
    badge,
    issuer,
    verification: {
      method: 'signed',
      assertionId: linkedId(assertion) ?? '',
      badgeId: linkedId(badge) ?? '',
      issuerId,
      keyId,
      revocationList: listed ? 'checked' : 'none',
      ...(typeof assertion['expires'] === 'string' ? { expires: assertion['expires'] } : {}),
      verifiedAt: options.now.toISOString(),
    },
  };
}

/**
 * The issuer's RevocationList, when it has one: the assertion's `id` (or legacy `uid`) listed as a string or
 * as an object's `id`/`uid` → `ERR_CREDENTIAL_REVOKED` with the reason; an unreachable list →
 * `ERR_STATUS_UNAVAILABLE`. Returns whether a list was checked.
 */
async function checkRevocationList(
  assertion: JsonObject,
  issuer: JsonObject,
  options: ResolvedOpenBadge2Options,
): Promise<boolean> {
  const url = linkedId(issuer['revocationList']);
  if (url === undefined) return false;
  const list = await fetchDocument(url, options, 'ERR_STATUS_UNAVAILABLE');
  const id = assertion['id'];
  const uid = assertion['uid'];
  for (const entry of asArray(list['revokedAssertions'])) {
    const hit =
      (typeof entry === 'string' && entry === id) ||
      (isObject(entry) &&
        ((entry['id'] !== undefined && entry['id'] === id) || (entry['uid'] !== undefined && entry['uid'] === uid)));
    if (hit) {
      const reason =
        isObject(entry) && typeof entry['revocationReason'] === 'string' ? `: ${entry['revocationReason']}` : '';
      fail('ERR_CREDENTIAL_REVOKED', `The issuer's revocation list lists the assertion${reason}`, ['id']);
    }
  }
  return true;
}
