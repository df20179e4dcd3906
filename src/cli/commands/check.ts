import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CompletenessReport, checkCompleteness, formatReport, profiles } from 'microcred';
import { handleHelp, oneOf } from '../args.js';
import { CliError } from '../cli-error.js';
import { type InputOptions, inputOptions, MAX_BYTES_OPTION, readJsonInput, writeOutput } from '../io.js';
import { localeOption } from '../locale.js';
import { paint, printJson, progress, type Terminal } from '../terminal.js';

const PROFILES = Object.keys(profiles) as (keyof typeof profiles)[];

export const checkHelp = `Usage: microcred check <file|dir|-> [--profile <name>] [--now <date-time>] [options]

Checks a credential or a draft for completeness against a profile, element by element. On a folder,
checks every *.json file in it (not recursively) and reports progress on stderr. A file of the folder that
cannot be read or parsed (not a regular file, too large, not UTF-8, not JSON) is reported with its path and
reason, and the other files are still checked.

Options:
  --profile <name>   ${PROFILES.join(', ')} (default eu2022)
  --now <date-time>  the reference date for date rules (ISO 8601 with a time zone); without it those
                     rules are reported as not evaluated
  --locale <tag>     en, de or fr for the text and HTML reports (default en)
  --html <file>      also write the HTML report (for a folder: one page per file, beside <file>)
  --json             print the report object (for a folder: an array of { file, report } or
                     { file, error } for a file that could not be read)
  --max-bytes <n>    the input limit per file in bytes (KiB and MiB suffixes allowed; default 1MiB,
                     at most 64MiB)
  --quiet            no progress on stderr
  -h, --help         show this help

Exit codes: the most severe over all files: 2 a usage or input error (a file that could not be read),
else 1 incomplete, else 0 complete (warnings allowed).`;

/** One file's outcome: its report, or why it could not be read. */
type Outcome = { file: string; report: CompletenessReport } | { file: string; error: { message: string } };

async function inputsOf(source: string): Promise<{ files: string[]; folder: boolean }> {
  if (source === '-') return { files: ['-'], folder: false };
  const info = await stat(source).catch((cause: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${source}: ${cause.code ?? String(cause)}`);
  });
  if (!info.isDirectory()) return { files: [source], folder: false };
  const files = (await readdir(source)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new CliError(`${source} holds no .json file`);
  return { files: files.map((f) => join(source, f)), folder: true };
}

async function checkOne(
  file: string,
  io: InputOptions,
  options: Parameters<typeof checkCompleteness>[1],
): Promise<Outcome> {
  try {
    return { file, report: checkCompleteness(await readJsonInput(file, io), options) };
  } catch (error) {
    if (error instanceof CliError) return { file, error: { message: error.message } };
    throw error;
  }
}

/** `microcred check`: completeness of one credential or of every credential in a folder. */
export async function checkCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      now: { type: 'string' },
      locale: { type: 'string' },
      html: { type: 'string' },
      json: { type: 'boolean' },
      ...MAX_BYTES_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, checkHelp, values, positionals, { min: 1, max: 1 })) return 0;
  const profile = profiles[oneOf('profile', values.profile, PROFILES) ?? 'eu2022'];
  const locale = localeOption(values.locale);
  const io = inputOptions(terminal, values['max-bytes']);
  const { files, folder } = await inputsOf(positionals[0] as string);
  const options = { profile, ...(values.now === undefined ? {} : { now: values.now }) };
  if (!folder) {
    // One input: an unreadable one is a plain input error (exit 2), as for every command.
    const outcome = await checkOne(files[0] as string, io, options);
    if ('error' in outcome) throw new CliError(outcome.error.message);
    await writeHtml([outcome], values.html, locale, terminal, values.json === true);
    if (values.json === true) printJson(terminal, outcome.report);
    else printText(terminal, [outcome], locale);
    return outcome.report.verdict === 'incomplete' ? 1 : 0;
  }
  const bar = progress(terminal, files.length, { json: values.json === true });
  const results: Outcome[] = [];
  for (const file of files) {
    bar.step(file);
    const outcome = await checkOne(file, io, options);
    if ('error' in outcome) terminal.err(`microcred check: ${outcome.error.message}`);
    results.push(outcome);
  }
  bar.done();
  await writeHtml(results, values.html, locale, terminal, values.json === true);
  if (values.json === true) printJson(terminal, results);
  else {
    printText(terminal, results, locale);
    const count = (verdict: string) => results.filter((r) => 'report' in r && r.report.verdict === verdict).length;
    const errors = results.filter((r) => 'error' in r).length;
    terminal.out(
      `${results.length} file(s): ${count('complete')} complete, ${count('complete-with-warnings')} with warnings, ${count('incomplete')} incomplete, ${errors} unreadable`,
    );
  }
  return severity(results);
}

/** The most severe exit code over the files: 2 for an input error, 1 for an incomplete report, else 0. */
function severity(results: readonly Outcome[]): number {
  if (results.some((r) => 'error' in r)) return 2;
  return results.some((r) => 'report' in r && r.report.verdict === 'incomplete') ? 1 : 0;
}

async function writeHtml(
  results: readonly Outcome[],
  html: string | undefined,
  locale: ReturnType<typeof localeOption>,
  terminal: Terminal,
  json: boolean,
): Promise<void> {
  if (html === undefined) return;
  for (const [i, outcome] of results.entries()) {
    if (!('report' in outcome)) continue;
    const path = results.length === 1 ? html : html.replace(/(\.html?)?$/, `-${i + 1}$1`);
    await writeOutput(path, formatReport(outcome.report, { format: 'html', locale }), { replace: true });
    if (!terminal.quiet && !json) terminal.err(`HTML report written to ${path}`);
  }
}

function printText(terminal: Terminal, results: readonly Outcome[], locale: ReturnType<typeof localeOption>): void {
  for (const outcome of results) {
    const name = outcome.file === '-' ? 'standard input' : outcome.file;
    if ('error' in outcome) {
      terminal.out(`${paint(terminal, 'red', 'unreadable')} ${name}`);
      continue;
    }
    const { report } = outcome;
    const colour = report.verdict === 'incomplete' ? 'red' : report.verdict === 'complete' ? 'green' : 'yellow';
    terminal.out(`${paint(terminal, colour, report.verdict)} ${name} (${report.profile.id})`);
    if (report.verdict !== 'complete') terminal.out(indent(formatReport(report, { format: 'text', locale })));
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
}
