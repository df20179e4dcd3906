import { parseArgs } from 'node:util';
import { type MicroCredential, parseMicroCredential } from 'microcred';
import {
  fromElm,
  fromOpenBadge,
  fromVerifiableCredential,
  type ImportResult,
  type InteropWarning,
  toElm,
  toOpenBadge,
  toVerifiableCredential,
} from 'microcred/interop';
import { handleHelp, oneOf } from '../args.js';
import { CliError } from '../cli-error.js';
import { readInputBytes } from '../files/read-input.js';
import { type InputOptions, inputOptions, MAX_BYTES_OPTION, readJsonInput } from '../io.js';
import { paint, printJson, type Terminal } from '../terminal.js';
import { readForConvert } from './convert-read.js';
import { READ_FORMATS, type ReadFormat, readHandedIn } from './credential-input.js';

const FORMATS = ['ob3', 'vc2', 'elm'] as const;
type Format = (typeof FORMATS)[number];
const FROM_FORMATS = [...FORMATS, ...(Object.keys(READ_FORMATS) as ReadFormat[])] as const;

export const convertHelp = `Usage: microcred convert <file|token|-> --to ob3|vc2|elm [options]
       microcred convert <file|token|-> --from <format> [--to ob3|vc2|elm] [options]

Converts between the microcred model and Open Badges 3.0 (ob3), W3C Verifiable Credentials 2.0 (vc2) and
ELM 3 European Digital Credentials (elm), and reads what a learner hands in. With --to only, the input is a
microcred credential and the output is the export; a credential JWT, an SD-JWT VC, a JSON credential with a
Data Integrity proof, an Open Badges 2.0 assertion or a baked PNG/SVG badge is recognised and read first, as
with --from auto. With --from, the input is a document in that format and the output is the microcred
credential (or, with --to as well, its export in another format). The result is JSON on stdout; warnings
(parts kept as extensions, unknown concepts) go to stderr.

Signed inputs are read WITHOUT verification: no signature, proof, issuer, validity period or status is
checked, and stderr says so (run "microcred verify" for that). Nothing is fetched: an Open Badges 2.0
BadgeClass or issuer given by URL is listed as not read, and a badge that only points to a hosted assertion
is an input error naming the URL.

Formats for --from:
  ob3, vc2, elm           an unsigned JSON document of that format
  auto                    any credential below, recognised by its content
  jwt                     a compact JWS: vc-jose-cose, vc11-jwt or ob30-jwt
  sd-jwt                  an SD-JWT VC (issued or presented; the key-binding JWT is not checked)
  data-integrity          a JSON credential with a Data Integrity proof (VC 1.1 or 2.0, OB 3.0)
  ob2                     an Open Badges 2.0 assertion: hosted (JSON) or signed (compact JWS)
  image                   a baked PNG or SVG badge: what is baked in is read as above

Options:
  --to <format>           export to ob3, vc2 or elm
  --from <format>         import from one of the formats above
  --id <uri>              the credential id, when the model has none
  --issuer-id <uri>       the issuer id, when the model has none
  --achievement-id <uri>  the OB 3.0 achievement id, when the model has no specificationId
  --display <png|jpeg>    the image EDC displays (required by --to elm)
  --language <tag>        the language of plain-string text in ELM output
  --strict                refuse parts that cannot be mapped instead of keeping them as extensions
  --json                  with --from (or a read input): print the whole import result (credential or draft,
                          missing elements, issues, warnings; for a read input readAny's result, with
                          "verified": false) instead of the credential alone; with --to only, the output
                          is the exported document, as without --json
  --max-bytes <n>         the input limit in bytes, for the document and the --display image (KiB and
                          MiB suffixes allowed; default 1MiB, at most 64MiB)
  -h, --help              show this help

Exit codes: 0 converted, 1 the imported document lacks Annex I elements (a draft is printed),
2 usage or input error (including a credential the target format cannot hold, an input that is not the
--from format, an endorsement or CLR bundle, and a malformed image).`;

/**
 * `microcred convert`: model → format (--to), format → model (--from), or format → format; a handed-in credential
 * (token, Data Integrity, OB 2.0, badge image) is read with `readAny`, not verified.
 */
export async function convertCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      from: { type: 'string' },
      id: { type: 'string' },
      'issuer-id': { type: 'string' },
      'achievement-id': { type: 'string' },
      display: { type: 'string' },
      language: { type: 'string' },
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
      ...MAX_BYTES_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, convertHelp, values, positionals, { min: 1, max: 1 })) return 0;
  const to = oneOf('to', values.to, FORMATS);
  const from = oneOf('from', values.from, FROM_FORMATS);
  if (to === undefined && from === undefined) throw new CliError(`give --to, --from or both\n\n${convertHelp}`);
  const source = positionals[0] as string;
  const io = inputOptions(terminal, values['max-bytes']);
  // Elements carried in the extension context are expected, not a problem: one note, silenced by --quiet.
  const extension: string[] = [];
  const warn = (w: InteropWarning) => {
    if (w.code === 'not-native') extension.push(w.path.join('.'));
    else
      terminal.err(
        `${paint(terminal, 'yellow', 'warning')} ${w.code} at ${w.path.join('.') || '(root)'}: ${w.message}`,
      );
  };
  const note = () => {
    if (extension.length > 0 && !terminal.quiet) {
      terminal.err(
        `note: ${extension.length} element(s) carried in the microcred extension context: ${extension.join(', ')}`,
      );
    }
  };

  let mc: MicroCredential | undefined;
  let imported: { readonly result: ImportResult; readonly json: unknown } | undefined;
  if (from === 'ob3' || from === 'vc2' || from === 'elm') {
    const result = importFrom(from, await readJsonInput(source, io), values.strict === true);
    imported = { result, json: result };
  } else {
    const handedIn = await readHandedIn(source, io);
    if (from === undefined && handedIn.kind === 'model') mc = parseMicroCredential(handedIn.value);
    else {
      const { result, read } = await readForConvert(handedIn, from ?? 'auto', source, values.strict === true, terminal);
      imported = { result, json: read };
    }
  }
  if (imported !== undefined) {
    const { result } = imported;
    // A missing element is reported once, in the "missing" line, not again as a warning and an issue.
    const missing = new Set<string>(result.complete ? [] : result.missing);
    for (const w of result.warnings) if (!(w.code === 'element-missing' && missing.has(String(w.path[0])))) warn(w);
    if (!result.complete) {
      terminal.err(`${paint(terminal, 'red', 'incomplete')}: missing ${result.missing.join(', ')}`);
      for (const issue of result.issues) {
        if (issue.code === 'required' && issue.path.length === 1 && missing.has(String(issue.path[0]))) continue;
        terminal.err(`  ${issue.path.join('.') || '(root)'}: ${issue.message} [${issue.code}]`);
      }
      printJson(terminal, values.json === true ? imported.json : result.draft);
      return 1;
    }
    if (to === undefined) {
      printJson(terminal, values.json === true ? imported.json : result.credential);
      return 0;
    }
    mc = result.credential;
  }
  printJson(terminal, await exportTo(to as Format, mc as MicroCredential, values, warn, io));
  note();
  return 0;
}

function importFrom(format: Format, input: unknown, strict: boolean): ImportResult {
  const options = { unmappable: strict ? ('reject' as const) : ('keep' as const) };
  if (format === 'ob3') return fromOpenBadge(input, options);
  if (format === 'vc2') return fromVerifiableCredential(input, options);
  return fromElm(input, options);
}

async function exportTo(
  format: Format,
  mc: MicroCredential,
  values: {
    readonly id?: string | undefined;
    readonly 'issuer-id'?: string | undefined;
    readonly 'achievement-id'?: string | undefined;
    readonly display?: string | undefined;
    readonly language?: string | undefined;
  },
  onWarning: (w: InteropWarning) => void,
  io: InputOptions,
): Promise<Record<string, unknown>> {
  const ids = {
    ...(values.id === undefined ? {} : { id: values.id }),
    ...(values['issuer-id'] === undefined ? {} : { issuerId: values['issuer-id'] }),
    onWarning,
  };
  if (format === 'vc2') return toVerifiableCredential(mc, ids);
  if (format === 'ob3') {
    const achievementId = values['achievement-id'];
    return toOpenBadge(mc, { ...ids, ...(achievementId === undefined ? {} : { achievementId }) });
  }
  if (values.display === undefined) throw new CliError('--to elm needs --display <image.png|image.jpg>: EDC shows it');
  return toElm(mc, {
    ...ids,
    display: await readDisplay(values.display, io),
    ...(values.language === undefined ? {} : { language: values.language }),
  });
}

/** Reads the --display image under the same rules and limit as every input (a regular file, bounded). */
async function readDisplay(
  path: string,
  io: InputOptions,
): Promise<{ content: string; mediaType: 'image/png' | 'image/jpeg' }> {
  const bytes = Buffer.from(await readInputBytes(path, io.maxBytes));
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!png && !jpeg) throw new CliError(`${path} is neither a PNG nor a JPEG image`);
  return { content: bytes.toString('base64'), mediaType: png ? 'image/png' : 'image/jpeg' };
}
