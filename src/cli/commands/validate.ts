import { parseArgs } from 'node:util';
import { safeParseMicroCredential } from 'microcred';
import { parseJsonText, readInput } from '../io.js';
import { paint, type Terminal } from '../terminal.js';

export const validateHelp = `Usage: microcred validate <file|-> [--keep-unknown] [--json]

Validates a micro-credential (JSON) against the model: every Annex I element, strict shapes,
no unknown keys (unless --keep-unknown), size and depth limits.

Options:
  --keep-unknown  accept unknown keys, list them as warnings
  --json          print the result object as JSON
  -h, --help      show this help

Exit codes: 0 valid, 1 invalid, 2 usage or input error.`;

/** `microcred validate`: exit 0 when valid, 1 when not. */
export async function validateCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'keep-unknown': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    terminal.out(validateHelp);
    return 0;
  }
  const source = positionals[0];
  if (source === undefined || positionals.length > 1) {
    terminal.err(validateHelp);
    return 2;
  }
  const input = parseJsonText(await readInput(source), source);
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
