import { isMicrocredError, type MicrocredErrorCode } from '../../errors.js';
import { fail } from '../../jwt/jwt-error.js';
import { cacheLifetime } from '../../jwt/net/cache-lifetime.js';
import type { Deadline } from '../../jwt/net/deadline.js';
import { fetchLimited } from '../../jwt/net/fetch-limited.js';
import type { StatusReason } from '../../jwt/status/status-result.js';
import { decodeTokenStatusList } from './encode-token-status-list.js';
import type { LoadedTokenStatusList } from './token-status-cache.js';
import type { ResolvedTokenStatusOptions } from './token-status-options.js';
import { type StatusListTokenCheck, verifyStatusListToken } from './verify-status-list-token.js';

/** The media type of a Status List Token in JWT format (draft §8.1, §8.2). */
export const STATUS_LIST_JWT = 'application/statuslist+jwt';

/** The verification context of one presentation's status check. */
export interface TokenStatusContext extends Omit<StatusListTokenCheck, 'uri' | 'maxTokenBytes'> {
  readonly status: ResolvedTokenStatusOptions;
  readonly deadline: Deadline;
}

/** Lists are re-fetched at least daily, whatever `ttl` they state (draft §11.5: keep `ttl` within bounds). */
const MAX_LIFETIME_MS = 86_400_000;

type Failure = LoadedTokenStatusList & { ok: false };

/**
 * Gets the Status List Token at `uri` for a credential of `issuer`, verified and decoded: a token the caller
 * holds (`status.tokens`) is used as it is; otherwise the cache, keyed by issuer and URI, answers or fetches
 * once. A cached list past its `exp` is refused. Never throws: a failure says why, with the specification's
 * reason and the error code behind it.
 */
export async function loadTokenStatusList(uri: string, context: TokenStatusContext): Promise<LoadedTokenStatusList> {
  const held = context.status.tokens.get(uri);
  if (held !== undefined) return (await verifyAndDecode(held, uri, context)).loaded;
  const { cache } = context.status;
  const loaded = await cache.lists.load(`${context.issuer}\n${uri}`, async () => {
    const fetched = await fetchVerifyDecode(uri, context);
    const lifetime = fetched.loaded.ok ? fetched.lifetimeMs : cache.failureTtlMs;
    return { value: fetched.loaded, expiresAt: cache.clock() + lifetime };
  });
  if (loaded.ok && loaded.issuer !== context.issuer && !context.trustedIssuers.includes(loaded.issuer)) {
    return failed('STATUS_VERIFICATION_ERROR', 'ERR_JWT_CLAIM_MISMATCH', 'The list is another issuer’s');
  }
  if (loaded.ok && loaded.exp !== undefined && loaded.exp <= context.nowSeconds - context.clockTolerance) {
    return failed('STATUS_VERIFICATION_ERROR', 'ERR_JWT_EXPIRED', 'The cached Status List Token has expired');
  }
  return loaded;
}

interface Fetched {
  readonly loaded: LoadedTokenStatusList;
  readonly lifetimeMs: number;
}

async function fetchVerifyDecode(uri: string, context: TokenStatusContext): Promise<Fetched> {
  const { status } = context;
  let text: string;
  let maxAge: number | undefined;
  try {
    const fetched = await fetchLimited(
      uri,
      { ...status, signal: context.deadline.signal },
      STATUS_LIST_JWT,
      'ERR_STATUS_UNAVAILABLE',
    );
    const type = (fetched.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== STATUS_LIST_JWT) {
      fail(
        'ERR_STATUS_UNAVAILABLE',
        `${uri} answered with content type ${JSON.stringify(type)}, not ${STATUS_LIST_JWT}`,
      );
    }
    text = fetched.text.trim();
    maxAge = cacheLifetime(fetched.headers.get('cache-control'));
  } catch (error) {
    return { loaded: fromError('STATUS_RETRIEVAL_ERROR', error), lifetimeMs: 0 };
  }
  const { loaded, ttl, exp } = await verifyAndDecode(text, uri, context);
  if (!loaded.ok) return { loaded, lifetimeMs: 0 };
  // The token's ttl and exp come before HTTP caching headers (draft §8.2).
  const ttlMs = ttl === undefined ? (maxAge ?? status.cache.defaultTtlMs) : Math.floor(ttl * 1000);
  const untilExp = exp === undefined ? Number.POSITIVE_INFINITY : exp * 1000 - context.nowSeconds * 1000;
  return { loaded, lifetimeMs: Math.max(0, Math.min(ttlMs, MAX_LIFETIME_MS, untilExp)) };
}

async function verifyAndDecode(
  token: string,
  uri: string,
  context: TokenStatusContext,
): Promise<{ loaded: LoadedTokenStatusList; ttl?: number | undefined; exp?: number | undefined }> {
  let verified: Awaited<ReturnType<typeof verifyStatusListToken>>;
  try {
    verified = await verifyStatusListToken(token, { ...context, uri, maxTokenBytes: context.status.maxBytes });
  } catch (error) {
    return { loaded: fromError('STATUS_VERIFICATION_ERROR', error) };
  }
  try {
    const list = await decodeTokenStatusList(verified.payload['status_list'], {
      maxBytes: context.status.maxDecodedBytes,
    });
    const exp = verified.exp;
    return {
      loaded: { ok: true, issuer: verified.issuer, list, ...(exp === undefined ? {} : { exp }) },
      ttl: verified.ttl,
      exp,
    };
  } catch (error) {
    return { loaded: fromError('MALFORMED_VALUE_ERROR', error) };
  }
}

function failed(reason: StatusReason, code: MicrocredErrorCode, detail: string): Failure {
  return { ok: false, reason, code, detail };
}

function fromError(reason: StatusReason, error: unknown): Failure {
  if (isMicrocredError(error)) return failed(reason, error.code, error.message);
  return failed(reason, 'ERR_STATUS_UNAVAILABLE', String(error));
}
