import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { handleHelp } from '../args.js';
import { CliError } from '../cli-error.js';
import type { Terminal } from '../terminal.js';

export const demoHelp = `Usage: microcred demo [--where]

Runs the end-to-end demo on the example credentials shipped with the package: build and check a
credential, evaluate stacking toward a target, sign, verify, revoke, export to Open Badges 3.0 and ELM,
and write an HTML report whose path it prints. The same journey as "npm run demo" in a clone.

Options:
  --where     print the path of the demo script and its data instead of running it
  -h, --help  show this help`;

/** The demo script, beside the built CLI in the package: dist/cli/bin.js → examples/demo.mjs. */
const DEMO = fileURLToPath(new URL('../../examples/demo.mjs', import.meta.url));

/** `microcred demo`: runs examples/demo.mjs in this process. */
export async function demoCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { where: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (handleHelp(terminal, demoHelp, values, positionals, { min: 0, max: 0 })) return 0;
  if (!existsSync(DEMO)) throw new CliError(`the demo is not installed (expected ${DEMO})`);
  if (values.where === true) {
    terminal.out(DEMO);
    return 0;
  }
  await import(pathToFileURL(DEMO).href);
  return 0;
}
