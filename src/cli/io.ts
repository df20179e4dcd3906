import { readFile, writeFile } from 'node:fs/promises';
import { isMicrocredError, parseJsonText as parseUntrustedJson } from 'microcred';
import { CliError } from './cli-error.js';

/** Largest input the CLI reads (the parse functions apply their own, finer limits afterwards). */
const MAX_INPUT_BYTES = 1024 * 1024;

/** Reads a file path, or standard input for `-`, as UTF-8 text, refusing anything over 1 MiB. */
export async function readInput(source: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if (source === '-') return readStream(stdin);
  let buffer: Buffer;
  try {
    buffer = await readFile(source);
  } catch (cause) {
    throw new CliError(`cannot read ${source}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
  if (buffer.byteLength > MAX_INPUT_BYTES) throw new CliError(`${source} is larger than ${MAX_INPUT_BYTES} bytes`);
  return buffer.toString('utf8');
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.byteLength;
    if (size > MAX_INPUT_BYTES) throw new CliError(`standard input is larger than ${MAX_INPUT_BYTES} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Parses JSON text with the library's safe parser (size checked first, repeated member names refused),
 * turning its error into a usage-level CliError that names the source.
 */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return parseUntrustedJson(text);
  } catch (error) {
    const where = source === '-' ? 'standard input' : source;
    if (isMicrocredError(error, 'ERR_VALIDATION') || isMicrocredError(error, 'ERR_INPUT_TOO_LARGE')) {
      const first = error.issues[0];
      const detail =
        first === undefined
          ? error.message
          : `${first.message}${first.path.length > 0 ? ` at ${first.path.join('.')}` : ''}`;
      throw new CliError(`${where} is not acceptable JSON: ${detail}`);
    }
    throw error;
  }
}

/** Reads a path or `-` and parses it as JSON with the safe parser. */
export async function readJsonInput(source: string): Promise<unknown> {
  return parseJsonText(await readInput(source), source);
}

/** Writes a file; a private key is written readable by its owner only. */
export async function writeOutput(
  path: string,
  text: string,
  options: { readonly secret?: boolean } = {},
): Promise<void> {
  try {
    await writeFile(path, text.endsWith('\n') ? text : `${text}\n`, { mode: options.secret === true ? 0o600 : 0o644 });
  } catch (cause) {
    throw new CliError(`cannot write ${path}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
}
