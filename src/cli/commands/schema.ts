import { parseArgs } from 'node:util';
import { SCHEMA_NAMES, type SchemaName, toJsonSchema } from 'microcred/json-schema';
import { CliError } from '../cli-error.js';
import type { Terminal } from '../terminal.js';

export const schemaHelp = `Usage: microcred schema <name>

Prints the JSON Schema (draft 2020-12) of a model. Names: ${SCHEMA_NAMES.join(', ')}.

Options:
  -h, --help  show this help`;

/** `microcred schema <name>`: prints the schema. */
export async function schemaCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    terminal.out(schemaHelp);
    return 0;
  }
  const name = positionals[0];
  if (name === undefined || positionals.length > 1) {
    terminal.err(schemaHelp);
    return 2;
  }
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new CliError(`unknown schema "${name}"; one of: ${SCHEMA_NAMES.join(', ')}`);
  }
  terminal.out(JSON.stringify(toJsonSchema(name as SchemaName), null, 2));
  return 0;
}
