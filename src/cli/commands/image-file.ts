import { readFile } from 'node:fs/promises';
import { DEFAULT_IMAGE_LIMITS } from 'microcred/interop';
import { CliError } from '../cli-error.js';

/** Reads a badge image (PNG or SVG) from a path or `-` (standard input) as bytes, refusing anything over 10 MiB. */
export async function readImageFile(source: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const max = DEFAULT_IMAGE_LIMITS.maxBytes;
  if (source === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.byteLength;
      if (size > max) throw new CliError(`standard input is larger than ${max} bytes`);
      chunks.push(buf);
    }
    return new Uint8Array(Buffer.concat(chunks));
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(source);
  } catch (cause) {
    throw new CliError(`cannot read ${source}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
  if (buffer.byteLength > max) throw new CliError(`${source} is larger than ${max} bytes`);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
