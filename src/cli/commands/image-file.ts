import { DEFAULT_IMAGE_LIMITS } from 'microcred/interop';
import { readInputBytes } from '../files/read-input.js';

/**
 * Reads a badge image (PNG or SVG) from a path or `-` (standard input) as bytes, by the CLI's file rules (a
 * regular file only, its size checked before reading, a bounded read), refusing anything over the image limit
 * (10 MiB).
 */
export async function readImageFile(source: string): Promise<Uint8Array> {
  return readInputBytes(source, DEFAULT_IMAGE_LIMITS.maxBytes);
}
