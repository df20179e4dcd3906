import { parseArgs } from 'node:util';
import { SCHEMA_NAMES, type SchemaName, toJsonSchema } from 'microcred/json-schema';
import { handleHelp } from '../args.js';
import { CliError } from '../cli-error.js';
import { printJson, type Terminal } from '../terminal.js';

export const schemaHelp = `Usage: microcred schema <name> [--json]

Prints the JSON Schema (draft 2020-12) of a model. Names: ${SCHEMA_NAMES.join(', ')}.

Options:
  --json      accepted for uniformity: the output is always the schema object, unchanged
  -h, --help  show this help

Exit codes: 0 printed, 2 usage error (an unknown name).`;

/** `microcred schema <name>`: prints the schema. */
export async function schemaCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (handleHelp(terminal, schemaHelp, values, positionals, { min: 1, max: 1 })) return 0;
  const name = positionals[0] as string;
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new CliError(`unknown schema "${name}"; one of: ${SCHEMA_NAMES.join(', ')}`);
  }
  printJson(terminal, toJsonSchema(name as SchemaName));
  return 0;
}
