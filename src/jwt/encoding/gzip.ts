import { readStreamCapped } from './read-capped.js';

/**
 * The two compressed formats status lists use, both through the Web Compression Streams (Node ≥ 18, browsers,
 * Deno, Bun): `gzip` (Bitstring Status List) and `deflate`, which the Web API defines as DEFLATE in the ZLIB
 * format of RFC 1950 (Token Status List).
 */
export type CompressionFormatName = 'gzip' | 'deflate';

/** Compresses bytes in the given format. */
export async function compress(bytes: Uint8Array, format: CompressionFormatName): Promise<Uint8Array> {
  const stream = singleChunk(bytes).pipeThrough(new CompressionStream(format));
  const out = await readStreamCapped(stream, Number.POSITIVE_INFINITY);
  return out as Uint8Array;
}

/**
 * Inflates data as a stream and stops as soon as the output passes `maxBytes` (a decompression bomb never gets
 * allocated). Returns `'too-large'` or `'corrupt'` (bad header or checksum, truncated data, trailing bytes)
 * instead of throwing.
 */
export async function decompress(
  bytes: Uint8Array,
  format: CompressionFormatName,
  maxBytes: number,
): Promise<Uint8Array | 'too-large' | 'corrupt'> {
  try {
    const stream = singleChunk(bytes).pipeThrough(new DecompressionStream(format));
    const out = await readStreamCapped(stream, maxBytes);
    return out ?? 'too-large';
  } catch {
    return 'corrupt';
  }
}

/** Compresses bytes with GZIP. */
export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return compress(bytes, 'gzip');
}

/** Inflates GZIP data with an output cap (see {@link decompress}). */
export function gunzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | 'too-large' | 'corrupt'> {
  return decompress(bytes, 'gzip', maxBytes);
}

function singleChunk(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}
