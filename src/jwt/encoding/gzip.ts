import { readStreamCapped } from './read-capped.js';
/** Compresses bytes with GZIP through the Web `CompressionStream` (Node ≥ 18, browsers, Deno, Bun). */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = singleChunk(bytes).pipeThrough(new CompressionStream('gzip'));
  const out = await readStreamCapped(stream, Number.POSITIVE_INFINITY);
  return out as Uint8Array;
}

/**
 * Inflates GZIP data as a stream and stops as soon as the output passes `maxBytes` (a decompression bomb
 * never gets allocated). Returns `'too-large'` or `'corrupt'` instead of throwing.
 */
export async function gunzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | 'too-large' | 'corrupt'> {
  try {
    const stream = singleChunk(bytes).pipeThrough(new DecompressionStream('gzip'));
    const out = await readStreamCapped(stream, maxBytes);
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
