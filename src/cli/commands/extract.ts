import { parseArgs } from 'node:util';
import { extractBadgeImage } from 'microcred/interop';
import { handleHelp } from '../args.js';
import { printJson, type Terminal } from '../terminal.js';
import { readImageFile } from './image-file.js';

export const extractHelp = `Usage: microcred extract <image|-> [--json]

Reads the credential baked into a badge image (PNG or SVG): Open Badges 3.0, CLR 2.0 or Open Badges 2.0.
Prints what is embedded — the compact JWS, the JSON credential, or an OB 2.0 hosted assertion URL — on stdout,
and which form it was on stderr. The image is only an envelope: verify what it carries
(microcred verify for a JWS).

Options:
  --json      print { image, spec, kind, value } instead of the value alone
  -h, --help  show this help

Exit codes: 0 a credential was found, 1 the image carries none, 2 usage or input error (a malformed,
ambiguous or oversized image).`;

/** `microcred extract <image>`. */
export async function extractCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, extractHelp, values, positionals, { min: 1, max: 1 })) return 0;
  const found = extractBadgeImage(await readImageFile(positionals[0] as string));
  if (found === undefined) {
    if (values.json === true) printJson(terminal, null);
    if (values.quiet !== true) terminal.err('no credential is baked into this image');
    return 1;
  }
  if (values.json === true) printJson(terminal, found);
  else if (found.kind === 'json') printJson(terminal, found.value);
  else terminal.out(found.value);
  if (values.quiet !== true && values.json !== true) {
    terminal.err(
      `${found.spec} ${found.kind === 'json' ? 'JSON credential' : found.kind === 'jws' ? 'compact JWS' : 'hosted assertion URL'} in a ${found.image.toUpperCase()} image`,
    );
  }
  return 0;
}
