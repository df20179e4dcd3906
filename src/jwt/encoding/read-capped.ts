/**
 * Reads a byte stream into one array; undefined (after calling `onOverflow` and cancelling the stream)
 * once it passes `maxBytes`. When `signal` aborts (a deadline), the stream is cancelled at once, so a body
 * whose source ignores the signal is not read on in the background; the result is then undefined too.
 * Shared by the gzip decoder and the capped fetch.
 */
export async function readStreamCapped(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
  onOverflow: () => void = () => undefined,
  signal?: AbortSignal,
): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const aborted = (): boolean => signal?.aborted === true;
  const stop = (): void => {
    reader.cancel(signal?.reason).catch(() => undefined);
  };
  if (aborted()) {
    stop();
    return undefined;
  }
  signal?.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (aborted()) return undefined;
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        onOverflow();
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
