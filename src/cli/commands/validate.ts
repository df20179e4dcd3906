import { parseArgs } from 'node:util';
import { safeParseMicroCredential } from 'microcred';
import { readAny } from 'microcred/verify';
import { handleHelp } from '../args.js';
import { inputOptions, MAX_BYTES_OPTION } from '../io.js';
import { paint, printJson, type Terminal } from '../terminal.js';
import { readHandedIn } from './credential-input.js';
import { isComplete, printReadValidation } from './read-report.js';

export const validateHelp = `Usage: microcred validate <file|token|-> [--keep-unknown] [--json] [--max-bytes <n>]

Validates a micro-credential (JSON) against the model: every Annex I element, strict shapes,
no unknown keys (unless --keep-unknown), size and depth limits.

It also reads what a learner hands in, WITHOUT verifying it: a credential JWT (vc-jose-cose, vc11-jwt,
ob30-jwt), an SD-JWT VC, a JSON credential with a Data Integrity proof, an Open Badges 2.0 assertion
(hosted or signed), or a baked PNG or SVG badge. The credential it carries is read into the model and
checked for every Annex I element; no signature, proof, issuer, validity period or status is checked, and
the output says so (run "microcred verify" for that). Nothing is fetched: an Open Badges 2.0 BadgeClass or
issuer given by URL is listed as not read, and a badge image that only points to a hosted assertion is an
input error naming the URL.

Options:
  --keep-unknown  accept unknown keys, list them as warnings (model JSON only; a read credential keeps
                  what the model has no place for in its extensions, with a warning)
  --json          print the result object as JSON (for a read credential: readAny's result with "valid")
  --max-bytes <n> the input limit in bytes (KiB and MiB suffixes allowed; default 1MiB, at most 64MiB)
  -h, --help      show this help

Exit codes: 0 valid (a read credential: complete), 1 invalid, incomplete or not a micro-credential,
2 usage or input error (including an input that is no credential format, or a malformed image).`;

/** `microcred validate`: exit 0 when valid, 1 when not; a handed-in credential is read (not verified) first. */
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
  const handedIn = await readHandedIn(source, inputOptions(terminal, values['max-bytes']));
  if (handedIn.kind === 'credential') {
    const read = await readAny(handedIn.value);
    if (values.json !== true) return printReadValidation(terminal, read, source);
    printJson(terminal, { valid: isComplete(read), ...read });
    return isComplete(read) ? 0 : 1;
  }
  const input = handedIn.value;
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
