import type { ImportedDraft, ImportResult } from 'microcred/interop';
import { type ReadAnyResult, readAny } from 'microcred/verify';
import { CliError } from '../cli-error.js';
import { sourceName } from '../files/read-input.js';
import type { Terminal } from '../terminal.js';
import { expectFormat, type HandedIn, type ReadFormat } from './credential-input.js';
import { describeFormat, unverifiedLines } from './read-report.js';

/** A read credential as the import result `convert` continues with, and the whole reading for `--json`. */
export interface ConvertReading {
  readonly result: ImportResult;
  readonly read: ReadAnyResult;
}

/**
 * Reads a handed-in credential for `convert` with `readAny` (nothing verified, nothing fetched): it must be the
 * format `--from` names (`auto` admits every one) and carry one micro-credential, complete or not. Says on stderr,
 * whatever `--quiet`, that it was not verified.
 *
 * @throws CliError for an input of another format, an endorsement or a CLR bundle (no one credential to convert)
 */
export async function readForConvert(
  handedIn: HandedIn,
  from: ReadFormat,
  source: string,
  strict: boolean,
  terminal: Terminal,
): Promise<ConvertReading> {
  const value = expectFormat(handedIn, from, source);
  const read = await readAny(value, { import: { unmappable: strict ? 'reject' : 'keep' } });
  const name = sourceName(source);
  if (read.kind === 'endorsement')
    throw new CliError(
      `${name} is an endorsement of ${read.endorsed ?? '(no id)'}, not a micro-credential: nothing to convert`,
    );
  if (read.kind === 'clr') {
    throw new CliError(
      `${name} is a CLR bundle of ${read.items?.length ?? 0} credential(s); convert reads one credential ` +
        `(see each with "microcred validate ${source === '-' ? '<file>' : source} --json")`,
    );
  }
  terminal.err(`read ${describeFormat(read)}`);
  for (const line of unverifiedLines(terminal, read, source)) terminal.err(line);
  const result: ImportResult =
    read.credential === undefined
      ? {
          complete: false,
          draft: read.draft ?? {},
          // readAny's `missing` is the importer's list of model elements, typed as plain strings in its result.
          missing: read.missing as ImportedDraft['missing'],
          issues: [...read.issues],
          warnings: read.warnings,
        }
      : { complete: true, credential: read.credential, warnings: read.warnings };
  return { result, read };
}
