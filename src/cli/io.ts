import { isMicrocredError, parseJsonText as parseUntrustedJson } from 'microcred';
import { CliError } from './cli-error.js';
import { decodeUtf8 } from './files/decode-text.js';
import { readInputBytes, sourceName } from './files/read-input.js';
import { type WriteOptions, writeFileAtomic } from './files/write-file.js';
import type { Terminal } from './terminal.js';

/** The input limit when --max-bytes is not given: 1 MiB, the library's own default for JSON text. */
const DEFAULT_MAX_BYTES = 1024 * 1024;
/** The highest --max-bytes accepted: 64 MiB. */
const MAX_MAX_BYTES = 64 * 1024 * 1024;

/** How inputs are read: the byte limit, and where notes (a dropped byte order mark) go. */
export interface InputOptions {
  readonly maxBytes: number;
  readonly note: (text: string) => void;
}

/** The `--max-bytes` option of every command that reads input. */
export const MAX_BYTES_OPTION = { 'max-bytes': { type: 'string' } } as const;

/**
 * Parses `--max-bytes`: a whole number of bytes, or of KiB / MiB with that suffix, from 1 byte to 64 MiB.
 *
 * @throws CliError for anything else
 */
export function maxBytesOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  const match = /^([1-9]\d{0,9})(KiB|MiB)?$/.exec(value);
  const bytes =
    match === null ? Number.NaN : Number(match[1]) * (match[2] === 'MiB' ? 1024 * 1024 : match[2] === 'KiB' ? 1024 : 1);
  if (!(bytes >= 1 && bytes <= MAX_MAX_BYTES)) {
    throw new CliError(
      `--max-bytes must be a number of bytes from 1 to ${MAX_MAX_BYTES} (64MiB), optionally with KiB or MiB (got "${value}")`,
    );
  }
  return bytes;
}

/** The input options of a command: its --max-bytes, notes on stderr unless --quiet. */
export function inputOptions(terminal: Terminal, maxBytes: string | undefined): InputOptions {
  const limit = maxBytesOption(maxBytes);
  return { maxBytes: limit, note: (text) => (terminal.quiet ? undefined : terminal.err(`note: ${text}`)) };
}

/**
 * Reads a file path, or standard input for `-`, as strict UTF-8 text within the byte limit (see
 * `readInputBytes` and `decodeUtf8`). A leading byte order mark is dropped with a note.
 */
export async function readInput(source: string, io: InputOptions): Promise<string> {
  const { text, bom } = decodeUtf8(await readInputBytes(source, io.maxBytes), source);
  if (bom) io.note(`${sourceName(source)} starts with a UTF-8 byte order mark; it was ignored`);
  return text;
}

/**
 * Parses JSON text with the library's safe parser (size checked first, repeated member names refused),
 * turning its error into a usage-level CliError that names the source.
 */
export function parseJsonText(text: string, source: string, maxBytes: number = DEFAULT_MAX_BYTES): unknown {
  try {
    return parseUntrustedJson(text, { limits: { maxBytes } });
  } catch (error) {
    if (isMicrocredError(error, 'ERR_VALIDATION') || isMicrocredError(error, 'ERR_INPUT_TOO_LARGE')) {
      const first = error.issues[0];
      const detail =
        first === undefined
          ? error.message
          : `${first.message}${first.path.length > 0 ? ` at ${first.path.join('.')}` : ''}`;
      throw new CliError(`${sourceName(source)} is not acceptable JSON: ${detail}`);
    }
    throw error;
  }
}

/** Reads a path or `-` and parses it as JSON with the safe parser. */
export async function readJsonInput(source: string, io: InputOptions): Promise<unknown> {
  return parseJsonText(await readInput(source, io), source, io.maxBytes);
}

/**
 * Writes an output or a state file atomically (a temporary file in the same folder, then a rename). Outputs
 * that are regenerated (reports, tokens) pass `replace: true`; state that would be lost does not.
 */
export async function writeOutput(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  await writeFileAtomic(path, content, options);
}
