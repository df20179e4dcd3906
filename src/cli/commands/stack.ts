import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateStacking, formatStackingDecision, parseQualification, parseRecognitionPolicy } from 'microcred';
import { handleHelp, integer } from '../args.js';
import { CliError } from '../cli-error.js';
import { readJsonInput, writeOutput } from '../io.js';
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
  --quiet                  no progress on stderr
  -h, --help               show this help

Exit codes: 0 eligible, 1 not eligible or undetermined, 2 usage or input error.`;

async function filesOf(source: string): Promise<string[]> {
  if (source === '-') return ['-'];
  const info = await stat(source).catch(() => undefined);
  if (info === undefined) throw new CliError(`cannot read ${source}: ENOENT`);
  if (!info.isDirectory()) return [source];
  return (await readdir(source))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(source, f));
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
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, stackHelp, values, positionals, { min: 1, max: Infinity })) return 0;
  if (values.target === undefined || values.policy === undefined) {
    throw new CliError(`--target and --policy are required\n\n${stackHelp}`);
  }
  const locale = localeOption(values.locale);
  const budget = integer('node-budget', values['node-budget']);
  const target = parseQualification(await readJsonInput(values.target));
  const policy = parseRecognitionPolicy(await readJsonInput(values.policy));
  const files = (await Promise.all(positionals.map(filesOf))).flat();
  const bar = progress(terminal, files.length, { json: values.json === true });
  const credentials: unknown[] = [];
  for (const file of files) {
    bar.step(file);
    credentials.push(...credentialsIn(await readJsonInput(file), file));
  }
  bar.done();
  const decision = evaluateStacking(credentials as Parameters<typeof evaluateStacking>[0], target, policy, {
    ...(values['reference-date'] === undefined ? {} : { referenceDate: values['reference-date'] }),
    ...(budget === undefined ? {} : { nodeBudget: budget }),
  });
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
