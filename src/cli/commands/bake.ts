import { parseArgs } from 'node:util';
import { type BadgeSpec, bakeBadgeImage } from 'microcred/interop';
import { handleHelp, oneOf } from '../args.js';
import { CliError } from '../cli-error.js';
import { inputOptions, MAX_BYTES_OPTION, parseJsonText, readInput, writeOutput } from '../io.js';
import type { Terminal } from '../terminal.js';
import { readImageFile } from './image-file.js';

export const bakeHelp = `Usage: microcred bake <image> <credential|-> --out <file> [options]

Bakes a credential into a badge image (PNG or SVG) following the Open Badges baking rules: one uncompressed
iTXt chunk in a PNG, one element as the first child of <svg> in an SVG. Any credential already baked in is
replaced. The credential file holds a compact JWS (a signed credential) or a JSON credential or OB 2.0
assertion. The specification (OB 3.0, OB 2.0 or CLR 2.0) is read from the credential unless --spec says.

Options:
  --out <file>       where to write the baked image (required)
  --spec <spec>      ob3, ob2 or clr2 (default: read from the credential)
  --max-bytes <n>    the credential file's size limit (default 1MiB, at most 64MiB)
  -h, --help         show this help

Exit codes: 0 baked, 2 usage or input error (a malformed image or credential).`;

const SPECS: readonly BadgeSpec[] = ['ob3', 'ob2', 'clr2'];

/** `microcred bake <image> <credential> --out <file>`. */
export async function bakeCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      spec: { type: 'string' },
      quiet: { type: 'boolean' },
      ...MAX_BYTES_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, bakeHelp, values, positionals, { min: 2, max: 2 })) return 0;
  const [imagePath, credentialPath] = positionals as [string, string];
  if (values.out === undefined) throw new CliError(`--out is required\n\n${bakeHelp}`);
  if (imagePath === '-' && credentialPath === '-') throw new CliError('the image and the credential cannot both be -');
  const spec = oneOf('spec', values.spec, SPECS);
  const io = inputOptions(terminal, values['max-bytes']);
  const text = (await readInput(credentialPath, io)).trim();
  const credential = text.startsWith('{')
    ? (parseJsonText(text, credentialPath, io.maxBytes) as Record<string, unknown>)
    : text;
  const image = await readImageFile(imagePath);
  const baked = bakeBadgeImage(image, credential, spec === undefined ? {} : { spec });
  // Bytes are written unchanged (a string SVG too), so the file is exactly what was baked.
  await writeOutput(values.out, typeof baked === 'string' ? new TextEncoder().encode(baked) : baked, { replace: true });
  if (values.quiet !== true) terminal.err(`baked into ${values.out} (${typeof baked === 'string' ? 'SVG' : 'PNG'})`);
  return 0;
}
