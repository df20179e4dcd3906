import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CompletenessReport, checkCompleteness, formatReport, profiles } from 'microcred';
import { handleHelp, oneOf } from '../args.js';
import { CliError } from '../cli-error.js';
import { readJsonInput, writeOutput } from '../io.js';
import { localeOption } from '../locale.js';
import { paint, printJson, progress, type Terminal } from '../terminal.js';

const PROFILES = Object.keys(profiles) as (keyof typeof profiles)[];

export const checkHelp = `Usage: microcred check <file|dir|-> [--profile <name>] [--now <date-time>] [options]

Checks a credential or a draft for completeness against a profile, element by element. On a folder,
checks every *.json file in it (not recursively) and reports progress on stderr.

Options:
  --profile <name>   ${PROFILES.join(', ')} (default eu2022)
  --now <date-time>  the reference date for date rules (ISO 8601 with a time zone); without it those
                     rules are reported as not evaluated
  --locale <tag>     en, de or fr for the text and HTML reports (default en)
  --html <file>      also write the HTML report (for a folder: one page per file, beside <file>)
  --json             print the report object (for a folder: an array of { file, report })
  --quiet            no progress on stderr
  -h, --help         show this help

Exit codes: 0 complete (warnings allowed), 1 incomplete, 2 usage or input error.`;

async function inputsOf(source: string): Promise<string[]> {
  if (source === '-') return ['-'];
  const info = await stat(source).catch(() => undefined);
  if (info === undefined) throw new CliError(`cannot read ${source}: ENOENT`);
  if (!info.isDirectory()) return [source];
  const files = (await readdir(source)).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new CliError(`${source} holds no .json file`);
  return files.map((f) => join(source, f));
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
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, checkHelp, values, positionals, { min: 1, max: 1 })) return 0;
  const profile = profiles[oneOf('profile', values.profile, PROFILES) ?? 'eu2022'];
  const locale = localeOption(values.locale);
  const files = await inputsOf(positionals[0] as string);
  const bar = progress(terminal, files.length, { json: values.json === true });
  const results: { file: string; report: CompletenessReport }[] = [];
  for (const file of files) {
    bar.step(file);
    const input = await readJsonInput(file);
    results.push({
      file,
      report: checkCompleteness(input, { profile, ...(values.now === undefined ? {} : { now: values.now }) }),
    });
  }
  bar.done();
  if (values.html !== undefined) {
    for (const [i, { report }] of results.entries()) {
      const path = results.length === 1 ? values.html : values.html.replace(/(\.html?)?$/, `-${i + 1}$1`);
      await writeOutput(path, formatReport(report, { format: 'html', locale }));
      if (!terminal.quiet && values.json !== true) terminal.err(`HTML report written to ${path}`);
    }
  }
  if (values.json === true) {
    // One input prints the report object unchanged; a folder prints { file, report } for each file.
    printJson(terminal, files[0] === positionals[0] ? results[0]?.report : results);
  } else {
    for (const { file, report } of results) {
      const colour = report.verdict === 'incomplete' ? 'red' : report.verdict === 'complete' ? 'green' : 'yellow';
      terminal.out(
        `${paint(terminal, colour, report.verdict)} ${file === '-' ? 'standard input' : file} (${report.profile.id})`,
      );
      if (report.verdict !== 'complete') terminal.out(indent(formatReport(report, { format: 'text', locale })));
    }
  }
  return results.some((r) => r.report.verdict === 'incomplete') ? 1 : 0;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
}
