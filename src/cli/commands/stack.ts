import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  evaluateStacking,
  formatStackingDecision,
  isMicrocredError,
  type SafeParseResult,
  safeParseQualification,
  safeParseRecognitionPolicy,
  type ValidationIssue,
} from 'microcred';
import { handleHelp, integer } from '../args.js';
import { CliError } from '../cli-error.js';
import { type InputOptions, inputOptions, MAX_BYTES_OPTION, readJsonInput, writeOutput } from '../io.js';
import { localeOption } from '../locale.js';
import { paint, printJson, progress, type Terminal } from '../terminal.js';

export const stackHelp = `Usage: microcred stack <file|dir|->... --target <file> --policy <file> [options]

Evaluates whether a learner's credentials stack toward a target qualification under a recognition policy,
and explains the decision: which credential counts toward which group, what is missing, and why each
excluded credential was excluded. Each input is a micro-credential, a stacking credential, an array of
them, or { "credentials": [...] }; a folder contributes every *.json file in it.

Options:
  --target <file>          the target qualification (JSON)
  --policy <file>          the recognition policy (JSON)
  --reference-date <date>  the date the rules apply on (YYYY-MM-DD); overrides the policy's
  --node-budget <n>        the most search nodes before the answer is "undetermined"
  --locale <tag>           en, de or fr for the text and HTML reports (default en)
  --html <file>            also write the HTML report
  --json                   print the decision object
  --max-bytes <n>          the input limit per file in bytes (KiB and MiB suffixes allowed; default 1MiB,
                           at most 64MiB)
  --quiet                  no progress on stderr
  -h, --help               show this help

Exit codes: 0 eligible, 1 not eligible or undetermined, 2 usage or input error (every error names the
file at fault: the target, the policy, or the portfolio file and the credential's position in it).`;

async function filesOf(source: string): Promise<string[]> {
  if (source === '-') return ['-'];
  const info = await stat(source).catch(() => undefined);
  if (info === undefined) throw new CliError(`cannot read ${source}: ENOENT`);
  // A folder contributes its *.json files; each is read by the same rules as a file given by name.
  if (!info.isDirectory()) return [source];
  return (await readdir(source))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(source, f));
}

/** Lists the first issues of a refused input, one per line, with their paths. */
function issueLines(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 10).map((i) => `  ${i.path.length === 0 ? '(root)' : i.path.join('.')}: ${i.message}`);
  if (issues.length > shown.length) shown.push(`  ... and ${issues.length - shown.length} more`);
  return shown.join('\n');
}

/** Reads and validates the --target or --policy file; a refusal names the option, the file and every issue. */
async function readConfig<T>(
  option: 'target' | 'policy',
  file: string,
  io: InputOptions,
  parse: (input: unknown) => SafeParseResult<T>,
): Promise<T> {
  let input: unknown;
  try {
    input = await readJsonInput(file, io);
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`--${option}: ${error.message}`);
    throw error;
  }
  const result = parse(input);
  if (result.success) return result.data;
  const what = option === 'target' ? 'a target qualification' : 'a recognition policy';
  throw new CliError(`--${option} ${file} is not ${what} (${result.error.code}):\n${issueLines(result.error.issues)}`);
}

function credentialsIn(value: unknown, source: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { credentials?: unknown }).credentials)) {
    return (value as { credentials: unknown[] }).credentials;
  }
  if (typeof value === 'object' && value !== null) return [value];
  throw new CliError(`${source} holds neither a credential nor a list of credentials`);
}

/** `microcred stack`: a stacking decision toward a target under a policy. */
export async function stackCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      target: { type: 'string' },
      policy: { type: 'string' },
      'reference-date': { type: 'string' },
      'node-budget': { type: 'string' },
      locale: { type: 'string' },
      html: { type: 'string' },
      json: { type: 'boolean' },
      ...MAX_BYTES_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, stackHelp, values, positionals, { min: 1, max: Infinity })) return 0;
  if (values.target === undefined || values.policy === undefined) {
    throw new CliError(`--target and --policy are required\n\n${stackHelp}`);
  }
  const locale = localeOption(values.locale);
  const budget = integer('node-budget', values['node-budget']);
  const io = inputOptions(terminal, values['max-bytes']);
  const target = await readConfig('target', values.target, io, safeParseQualification);
  const policy = await readConfig('policy', values.policy, io, safeParseRecognitionPolicy);
  const files = (await Promise.all(positionals.map(filesOf))).flat();
  const bar = progress(terminal, files.length, { json: values.json === true });
  const credentials: unknown[] = [];
  // Where each credential came from, so that a refused credential is named by its file and position.
  const origins: { file: string; position: number }[] = [];
  for (const file of files) {
    bar.step(file);
    const found = credentialsIn(await readJsonInput(file, io), file);
    for (const position of found.keys()) origins.push({ file, position });
    credentials.push(...found);
  }
  bar.done();
  let decision: ReturnType<typeof evaluateStacking>;
  try {
    decision = evaluateStacking(credentials as Parameters<typeof evaluateStacking>[0], target, policy, {
      ...(values['reference-date'] === undefined ? {} : { referenceDate: values['reference-date'] }),
      ...(budget === undefined ? {} : { nodeBudget: budget }),
    });
  } catch (error) {
    throw credentialError(error, origins);
  }
  if (values.html !== undefined) {
    await writeOutput(values.html, formatStackingDecision(decision, { format: 'html', locale }));
    if (!terminal.quiet && values.json !== true) terminal.err(`HTML report written to ${values.html}`);
  }
  if (values.json === true) {
    printJson(terminal, decision);
  } else {
    const colour = decision.status === 'eligible' ? 'green' : decision.status === 'not-eligible' ? 'red' : 'yellow';
    terminal.out(`${paint(terminal, colour, decision.status)} ${credentials.length} credential(s) toward ${target.id}`);
    terminal.out(formatStackingDecision(decision, { format: 'text', locale }));
  }
  return decision.status === 'eligible' ? 0 : 1;
}

/** Names the portfolio file (and the position in it) of a credential the engine refused. */
function credentialError(error: unknown, origins: readonly { file: string; position: number }[]): unknown {
  if (!isMicrocredError(error, 'ERR_VALIDATION')) return error;
  const first = error.issues[0]?.path[0];
  const origin = typeof first === 'number' ? origins[first] : undefined;
  if (origin === undefined) return error;
  const issues = error.issues.filter((i) => i.path[0] === first).map((i) => ({ ...i, path: i.path.slice(1) }));
  return new CliError(
    `${origin.file === '-' ? 'standard input' : origin.file}: credential #${origin.position + 1} cannot be stacked (${error.code}):\n${issueLines(issues)}`,
  );
}
