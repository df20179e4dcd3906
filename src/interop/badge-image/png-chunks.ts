import { crc32 } from './crc32.js';
import { refuseImage } from './image-error.js';
import type { ImageLimits } from './image-options.js';

/** The eight bytes every PNG datastream starts with. */
export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** One chunk of a PNG: its type, where it starts (the length field) and where its data lies. */
export interface PngChunk {
  readonly type: string;
  /** Offset of the chunk's length field. */
  readonly start: number;
  /** Offset of the first data byte. */
  readonly dataStart: number;
  /** Number of data bytes. */
  readonly length: number;
  /** Offset just past the chunk's CRC. */
  readonly end: number;
}

/** Whether `bytes` starts with the PNG signature. */
export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function uint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] as number) << 24) |
      ((bytes[at + 1] as number) << 16) |
      ((bytes[at + 2] as number) << 8) |
      (bytes[at + 3] as number)) >>>
    0
  );
}

function isTypeByte(b: number): boolean {
  return (b >= 65 && b <= 90) || (b >= 97 && b <= 122);
}

/**
 * Walks the chunks of a PNG datastream and checks its frame: the signature; every chunk's length field within
 * 2^31 − 1 and within the file; a type of four ASCII letters; the CRC of every chunk; `IHDR` first; `IEND`
 * last, with nothing after it; at most `maxChunks` chunks. Pixel data is not decoded. Each failure is
 * `ERR_VALIDATION` with the offset and the reason.
 */
export function readPngChunks(bytes: Uint8Array, limits: ImageLimits): PngChunk[] {
  if (!hasPngSignature(bytes)) refuseImage(['png', 'signature'], 'not a PNG signature', { offset: 0 });
  const chunks: PngChunk[] = [];
  let at = 8;
  for (;;) {
    const index = chunks.length;
    if (index >= limits.maxChunks) {
      refuseImage(
        ['png', 'chunks'],
        `more than ${limits.maxChunks} chunks`,
        {
          offset: at,
          actual: index + 1,
          maximum: limits.maxChunks,
        },
        'too_many_items',
      );
    }
    if (at + 12 > bytes.length) {
      refuseImage(['png', 'chunks', index], 'truncated chunk header (no IEND chunk)', { offset: at });
    }
    const length = uint32(bytes, at);
    if (length > 0x7fffffff)
      refuseImage(['png', 'chunks', index, 'length'], 'chunk length over 2^31 - 1', { offset: at });
    const dataStart = at + 8;
    const end = dataStart + length + 4;
    if (end > bytes.length) {
      refuseImage(['png', 'chunks', index, 'length'], `chunk length ${length} runs past the end of the file`, {
        offset: at,
      });
    }
    const typeBytes = bytes.subarray(at + 4, at + 8);
    if (!typeBytes.every(isTypeByte))
      refuseImage(['png', 'chunks', index, 'type'], 'chunk type is not four letters', { offset: at + 4 });
    const type = String.fromCharCode(...typeBytes);
    if (crc32(bytes, at + 4, dataStart + length) !== uint32(bytes, dataStart + length)) {
      refuseImage(['png', 'chunks', index, 'crc'], `CRC mismatch in chunk ${type}`, { offset: dataStart + length });
    }
    if ((index === 0) !== (type === 'IHDR')) {
      refuseImage(['png', 'chunks', index, 'type'], index === 0 ? 'first chunk is not IHDR' : 'IHDR repeated', {
        offset: at + 4,
      });
    }
    chunks.push({ type, start: at, dataStart, length, end });
    at = end;
    if (type === 'IEND') break;
  }
  if (at !== bytes.length) refuseImage(['png', 'trailing'], 'bytes after the IEND chunk', { offset: at });
  return chunks;
}

/** A complete chunk (length, type, data, CRC) as bytes. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length + 12);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}
