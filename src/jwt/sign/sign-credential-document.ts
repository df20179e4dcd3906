import { CompactSign } from 'jose';
import { MicrocredOptionsError } from '../../errors.js';
import { DEFAULT_INPUT_LIMITS } from '../../internal/input-limits.js';
import { fail } from '../jwt-error.js';
import { isPlainObject } from '../keys/key-families.js';
import { isJwtProfile, isOpenBadgeDocument, type JwtProfile } from '../profiles.js';
import { issuerIdOf, mapClaims, vc11ReadersFor } from '../verify/claim-mapping.js';
import { checkEnvelope, prescanPayload } from '../verify/envelope.js';
import { MAX_NUMERIC_DATE, toNumericDate } from '../verify/time-claims.js';
import { issuerKid } from './issuer-kid.js';
import { buildHeader } from './sign-header.js';
import { checkSigningKey, type SigningKey } from './signing-key.js';

/**
 * Options of {@link signCredentialDocument} and {@link signCredential}.
 *
 * @example
 * ```ts
 * import type { SignOptions } from 'microcred/jwt';
 * const options: SignOptions = { format: 'ob30-jwt', kid: 'did:web:uni.example#key-1' };
 * ```
 * @category Signing
 */
export interface SignOptions {
  /** The profile: `vc-jose-cose` (default, `typ: vc+jwt`), `vc11-jwt` (`vc` claim) or `ob30-jwt` (Open Badges 3.0). */
  readonly format?: JwtProfile;
  /**
   * The `kid` header; `false` omits it. Default: for a `did:key` or `did:jwk` issuer whose key this is, the
   * DID's verification method (`did:key:<mb>#<mb>`, `did:jwk:<b64>#0`); otherwise the key's `kid`. A DID
   * issuer's `kid` must be a DID URL under that DID.
   */
  readonly kid?: string | false;
  /** Open Badges only: put the public key in the header as `jwk` (needs `key.publicJwk`). */
  readonly embedJwk?: boolean;
  /** The signing time, written as `iat` (default: the current time). */
  readonly now?: Date;
  /** `vc-jose-cose` only: when the signature expires (`exp`), independent of `validUntil`. */
  readonly expiresAt?: Date;
}

const OPTION_KEYS: ReadonlySet<string> = new Set(['format', 'kid', 'embedJwk', 'now', 'expiresAt']);

/**
 * Signs a credential document as a compact JWS in one of the three profiles, with the claim mapping the profile
 * requires: `iss` from `issuer`, `jti` from `id`, `sub` from the one subject's `id`, and for `vc11-jwt` and
 * `ob30-jwt` `nbf`/`exp` as the floored instants of the start and end dates. No claim ever differs from its
 * property, the header carries only the profile's parameters, and the token is checked by the verifier's own
 * rules before it is signed, so what we sign, we accept.
 *
 * @param document - a W3C VC 2.0 document (`vc-jose-cose`), a VC 1.1 document (`vc11-jwt`) or an Open Badges
 *   3.0 credential (`ob30-jwt`)
 * @param key - the issuer's signing key
 * @param options - profile, kid, signing time
 * @returns the compact JWS
 * @throws MicrocredError `ERR_KEY_INVALID`, `ERR_KEY_ALG_MISMATCH` for an unusable key; `ERR_JWT_ALG_NOT_ALLOWED`
 *   for an RS256 key outside `ob30-jwt` (verifiers accept RS256 for Open Badges only); `ERR_VALIDATION`,
 *   `ERR_JWT_CLAIM_MISMATCH`, `ERR_JWT_CLAIM_INVALID`, `ERR_INPUT_TOO_LARGE` for a document the profile does not
 *   allow; `ERR_OPTIONS_INVALID` for malformed options, a key that is not the key of a `did:key` / `did:jwk`
 *   issuer, or a `kid` that is not (and cannot be derived as) a verification method of a DID issuer
 * @example
 * ```ts
 * import { generateIssuerKey, signCredentialDocument } from 'microcred/jwt';
 * const key = await generateIssuerKey('ES256');
 * const token = await signCredentialDocument(
 *   {
 *     '@context': ['https://www.w3.org/ns/credentials/v2'],
 *     type: ['VerifiableCredential'],
 *     issuer: 'https://uni.example',
 *     credentialSubject: { id: 'did:example:learner' },
 *   },
 *   key,
 * );
 * ```
 * @category Signing
 */
export async function signCredentialDocument(
  document: Readonly<Record<string, unknown>>,
  key: SigningKey,
  options: SignOptions = {},
): Promise<string> {
  return signDocument(document, key, options, false);
}

/**
 * {@link signCredentialDocument}, for a caller that has already pre-scanned what the document is made of with
 * limits tight enough that the payload is within the verifier's (see `signCredential`): then the payload's own
 * pre-scan is skipped.
 */
export async function signDocument(
  document: Readonly<Record<string, unknown>>,
  key: SigningKey,
  options: SignOptions,
  scanned: boolean,
): Promise<string> {
  const o = checkOptions(options);
  const signing = checkSigningKey(key);
  if (!isPlainObject(document)) throw new MicrocredOptionsError('document', 'must be a JSON object');
  const format = o.format ?? 'vc-jose-cose';
  const nowSeconds = Math.floor((o.now ?? new Date()).getTime() / 1000);
  const payload = buildPayload(format, document, nowSeconds, o.expiresAt);
  // The verifier's own checks on what is about to be signed: limits, claim/property consistency, envelope.
  if (!scanned) prescanPayload(payload, DEFAULT_INPUT_LIMITS);
  const mapped = mapClaims(format, payload, times(payload), await vc11ReadersFor(format));
  checkEnvelope(format, mapped.document, isOpenBadgeDocument(mapped.document));
  const issuer = mapped.issuer as string;
  const header = buildHeader(format, signing, o, issuer, await issuerKid(issuer, signing, o.kid));
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return new CompactSign(bytes).setProtectedHeader(header).sign(signing.privateKey);
}

function checkOptions(options: SignOptions): SignOptions {
  if (typeof options !== 'object' || options === null) throw new MicrocredOptionsError('options', 'must be an object');
  for (const k of Object.keys(options))
    if (!OPTION_KEYS.has(k)) throw new MicrocredOptionsError(k, 'is not a sign option');
  if (options.format !== undefined && !isJwtProfile(options.format)) {
    throw new MicrocredOptionsError('format', 'must be vc-jose-cose, vc11-jwt or ob30-jwt');
  }
  if (options.kid !== undefined && options.kid !== false && (typeof options.kid !== 'string' || options.kid === '')) {
    throw new MicrocredOptionsError('kid', 'must be a non-empty string or false');
  }
  for (const name of ['now', 'expiresAt'] as const) {
    const d = options[name];
    if (d !== undefined && (!(d instanceof Date) || Number.isNaN(d.getTime()))) {
      throw new MicrocredOptionsError(name, 'must be a valid Date');
    }
  }
  if (options.expiresAt !== undefined && options.format !== undefined && options.format !== 'vc-jose-cose') {
    throw new MicrocredOptionsError(
      'expiresAt',
      'applies to vc-jose-cose only; the other profiles take exp from the credential',
    );
  }
  return options;
}

function buildPayload(
  format: JwtProfile,
  document: Readonly<Record<string, unknown>>,
  iat: number,
  expiresAt: Date | undefined,
): Record<string, unknown> {
  const subject = document['credentialSubject'];
  const single: unknown = Array.isArray(subject) ? (subject.length === 1 ? subject[0] : undefined) : subject;
  const sub = isPlainObject(single) && typeof single['id'] === 'string' ? single['id'] : undefined;
  const claims: Record<string, unknown> = { iss: issuerIdOf(document) };
  if (typeof document['id'] === 'string') claims['jti'] = document['id'];
  if (sub !== undefined) claims['sub'] = sub;
  const [fromName, untilName] =
    format === 'vc11-jwt' ? ['issuanceDate', 'expirationDate'] : ['validFrom', 'validUntil'];
  if (format !== 'vc-jose-cose') {
    const nbf = numericDate(document[fromName], fromName);
    const exp = numericDate(document[untilName], untilName);
    if (nbf !== undefined) claims['nbf'] = nbf;
    if (exp !== undefined) claims['exp'] = exp;
  } else if (expiresAt !== undefined) {
    claims['exp'] = Math.floor(expiresAt.getTime() / 1000);
  }
  if (format !== 'ob30-jwt') claims['iat'] = iat;
  if (format === 'vc11-jwt') return { ...claims, vc: document };
  for (const name of Object.keys(claims)) {
    if (Object.hasOwn(document, name))
      fail('ERR_JWT_CLAIM_MISMATCH', `The credential already has a "${name}" member`, ['credential', name]);
  }
  return { ...document, ...claims };
}

function numericDate(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' ? toNumericDate(value) : undefined;
  if (n === undefined || n < 0 || n > MAX_NUMERIC_DATE)
    fail('ERR_VALIDATION', `"${name}" is not a date-time`, ['credential', name]);
  return n;
}

function times(payload: Readonly<Record<string, unknown>>): { exp?: number; nbf?: number; iat?: number } {
  const t: { exp?: number; nbf?: number; iat?: number } = {};
  for (const name of ['exp', 'nbf', 'iat'] as const)
    if (typeof payload[name] === 'number') t[name] = payload[name] as number;
  return t;
}
