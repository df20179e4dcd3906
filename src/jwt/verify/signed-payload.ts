import { issue } from '../../internal/issue.js';
import { fail, MicrocredJwtError, type VerificationCheck } from '../jwt-error.js';
import { isOpenBadgeDocument, type JwtProfile } from '../profiles.js';
import { mapClaims, type Vc11Readers } from './claim-mapping.js';
import { checkEnvelope, prescanPayload } from './envelope.js';
import type { ResolvedVerifyOptions } from './options.js';
import type { VerifiedKey } from './resolve-key.js';
import { checkTimeClaims } from './time-claims.js';

/**
 * The validity of a verified credential: the credential's own window and the JWT's time claims.
 *
 * @example
 * ```ts
 * import type { Validity } from 'microcred/jwt';
 * const validity: Validity = { from: '2025-01-01T00:00:00Z', jwtIat: 1735689600 };
 * ```
 * @category Verifying
 */
export interface Validity {
  /** `validFrom` (VC 2.0, OB 3.0) or `issuanceDate` (VC 1.1). */
  readonly from?: string;
  /** `validUntil` (VC 2.0, OB 3.0) or `expirationDate` (VC 1.1). */
  readonly until?: string;
  readonly jwtExp?: number;
  readonly jwtNbf?: number;
  readonly jwtIat?: number;
}

/** What steps 1–8 established. */
export interface CoreResult {
  readonly profile: JwtProfile;
  readonly document: Record<string, unknown>;
  readonly header: Readonly<Record<string, unknown>>;
  readonly issuer: string;
  readonly key: VerifiedKey;
  readonly validity: Validity;
}

/**
 * Steps 7–8 on the payload: the claims, the credential's envelope and its validity. The caller holds the outcome
 * until the signature verifies.
 */
export function checkSignedPayload(
  payload: Readonly<Record<string, unknown>>,
  profile: JwtProfile,
  header: Readonly<Record<string, unknown>>,
  lookupIssuer: string,
  key: VerifiedKey,
  options: ResolvedVerifyOptions,
  checks: VerificationCheck[],
  vc11: Vc11Readers | undefined,
): CoreResult {
  prescanPayload(payload, options.limits);
  const nowMs = options.now.getTime();
  const time = checkTimeClaims(payload, Math.floor(nowMs / 1000), options.clockTolerance);
  const mapped = mapClaims(profile, payload, time, vc11);
  checkAudience(payload['aud'], options.audience);
  checks.push({ name: 'claims', outcome: 'passed' });

  const { document } = mapped;
  checkEnvelope(profile, document, isOpenBadgeDocument(document));
  const issuer = mapped.issuer as string;
  if (issuer !== lookupIssuer)
    fail('ERR_JWT_CLAIM_MISMATCH', 'The credential issuer is not the key issuer', ['credential', 'issuer']);
  const validity = checkValidity(document, time, nowMs, options.clockTolerance * 1000);
  checks.push({ name: 'credential', outcome: 'passed' });
  checks.push({
    name: 'credentialSchema',
    outcome: document['credentialSchema'] === undefined ? 'not-applicable' : 'not-checked',
  });
  return { profile, document, header, issuer, key, validity };
}

function checkAudience(aud: unknown, expected: readonly string[] | undefined): void {
  if (expected === undefined) return;
  const values = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : undefined;
  if (values === undefined || values.length === 0)
    fail('ERR_JWT_CLAIM_INVALID', 'The token has no "aud" claim', ['payload', 'aud']);
  if (!values.some((v) => typeof v === 'string' && expected.includes(v))) {
    fail('ERR_JWT_CLAIM_MISMATCH', 'The token is not meant for this audience', ['payload', 'aud']);
  }
}

/** Step 7, credential layer: the credential's own validity window, with the same `now` and tolerance. */
function checkValidity(
  document: Readonly<Record<string, unknown>>,
  time: { exp?: number; nbf?: number; iat?: number },
  nowMs: number,
  toleranceMs: number,
): Validity {
  const [fromName, untilName] = Object.hasOwn(document, 'issuanceDate')
    ? vc11Window(document)
    : (['validFrom', 'validUntil'] as const);
  const from = document[fromName] as string | undefined;
  const until = document[untilName] as string | undefined;
  const fromMs = from === undefined ? undefined : Date.parse(from);
  const untilMs = until === undefined ? undefined : Date.parse(until);
  if (fromMs !== undefined && fromMs > nowMs + toleranceMs) {
    fail('ERR_JWT_NOT_YET_VALID', `The credential is not valid before ${from}`, ['credential', fromName]);
  }
  if (untilMs !== undefined && untilMs <= nowMs - toleranceMs) {
    fail('ERR_JWT_EXPIRED', `The credential expired at ${until}`, ['credential', untilName]);
  }
  if (fromMs !== undefined && untilMs !== undefined && fromMs > untilMs) {
    const path = ['credential', untilName];
    throw new MicrocredJwtError('ERR_VALIDATION', `"${untilName}" is before "${fromName}"`, {
      path,
      issues: [issue('invalid_combination', path, { reason: `${untilName} is before ${fromName}` })],
    });
  }
  const validity: { from?: string; until?: string; jwtExp?: number; jwtNbf?: number; jwtIat?: number } = {};
  if (from !== undefined) validity.from = from;
  if (until !== undefined) validity.until = until;
  if (time.exp !== undefined) validity.jwtExp = time.exp;
  if (time.nbf !== undefined) validity.jwtNbf = time.nbf;
  if (time.iat !== undefined) validity.jwtIat = time.iat;
  return validity;
}

/**
 * The members that bound a VC 1.1 credential's validity: `issuanceDate`, or a later `validFrom`; `expirationDate`,
 * or an earlier `validUntil` (both already checked to lie within the window by `checkVc11Dates`).
 */
function vc11Window(
  document: Readonly<Record<string, unknown>>,
): readonly ['issuanceDate' | 'validFrom', 'expirationDate' | 'validUntil'] {
  const at = (name: string): number =>
    typeof document[name] === 'string' ? Date.parse(document[name] as string) : Number.NaN;
  const from = at('validFrom') > at('issuanceDate') ? 'validFrom' : 'issuanceDate';
  const until =
    !Number.isNaN(at('validUntil')) && !(at('validUntil') >= at('expirationDate')) ? 'validUntil' : 'expirationDate';
  return [from, until];
}
