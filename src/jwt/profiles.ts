import { hasType } from '../internal/has-type.js';

/**
 * The three JWT securing profiles microcred signs and verifies:
 * - `vc-jose-cose`: W3C VC-JOSE-COSE for VC Data Model 2.0; the credential is the payload, `typ: vc+jwt`;
 * - `vc11-jwt`: VC Data Model 1.1 JWT; the credential sits in the `vc` claim;
 * - `ob30-jwt`: Open Badges 3.0 JWT proof; the OpenBadgeCredential is the payload, with required claims.
 *
 * @example
 * ```ts
 * import { JWT_PROFILES } from 'microcred/jwt';
 * JWT_PROFILES.includes('vc-jose-cose'); // true
 * ```
 * @category Verifying
 */
export const JWT_PROFILES = ['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'] as const;

/**
 * One of the {@link JWT_PROFILES}.
 *
 * @example
 * ```ts
 * import type { JwtProfile } from 'microcred/jwt';
 * const profile: JwtProfile = 'ob30-jwt';
 * ```
 * @category Verifying
 */
export type JwtProfile = (typeof JWT_PROFILES)[number];

/** The W3C VC Data Model 1.1 base context. */
export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
/** The W3C VC Data Model 2.0 base context. */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** Every Open Badges 3.0 context URL starts with this. */
export const OB_CONTEXT_PREFIX = 'https://purl.imsglobal.org/spec/ob/v3p0/context';
/**
 * The credential types that make a payload an Open Badges 3.0 credential: the achievement credentials, and the
 * endorsements and CLR 2.0 bundles that are signed and verified the same way (the micro-credential reader refuses
 * the last two with `ERR_INTEROP_NOT_ACHIEVEMENT`).
 */
export const OB_CREDENTIAL_TYPES: readonly string[] = [
  'OpenBadgeCredential',
  'AchievementCredential',
  'EndorsementCredential',
  'ClrCredential',
];

/** Type guard for {@link JwtProfile}. */
export function isJwtProfile(value: unknown): value is JwtProfile {
  return typeof value === 'string' && (JWT_PROFILES as readonly string[]).includes(value);
}

/** Normalises a media type as JOSE does: case-insensitive, a leading `application/` removed. */
export function normaliseMediaType(value: string): string {
  const lower = value.toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

/** Whether a credential document declares an Open Badges 3.0 credential type. */
export function isOpenBadgeDocument(document: Readonly<Record<string, unknown>>): boolean {
  return OB_CREDENTIAL_TYPES.some((t) => hasType(document['type'], t));
}
