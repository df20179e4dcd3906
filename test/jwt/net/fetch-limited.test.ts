import { describe, expect, it, vi } from 'vitest';
import { fetchLimited } from '../../../src/jwt/net/fetch-limited.js';
import { expectCode } from '../fixtures.js';

const URL = 'https://uni.example/status/1';

/** A body that sends one chunk and then never ends, recording whether it was cancelled. */
function endlessBody(): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"partial":'));
    },
    pull() {
      return new Promise<void>(() => undefined);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

describe('fetchLimited deadlines', () => {
  it('cancels a body that never ends, from a fetch that ignores the abort signal', async () => {
    const body = endlessBody();
    const fetch = async (): Promise<Response> => new Response(body.stream, { status: 200 });
    await expectCode(
      fetchLimited(URL, { fetch, timeoutMs: 20, maxBytes: 1024 }, 'application/json', 'ERR_KEY_RESOLUTION'),
      'ERR_KEY_RESOLUTION',
    );
    await vi.waitFor(() => expect(body.cancelled()).toBe(true));
  });

  it('cancels the body of a response that arrives after the deadline, unread', async () => {
    const body = endlessBody();
    let answer: (r: Response) => void = () => undefined;
    const fetch = (): Promise<Response> => new Promise<Response>((resolve) => (answer = resolve));
    await expectCode(
      fetchLimited(URL, { fetch, timeoutMs: 20, maxBytes: 1024 }, 'application/json', 'ERR_KEY_RESOLUTION'),
      'ERR_KEY_RESOLUTION',
    );
    answer(new Response(body.stream, { status: 200 }));
    await vi.waitFor(() => expect(body.cancelled()).toBe(true));
  });

  it('cancels the body when the caller aborts while it is being read', async () => {
    const body = endlessBody();
    const controller = new AbortController();
    const fetch = async (): Promise<Response> => {
      setTimeout(() => controller.abort(), 0);
      return new Response(body.stream, { status: 200 });
    };
    await expectCode(
      fetchLimited(
        URL,
        { fetch, timeoutMs: 60_000, maxBytes: 1024, signal: controller.signal },
        'application/json',
        'ERR_KEY_RESOLUTION',
      ),
      'ERR_KEY_RESOLUTION',
    );
    await vi.waitFor(() => expect(body.cancelled()).toBe(true));
  });
});
