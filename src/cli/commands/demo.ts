import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { handleHelp } from '../args.js';
import { CliError } from '../cli-error.js';
import { printJson, type Terminal } from '../terminal.js';

export const demoHelp = `Usage: microcred demo [--where [--json]]

Runs the end-to-end demo on the example credentials shipped with the package: build and check a
credential, evaluate stacking toward a target, sign, verify, revoke, export to Open Badges 3.0 and ELM,
and write an HTML report whose path it prints. The same journey as "npm run demo" in a clone.

Options:
  --where     print the path of the demo script and its data instead of running it
  --json      with --where: print { "script": <path> }; the demo itself prints a narrative for people
              and has no JSON form
  -h, --help  show this help

Exit codes: 0 done, 2 usage error (or the demo is not installed).`;

/** The demo script, beside the built CLI in the package: dist/cli/bin.js → examples/demo.mjs. */
const DEMO = fileURLToPath(new URL('../../examples/demo.mjs', import.meta.url));

/** `microcred demo`: runs examples/demo.mjs in this process. */
export async function demoCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { where: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (handleHelp(terminal, demoHelp, values, positionals, { min: 0, max: 0 })) return 0;
  if (values.json === true && values.where !== true) {
    throw new CliError('--json needs --where: the demo prints a narrative for people, with no JSON form');
  }
  if (!existsSync(DEMO)) throw new CliError(`the demo is not installed (expected ${DEMO})`);
  if (values.where === true) {
    if (values.json === true) printJson(terminal, { script: DEMO });
    else terminal.out(DEMO);
    return 0;
  }
  await import(pathToFileURL(DEMO).href);
  return 0;
}
