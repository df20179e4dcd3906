import type { FetchLike } from '../../src/jwt/net/fetch-limited.js';

/** What a fake route answers: a body with optional status and headers, or a function of the request. */
export type Route =
  | { body: string | Uint8Array | object; status?: number; headers?: Record<string, string> }
  | ((url: string, init: RequestInit) => Promise<Response> | Response);

/** A fetch double over fixed routes that records every call; unknown URLs answer 404. */
export function fakeFetch(routes: Record<string, Route>): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (url: string, init: RequestInit): Promise<Response> => {
    calls.push(url);
    const route = routes[url];
    if (route === undefined) return new Response('not found', { status: 404 });
    if (typeof route === 'function') return route(url, init);
    const body =
      typeof route.body === 'string' || route.body instanceof Uint8Array ? route.body : JSON.stringify(route.body);
    return new Response(body as BodyInit, { status: route.status ?? 200, headers: route.headers ?? {} });
  };
  return Object.assign(fn, { calls });
}

/** A response whose body never ends until the request is aborted. */
export function hangingResponse(init: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

/** A streamed body of `size` bytes sent in chunks, with no Content-Length. */
export function streamedResponse(size: number, chunk = 16 * 1024): Response {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) {
        controller.close();
        return;
      }
      const n = Math.min(chunk, size - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
  return new Response(stream, { status: 200 });
}
