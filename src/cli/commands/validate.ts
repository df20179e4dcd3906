import { parseArgs } from 'node:util';
import { safeParseMicroCredential } from 'microcred';
import { handleHelp } from '../args.js';
import { inputOptions, MAX_BYTES_OPTION, readJsonInput } from '../io.js';
import { paint, type Terminal } from '../terminal.js';

export const validateHelp = `Usage: microcred validate <file|-> [--keep-unknown] [--json] [--max-bytes <n>]

Validates a micro-credential (JSON) against the model: every Annex I element, strict shapes,
no unknown keys (unless --keep-unknown), size and depth limits.

Options:
  --keep-unknown  accept unknown keys, list them as warnings
  --json          print the result object as JSON
  --max-bytes <n> the input limit in bytes (KiB and MiB suffixes allowed; default 1MiB, at most 64MiB)
  -h, --help      show this help

Exit codes: 0 valid, 1 invalid, 2 usage or input error.`;

/** `microcred validate`: exit 0 when valid, 1 when not. */
export async function validateCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'keep-unknown': { type: 'boolean' },
      json: { type: 'boolean' },
      ...MAX_BYTES_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, validateHelp, values, positionals, { min: 1, max: 1 })) return 0;
  const source = positionals[0] as string;
  const input = await readJsonInput(source, inputOptions(terminal, values['max-bytes']));
  const result = safeParseMicroCredential(input, { unknownKeys: values['keep-unknown'] === true ? 'keep' : 'reject' });
  if (values.json === true) {
    terminal.out(
      JSON.stringify(
        result.success
          ? { valid: true, unknownKeys: result.unknownKeys }
          : { valid: false, code: result.error.code, issues: result.error.issues },
        null,
        2,
      ),
    );
    return result.success ? 0 : 1;
  }
  if (result.success) {
    terminal.out(`${paint(terminal, 'green', 'valid')} ${source}`);
    for (const path of result.unknownKeys) terminal.err(`warning: unknown key kept at ${path.join('.')}`);
    return 0;
  }
  terminal.out(`${paint(terminal, 'red', 'invalid')} ${source} (${result.error.code})`);
  for (const issue of result.error.issues) {
    terminal.out(`  ${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.message} [${issue.code}]`);
  }
  return 1;
}
