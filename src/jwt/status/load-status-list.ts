import { isMicrocredError } from '../../errors.js';
import { hasType } from '../../internal/has-type.js';
import type { SigningAlgorithm } from '../algorithms.js';
import type { VerificationCheck } from '../jwt-error.js';
import { isPlainObject } from '../keys/key-families.js';
import { cacheLifetime } from '../net/cache-lifetime.js';
import { createDeadline } from '../net/deadline.js';
import { fetchLimited } from '../net/fetch-limited.js';
import type { ResolvedVerifyOptions } from '../verify/options.js';
import type { KeyInput } from '../verify/resolve-key.js';
import type { verifyCore } from '../verify/verify-core.js';
import { inflateStatusList } from './inflate-status-list.js';
import type { LoadedStatusList, StatusListCache } from './status-list-cache.js';
import type { ResolvedStatusOptions } from './status-options.js';

/** The verification context a status list is checked in: the credential's own. */
export interface StatusContext {
  readonly keys: KeyInput;
  readonly status: ResolvedStatusOptions;
  readonly cache: StatusListCache;
  readonly now: Date;
  readonly clockTolerance: number;
  readonly algorithms: readonly SigningAlgorithm[];
  readonly limits: ResolvedVerifyOptions['limits'];
  readonly signal: AbortSignal;
  /**
   * The verifier pipeline (steps 1–8) that a JOSE-secured list goes through. It is handed in by the code that
   * builds the context, which has it loaded already, so that this on-demand reader does not import it: the
   * bundler then keeps the pipeline in the verifier's own start-up chunk rather than in one shared with this reader.
   */
  readonly verifyToken: typeof verifyCore;
  /**
   * Verifies a status list credential secured with an embedded proof (a JSON document with `proof`), such as a
   * Data Integrity proof; without it, only JWT-secured lists are accepted.
   */
  readonly verifyDocument?: StatusDocumentVerifier;
}

/** Verifies a status list credential with an embedded proof: its document, issuer and end of validity. */
export type StatusDocumentVerifier = (
  document: Record<string, unknown>,
  signal: AbortSignal,
) => Promise<{ readonly document: Record<string, unknown>; readonly issuer: string; readonly validUntil?: string }>;

const ENVELOPED = /^data:application\/vc\+jwt,([A-Za-z0-9_.-]+)$/;

/**
 * Fetches, verifies and decodes a status list credential (rules 2, 3 and 5 of the domain document §5), through
 * the cache. The list is a JOSE-secured credential (`vc+jwt`), served as the compact token or as an
 * `EnvelopedVerifiableCredential`; it goes through the same verifier pipeline as credentials, with its own
 * status not followed. Its `id`, when present, must be the URL it was fetched from.
 */
export function loadStatusList(url: string, context: StatusContext): Promise<LoadedStatusList> {
  return context.cache.lists.load(url, async () => {
    const loaded = await fetchVerifyDecode(url, context);
    const lifetime = loaded.list.ok ? loaded.lifetimeMs : context.cache.failureTtlMs;
    return { value: loaded.list, expiresAt: context.cache.clock() + lifetime };
  });
}

interface Fetched {
  readonly list: LoadedStatusList;
  /** How long a good list may be reused: its ttl, the HTTP max-age, and never past its own validity. */
  readonly lifetimeMs: number;
}

const failed = (reason: (LoadedStatusList & { ok: false })['reason'], detail: string): Fetched => ({
  list: { ok: false, reason, detail },
  lifetimeMs: 0,
});

async function fetchVerifyDecode(url: string, context: StatusContext): Promise<Fetched> {
  const { status } = context;
  let text: string;
  let maxAge: number | undefined;
  try {
    const fetched = await fetchLimited(
      url,
      { ...status, signal: context.signal },
      'application/vc+jwt, application/vc, application/json',
      'ERR_STATUS_UNAVAILABLE',
    );
    text = fetched.text.trim();
    maxAge = cacheLifetime(fetched.headers.get('cache-control'));
  } catch (error) {
    return failed('STATUS_RETRIEVAL_ERROR', describe(error));
  }
  let verified: { document: Record<string, unknown>; issuer: string; validity: { until?: string; jwtExp?: number } };
  const deadline = createDeadline(context.status.timeoutMs, context.signal);
  try {
    const embedded = context.verifyDocument === undefined ? undefined : embeddedProofDocument(text);
    if (embedded !== undefined && context.verifyDocument !== undefined) {
      const { document, issuer, validUntil } = await context.verifyDocument(embedded, deadline.signal);
      verified = { document, issuer, validity: validUntil === undefined ? {} : { until: validUntil } };
    } else {
      const token = text.startsWith('{') ? envelopedToken(text) : text;
      const checks: VerificationCheck[] = [];
      verified = await context.verifyToken(
        token,
        context.status.keys ?? context.keys,
        listOptions(context),
        deadline,
        checks,
      );
    }
  } catch (error) {
    return failed('STATUS_VERIFICATION_ERROR', describe(error));
  } finally {
    deadline.dispose();
  }
  const { document } = verified;
  const subject = document['credentialSubject'];
  const purposes = isPlainObject(subject) ? subject['statusPurpose'] : undefined;
  const purposeList = typeof purposes === 'string' ? [purposes] : Array.isArray(purposes) ? purposes : [];
  if (
    !hasType(document['type'], 'BitstringStatusListCredential') ||
    !isPlainObject(subject) ||
    !hasType(subject['type'], 'BitstringStatusList') ||
    purposeList.length === 0 ||
    purposeList.some((p) => typeof p !== 'string') ||
    (document['id'] !== undefined && document['id'] !== url)
  ) {
    return failed('STATUS_VERIFICATION_ERROR', `${url} is not a BitstringStatusListCredential for this URL`);
  }
  let bits: Uint8Array;
  try {
    bits = await inflateStatusList(subject['encodedList'], status.maxDecodedBytes);
  } catch (error) {
    return failed('MALFORMED_VALUE_ERROR', describe(error));
  }
  const ttl = subject['ttl'];
  const ttlMs = Math.min(
    typeof ttl === 'number' && Number.isSafeInteger(ttl) && ttl >= 0 ? ttl : context.cache.defaultTtlMs,
    maxAge ?? Number.POSITIVE_INFINITY,
  );
  const { until, jwtExp } = verified.validity;
  const endMs = Math.min(
    until === undefined ? Number.POSITIVE_INFINITY : Date.parse(until),
    jwtExp === undefined ? Number.POSITIVE_INFINITY : jwtExp * 1000,
  );
  return {
    list: { ok: true, issuer: verified.issuer, purposes: purposeList as string[], bits },
    lifetimeMs: Math.max(0, Math.min(ttlMs, endMs - context.now.getTime())),
  };
}

/** The fetched JSON object when it carries an embedded `proof`; undefined for anything else. */
function embeddedProofDocument(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isPlainObject(parsed) && parsed['proof'] !== undefined ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  return isMicrocredError(error) ? `${error.code}: ${error.message}` : String(error);
}

function listOptions(context: StatusContext): ResolvedVerifyOptions {
  return {
    algorithms: context.algorithms.filter((a) => a !== 'RS256'),
    profiles: ['vc-jose-cose'],
    clockTolerance: context.clockTolerance,
    now: context.now,
    maxTokenBytes: context.status.maxBytes,
    limits: { ...context.limits, maxStringLength: context.status.maxBytes, maxBytes: context.status.maxBytes },
    issuer: undefined,
    audience: undefined,
    allowMissingIss: false,
    timeoutMs: context.status.timeoutMs,
    signal: context.signal,
    status: false,
    requireStatus: false,
  };
}

function envelopedToken(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    const id =
      isPlainObject(value) && hasType(value['type'], 'EnvelopedVerifiableCredential') ? value['id'] : undefined;
    return (typeof id === 'string' ? ENVELOPED.exec(id)?.[1] : undefined) ?? '';
  } catch {
    return '';
  }
}
