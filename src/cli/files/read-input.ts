import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { CliError } from '../cli-error.js';

/** How a source is named in messages: `-` is standard input. */
export function sourceName(source: string): string {
  return source === '-' ? 'standard input' : source;
}

/**
 * Opening flags: read-only, never blocking (a FIFO without a writer would otherwise hang the open), and never
 * making a terminal the controlling one. O_NONBLOCK has no effect on regular files, the only ones read.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean }): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

function folderError(source: string): CliError {
  return new CliError(
    `${source} is a folder, not a file (to check every *.json file in a folder, use "microcred check ${source}")`,
  );
}

function tooLarge(source: string, maxBytes: number, detail?: string): CliError {
  return new CliError(
    `${sourceName(source)} is over the ${maxBytes}-byte input limit${detail === undefined ? '' : ` (${detail})`}; raise it with --max-bytes <n>`,
  );
}

/**
 * Reads a file path, or standard input for `-`, as bytes, never more than `maxBytes`. A path must name a
 * regular file (symbolic links to one are followed): folders, FIFOs, sockets and devices are refused before a
 * byte is read. The file is opened without blocking, its type and size come from `fstat` on the open handle
 * (so the checked file is the read file), and the read stops at `maxBytes` + 1 even if the file grows.
 * Standard input is read as a stream and abandoned at `maxBytes` + 1 bytes.
 *
 * @throws CliError naming the source and the reason (missing, unreadable, not a regular file, too large)
 */
export async function readInputBytes(
  source: string,
  maxBytes: number,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<Uint8Array> {
  if (source === '-') return readStream(stdin, maxBytes);
  let handle: FileHandle;
  try {
    handle = await open(source, READ_FLAGS);
  } catch (cause) {
    // Some platforms refuse to open a folder at all (Windows): the same message as when fstat says so.
    if ((cause as NodeJS.ErrnoException).code === 'EISDIR') throw folderError(source);
    throw new CliError(`cannot read ${source}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw folderError(source);
    if (!info.isFile()) throw new CliError(`${source} is ${kindOf(info)}: only regular files are read`);
    if (info.size > maxBytes) throw tooLarge(source, maxBytes, `${info.size} bytes`);
    return await readBounded(handle, source, maxBytes);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    await handle.close();
  }
}

/** Reads until end of file or `maxBytes` + 1 bytes, whichever comes first. */
async function readBounded(handle: FileHandle, source: string, maxBytes: number): Promise<Uint8Array> {
  const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, 64 * 1024));
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.byteLength, maxBytes + 1 - size), null);
    if (bytesRead === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    size += bytesRead;
    if (size > maxBytes) throw tooLarge(source, maxBytes, 'it grew while being read');
  }
  return Buffer.concat(chunks, size);
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.byteLength;
    if (size > maxBytes) {
      // Stop reading: an endless source (/dev/zero) must not keep the process alive.
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw tooLarge('-', maxBytes);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}
