import { type CredentialInput, detectCredentialFormat } from 'microcred/verify';
import { CliError } from '../cli-error.js';
import { decodeUtf8 } from '../files/decode-text.js';
import { readInputBytes, sourceName } from '../files/read-input.js';
import { type InputOptions, parseJsonText } from '../io.js';
import { isTokenArgument } from './verify-input.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/**
 * What `validate` and `convert` were handed: a microcred model (any JSON that is no credential format, read and
 * refused exactly as before), or a credential to read with `readAny` (a compact JWS or SD-JWT, a JSON document with
 * a Data Integrity proof, an Open Badges 2.0 assertion, a PNG or SVG badge image).
 */
export type HandedIn =
  | { readonly kind: 'model'; readonly value: unknown }
  | { readonly kind: 'credential'; readonly value: CredentialInput };

/**
 * Reads a command's input: a token given as the argument itself, or a file (or `-`) that is a PNG image, an SVG
 * image, one token, or JSON. JSON is parsed by the safe parser (repeated names refused) and is a credential only
 * when `detectCredentialFormat` recognises it; otherwise it is the model, as before.
 *
 * @throws CliError for text that is not UTF-8 or JSON that is not acceptable, naming the source
 */
export async function readHandedIn(source: string, io: InputOptions): Promise<HandedIn> {
  if (isTokenArgument(source)) return { kind: 'credential', value: source };
  const bytes = await readInputBytes(source, io.maxBytes);
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { kind: 'credential', value: bytes };
  const { text, bom } = decodeUtf8(bytes, source);
  if (bom) io.note(`${sourceName(source)} starts with a UTF-8 byte order mark; it was ignored`);
  const trimmed = text.trim();
  if (trimmed.startsWith('<')) return { kind: 'credential', value: bytes };
  const lines = trimmed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length > 0 && lines.every(isTokenArgument)) {
    if (lines.length > 1)
      throw new CliError(`${sourceName(source)} holds ${lines.length} tokens; this command reads one credential`);
    return { kind: 'credential', value: lines[0] as string };
  }
  const value = parseJsonText(text, source, io.maxBytes);
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject && detectCredentialFormat(value as Readonly<Record<string, unknown>>).format !== undefined)
    return { kind: 'credential', value: value as Readonly<Record<string, unknown>> };
  return { kind: 'model', value };
}

/** The `--from` names of the formats `readAny` reads, and the detected formats each admits. */
export const READ_FORMATS = {
  auto: ['jwt', 'sd-jwt', 'data-integrity', 'open-badge-2', 'png', 'svg'],
  jwt: ['jwt'],
  'sd-jwt': ['sd-jwt'],
  'data-integrity': ['data-integrity'],
  ob2: ['open-badge-2'],
  image: ['png', 'svg'],
} as const;
export type ReadFormat = keyof typeof READ_FORMATS;

/**
 * Checks that a handed-in input is what `--from` says, before anything is read: a model JSON is no credential
 * format, and a detected format must be one `--from` admits.
 *
 * @throws CliError naming what was recognised
 */
export function expectFormat(handedIn: HandedIn, from: ReadFormat, source: string): CredentialInput {
  const name = sourceName(source);
  if (handedIn.kind === 'model') {
    const detected = detectCredentialFormat(handedIn.value as CredentialInput);
    throw new CliError(
      `${name} is not a credential format microcred reads (recognised: ${detected.recognised.join(' › ')}). ` +
        'A microcred model JSON is converted without --from; an unsigned OB 3.0, VC 2.0 or ELM document with ' +
        '--from ob3|vc2|elm',
    );
  }
  const { format, recognised } = detectCredentialFormat(handedIn.value);
  const admitted: readonly string[] = READ_FORMATS[from];
  if (format === undefined || !admitted.includes(format)) {
    throw new CliError(`${name} is not ${from} input (recognised: ${recognised.join(' › ')})`);
  }
  return handedIn.value;
}
