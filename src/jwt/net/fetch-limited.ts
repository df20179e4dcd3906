import { isMicrocredError, type MicrocredErrorCode } from '../../errors.js';
import { readStreamCapped } from '../encoding/read-capped.js';
import { fail } from '../jwt-error.js';
import { untilAborted } from './abort.js';
import { checkFetchUrl } from './url-rules.js';

/**
 * The `fetch` function microcred calls: the global one, or one the caller injects (for a proxy, a private-address
 * filter, a test double). It is called with `redirect: 'manual'` and an abort signal.
 *
 * @example
 * ```ts
 * import type { FetchLike } from 'microcred/jwt';
 * const logged: FetchLike = (url, init) => {
 *   console.log('GET', url);
 *   return fetch(url, init);
 * };
 * ```
 * @category Resolvers
 */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Network limits of one request. */
export interface FetchLimits {
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly allowedHosts?: readonly string[] | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** What a limited fetch returns: the body as text and the response headers. */
export interface FetchedText {
  readonly text: string;
  readonly headers: Headers;
}

const DECODER = new TextDecoder('utf-8', { fatal: true });

/**
 * GETs a URL under the network rules: URL checked first, redirects refused (never followed), a timeout, only
 * status 200, and a body cap enforced while streaming (not only through `Content-Length`). Any failure throws
 * a MicrocredJwtError with `code`, or with the code `statusCodes` gives for a response status (an Open Badges 2.0
 * assertion answering `410 Gone` is revoked).
 */
export async function fetchLimited(
  url: string,
  limits: FetchLimits,
  accept: string,
  code: MicrocredErrorCode,
  statusCodes: Readonly<Partial<Record<number, MicrocredErrorCode>>> = {},
): Promise<FetchedText> {
  const checked = checkFetchUrl(url, limits.allowedHosts);
  if (!checked.ok) fail(code, `Refused to fetch ${url}: it ${checked.reason}`);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  limits.signal?.addEventListener('abort', onAbort, { once: true });
  if (limits.signal?.aborted === true) controller.abort();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    if (controller.signal.aborted) throw new Error('aborted before the request');
    // Raced against the signal, so an injected fetch that ignores it cannot hold the verification; a response
    // that still arrives after the deadline has its body cancelled unread.
    const pending = limits.fetch(checked.url.href, {
      method: 'GET',
      redirect: 'manual',
      signal: controller.signal,
      headers: { accept },
      credentials: 'omit',
    });
    controller.signal.addEventListener('abort', () => void cancelBodyOf(pending), { once: true });
    const response = await untilAborted(pending, controller.signal);
    if (
      response.type === 'opaqueredirect' ||
      response.redirected ||
      (response.status >= 300 && response.status < 400)
    ) {
      fail(code, `${url} answered with a redirect, which is not followed`);
    }
    if (response.status !== 200)
      fail(statusCodes[response.status] ?? code, `${url} answered with status ${response.status}`);
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      fail(code, `${url} declares ${declared} bytes, more than the ${limits.maxBytes} allowed`);
    }
    const bytes = await untilAborted(readCapped(response, limits.maxBytes, controller), controller.signal);
    if (bytes === undefined) fail(code, `${url} sent more than the ${limits.maxBytes} bytes allowed`);
    try {
      return { text: DECODER.decode(bytes), headers: response.headers };
    } catch (cause) {
      return fail(code, `${url} sent a body that is not UTF-8`, [], cause);
    }
  } catch (cause) {
    if (isMicrocredError(cause)) throw cause;
    const why = controller.signal.aborted ? 'timed out or was aborted' : 'failed';
    return fail(code, `Fetching ${url} ${why}`, [], cause);
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', onAbort);
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array | undefined> {
  if (response.body === null) return new Uint8Array(0);
  return readStreamCapped(response.body, maxBytes, () => controller.abort(), controller.signal);
}

/** Cancels the body of a response that arrives (or arrived) after the request was given up. */
async function cancelBodyOf(pending: Promise<Response>): Promise<void> {
  try {
    const response = await pending;
    if (response.body !== null && !response.bodyUsed && !response.body.locked) await response.body.cancel();
  } catch {
    // The request failed or the body is already being read (and is then cancelled by its reader).
  }
}

/** Parses fetched text as a JSON object (an HTML error page or an array fails). */
export function parseFetchedObject(text: string, url: string, code: MicrocredErrorCode): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return fail(code, `${url} did not send JSON`, [], cause);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(code, `${url} did not send a JSON object`);
  }
  return value as Record<string, unknown>;
}
