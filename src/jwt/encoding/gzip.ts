/** Compresses bytes with GZIP through the Web `CompressionStream` (Node ≥ 18, browsers, Deno, Bun). */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = singleChunk(bytes).pipeThrough(new CompressionStream('gzip'));
  const out = await readAll(stream, Number.POSITIVE_INFINITY);
  return out as Uint8Array;
}

/**
 * Inflates GZIP data as a stream and stops as soon as the output passes `maxBytes` (a decompression bomb
 * never gets allocated). Returns `'too-large'` or `'corrupt'` instead of throwing.
 */
export async function gunzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | 'too-large' | 'corrupt'> {
  try {
    const stream = singleChunk(bytes).pipeThrough(new DecompressionStream('gzip'));
    const out = await readAll(stream, maxBytes);
    return out ?? 'too-large';
  } catch {
    return 'corrupt';
  }
}

function singleChunk(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}

/** Reads a byte stream into one array; undefined (after cancelling the stream) once it passes `maxBytes`. */
async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
