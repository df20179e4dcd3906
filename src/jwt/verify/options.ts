import { MicrocredOptionsError } from '../../errors.js';
import { type InputLimits, resolveLimits } from '../../internal/input-limits.js';
import { isSigningAlgorithm, type SigningAlgorithm } from '../algorithms.js';
import { isPlainObject } from '../keys/key-families.js';
import { count } from '../net/network-options.js';
import { isJwtProfile, JWT_PROFILES, type JwtProfile } from '../profiles.js';
import { type ResolvedStatusOptions, resolveStatusOptions, type StatusOptions } from '../status/status-options.js';

/**
 * Options of {@link verifyCredentialDocument}, {@link verifyCredential} and {@link verifyCredentials}. Every
 * default is the safe one.
 *
 * @example
 * ```ts
 * import type { VerifyOptions } from 'microcred/jwt';
 * const options: VerifyOptions = { clockTolerance: 30, profiles: ['vc-jose-cose'], status: { softFail: false } };
 * ```
 * @category Verifying
 */
export interface VerifyOptions {
  /** Accepted algorithms (default EdDSA, ES256, ES384, PS256). `RS256` only when listed, and only for `ob30-jwt`. `none` and HMAC are refused. */
  readonly algorithms?: readonly SigningAlgorithm[];
  /** Accepted profiles (default all three). A token is judged by exactly one profile. */
  readonly profiles?: readonly JwtProfile[];
  /** Allowed clock skew in whole seconds, 0 … 86,400 (default 60). */
  readonly clockTolerance?: number;
  /** The time to verify at (default: the current time, read once per call). */
  readonly now?: Date;
  /** Largest token accepted, in characters (default 1 MiB, as Open Badges may embed images). */
  readonly maxTokenBytes?: number;
  /** Limits for the decoded credential (depth, keys, items, string length, values). */
  readonly limits?: Partial<InputLimits>;
  /** When given, the token's issuer must be this one (or one of these). */
  readonly issuer?: string | readonly string[];
  /** When given, the token must carry an `aud` claim naming this audience (or one of these). */
  readonly audience?: string | readonly string[];
  /** Accept a `vc-jose-cose` token without `iss` (default false); its `kid` must then be a URL or DID URL of the issuer. */
  readonly allowMissingIss?: boolean;
  /** Time budget for the whole verification, key resolution and status included, in ms (default 10,000). */
  readonly timeoutMs?: number;
  /** Aborts the verification (key resolution and status fetches). */
  readonly signal?: AbortSignal;
  /** Status-list checking (default on, with `globalThis.fetch`); `false` skips it and reports `not-checked`. */
  readonly status?: false | StatusOptions;
  /** Fail when the credential has no status entry, or one whose type is not checked (default false). */
  readonly requireStatus?: boolean;
}

/** {@link VerifyOptions} validated, with defaults. */
export interface ResolvedVerifyOptions {
  readonly algorithms: readonly SigningAlgorithm[];
  readonly profiles: readonly JwtProfile[];
  readonly clockTolerance: number;
  readonly now: Date;
  readonly maxTokenBytes: number;
  readonly limits: InputLimits;
  readonly issuer: readonly string[] | undefined;
  readonly audience: readonly string[] | undefined;
  readonly allowMissingIss: boolean;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly status: ResolvedStatusOptions | false;
  readonly requireStatus: boolean;
}

/** The algorithms accepted when the caller does not list any. */
export const DEFAULT_ALGORITHMS: readonly SigningAlgorithm[] = ['EdDSA', 'ES256', 'ES384', 'PS256'];

const KEYS: ReadonlySet<string> = new Set([
  'algorithms',
  'profiles',
  'clockTolerance',
  'now',
  'maxTokenBytes',
  'limits',
  'issuer',
  'audience',
  'allowMissingIss',
  'timeoutMs',
  'signal',
  'status',
  'requireStatus',
]);

/**
 * Step 0: validates the options once. Unknown options, `none`, HMAC or unknown algorithms, a negative or
 * fractional tolerance, an invalid date and non-positive limits are refused here as `ERR_OPTIONS_INVALID`,
 * never as a `TypeError` from jose later.
 */
export function resolveVerifyOptions(
  options: unknown,
  extraKeys: ReadonlySet<string> = new Set(),
): ResolvedVerifyOptions {
  const o = options ?? {};
  if (!isPlainObject(o)) throw new MicrocredOptionsError('options', 'must be an object');
  for (const key of Object.keys(o)) {
    if (!KEYS.has(key) && !extraKeys.has(key)) throw new MicrocredOptionsError(key, 'is not a verify option');
  }
  const algorithms = o['algorithms'] ?? DEFAULT_ALGORITHMS;
  if (!Array.isArray(algorithms) || algorithms.length === 0 || !algorithms.every(isSigningAlgorithm)) {
    throw new MicrocredOptionsError('algorithms', 'must list EdDSA, ES256, ES384, PS256 or RS256 (never none or HMAC)');
  }
  const profiles = o['profiles'] ?? JWT_PROFILES;
  if (!Array.isArray(profiles) || profiles.length === 0 || !profiles.every(isJwtProfile)) {
    throw new MicrocredOptionsError('profiles', `must list ${JWT_PROFILES.join(', ')}`);
  }
  const clockTolerance = count(o, 'clockTolerance', 60, 'options', 0);
  if (clockTolerance > 86_400) throw new MicrocredOptionsError('clockTolerance', 'must be at most 86400 seconds');
  const now = o['now'] ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new MicrocredOptionsError('now', 'must be a valid Date');
  const signal = o['signal'];
  if (signal !== undefined && !(signal instanceof AbortSignal))
    throw new MicrocredOptionsError('signal', 'must be an AbortSignal');
  for (const flag of ['allowMissingIss', 'requireStatus']) {
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean')
      throw new MicrocredOptionsError(flag, 'must be a boolean');
  }
  return {
    algorithms: [...new Set(algorithms)],
    profiles: [...new Set(profiles)],
    clockTolerance,
    now,
    maxTokenBytes: count(o, 'maxTokenBytes', 1024 * 1024, 'options', 1),
    limits: resolveLimits(o['limits'] as Partial<InputLimits> | undefined),
    issuer: stringList(o['issuer'], 'issuer'),
    audience: stringList(o['audience'], 'audience'),
    allowMissingIss: o['allowMissingIss'] === true,
    timeoutMs: count(o, 'timeoutMs', 10_000, 'options', 1),
    signal,
    status: o['status'] === false ? false : resolveStatusOptions(o['status']),
    requireStatus: o['requireStatus'] === true,
  };
}

function stringList(value: unknown, option: string): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.some((v) => typeof v !== 'string' || v.length === 0)) {
    throw new MicrocredOptionsError(option, 'must be a non-empty string or list of strings');
  }
  return list as string[];
}
