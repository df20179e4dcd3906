import { readFileSync } from 'node:fs';
import { isMicrocredError } from 'microcred';
import { CliError } from './cli-error.js';
import { bakeCommand, bakeHelp } from './commands/bake.js';
import { checkCommand, checkHelp } from './commands/check.js';
import { convertCommand, convertHelp } from './commands/convert.js';
import { demoCommand, demoHelp } from './commands/demo.js';
import { extractCommand, extractHelp } from './commands/extract.js';
import { keygenCommand, keygenHelp } from './commands/keygen.js';
import { schemaCommand, schemaHelp } from './commands/schema.js';
import { signCommand, signHelp } from './commands/sign.js';
import { stackCommand, stackHelp } from './commands/stack.js';
import { statusCommand, statusHelp } from './commands/status.js';
import { validateCommand, validateHelp } from './commands/validate.js';
import { verifyCommand, verifyHelp } from './commands/verify.js';
import type { Terminal } from './terminal.js';

type Command = (args: string[], terminal: Terminal) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; help: string; summary: string }>> = {
  validate: { run: validateCommand, help: validateHelp, summary: 'validate a micro-credential against the model' },
  check: { run: checkCommand, help: checkHelp, summary: 'check completeness against a profile (file or folder)' },
  convert: {
    run: convertCommand,
    help: convertHelp,
    summary: 'convert to or from Open Badges 3.0, W3C VC 2.0 and ELM 3',
  },
  stack: { run: stackCommand, help: stackHelp, summary: 'evaluate stacking toward a target qualification' },
  keygen: { run: keygenCommand, help: keygenHelp, summary: 'generate an issuer key pair as JWKs' },
  sign: { run: signCommand, help: signHelp, summary: 'sign a credential as a compact JWS' },
  verify: { run: verifyCommand, help: verifyHelp, summary: 'verify credential JWTs (one or a batch)' },
  status: { run: statusCommand, help: statusHelp, summary: 'keep a status list: create, allocate, revoke, publish' },
  schema: { run: schemaCommand, help: schemaHelp, summary: 'print the JSON Schema of a model' },
  bake: { run: bakeCommand, help: bakeHelp, summary: 'bake a credential into a PNG or SVG badge image' },
  extract: { run: extractCommand, help: extractHelp, summary: 'read the credential baked into a badge image' },
  demo: { run: demoCommand, help: demoHelp, summary: 'run the end-to-end demo on the example data' },
};

const usage = `Usage: microcred <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Common options: --json (print the result object unchanged), --quiet (no progress or notes on stderr),
--max-bytes <n> (the input limit, default 1MiB, at most 64MiB), -h, --help. microcred --version prints the
version.
Input is a file path (a regular file, strict UTF-8) or - for standard input. Colour only on a terminal and
without NO_COLOR.
Run "microcred <command> --help" (or "microcred help <command>") for a command's options.
Exit codes: 0 ok, 1 a check said no, 2 usage or input error.`;

/** The package's version, from the package.json beside the built CLI (dist/cli/bin.js → package.json). */
function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return String((JSON.parse(text) as { version?: unknown }).version);
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[], terminal: Terminal): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    terminal.out(packageVersion());
    return 0;
  }
  if (name === 'help' && rest.length > 0) return main([...rest, '--help'], terminal);
  if (name === undefined) {
    terminal.err(usage);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    terminal.out(usage);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    terminal.err(`microcred: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  try {
    return await command.run(rest, terminal);
  } catch (error) {
    if (error instanceof CliError) {
      terminal.err(`microcred ${name}: ${error.message}`);
      return 2;
    }
    if (isMicrocredError(error)) {
      terminal.err(`microcred ${name}: ${error.code}: ${error.message}`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      terminal.err(`microcred ${name}: ${error.message}\n\n${command.help}`);
      return 2;
    }
    throw error;
  }
}
