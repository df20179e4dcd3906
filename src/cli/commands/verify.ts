import { parseArgs } from 'node:util';
import { isMicrocredError } from 'microcred';
import { type FetchLike, type VerifiedCredential, verifyCredentials } from 'microcred/jwt';
import { type VerifyAnyResult, verifyAny } from 'microcred/verify';
import { handleHelp, integer } from '../args.js';
import { CliError } from '../cli-error.js';
import { readInputBytes, sourceName } from '../files/read-input.js';
import { type InputOptions, inputOptions, MAX_BYTES_OPTION, parseJsonText, readInput } from '../io.js';
import { verificationKey } from '../keys.js';
import { paint, printJson, progress, type Terminal } from '../terminal.js';
import { statusAdvice } from './verify-advice.js';
import {
  classifyVerifyInput,
  inputsOrAdvice,
  isTokenArgument,
  unsupportedAdvice,
  type VerifyItem,
} from './verify-input.js';

export const verifyHelp = `Usage: microcred verify <token|file|->... (--key <public.jwk> | --jwks <file|url> --issuer <id> | --did) [options]

Verifies what a learner hands in: a credential JWT (vc-jose-cose, vc11-jwt, ob30-jwt), an SD-JWT VC, a
JSON credential with a Data Integrity proof, an Open Badges 2.0 assertion, a baked PNG or SVG badge, an
endorsement or a CLR bundle (each credential in it verified on its own): signature with a key bound to the
issuer, time claims, the credential itself, then its status. Each argument is a token, a file (one credential
or image, or tokens one per line) or - for standard input. Several tokens are verified as a batch, with
progress on stderr. A JSON credential without a proof is not signed: sign it first ("microcred sign") or
check it with "microcred validate"

Options:
  --key <file>            trust this public JWK
  --jwks <file|url>       trust this JWKS for the issuer given with --issuer (HTTPS URLs only)
  --issuer <id>           the issuer id the JWKS belongs to
  --did                   resolve the issuer's DID (did:key offline, did:web over HTTPS)
  --now <date-time>       verify as of this time (default: now)
  --status-list <file>    a signed status list credential to use instead of fetching it (repeatable;
                          written as [url=]file, the URL read from the list's id when omitted)
  --no-status             do not check status (the result says it was not checked)
  --concurrency <n>       tokens verified at once in a batch (default 8)
  --json                  print the verified credential (one token) or the batch results
  --max-bytes <n>         the input limit per file in bytes (KiB and MiB suffixes allowed; default 1MiB,
                          at most 64MiB)
  --quiet                 no progress on stderr
  -h, --help              show this help

Exit codes: 0 every token verified, 1 a token failed verification (revoked, expired, bad signature, ...),
2 usage or input error.`;

async function inputsOf(source: string, io: InputOptions): Promise<readonly VerifyItem[]> {
  if (isTokenArgument(source)) return [{ kind: 'token', value: source }];
  const input = classifyVerifyInput(await readInputBytes(source, io.maxBytes), source);
  if (input.kind === 'tokens' && input.bom)
    io.note(`${sourceName(source)} starts with a UTF-8 byte order mark; it was ignored`);
  return inputsOrAdvice(input, source, (text) => parseJsonText(text, source, io.maxBytes));
}

/** The URL a status list credential token says it is published at (its `id`), read without trusting it. */
function listUrl(token: string, file: string): string {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      id?: unknown;
    };
    if (typeof payload.id === 'string') return payload.id;
  } catch {
    // fall through: the URL must be given
  }
  throw new CliError(`${file}: cannot read the list's URL; write --status-list <url>=<file>`);
}

/** A fetch that serves the given status list files by URL and refuses every other request. */
async function localStatusFetch(
  specs: readonly string[],
  io: InputOptions,
): Promise<{ fetch: FetchLike; urls: string[] }> {
  const lists = new Map<string, string>();
  for (const spec of specs) {
    const split = spec.match(/^(https:\/\/[^=]+)=(.+)$/);
    const file = split?.[2] ?? spec;
    const token = (await readInput(file, io)).trim();
    lists.set(split?.[1] ?? listUrl(token, file), token);
  }
  const fetch: FetchLike = async (input) => {
    const url = String(input);
    const token = lists.get(url);
    return token === undefined
      ? new Response('not served by --status-list', { status: 404 })
      : new Response(token, { status: 200, headers: { 'content-type': 'application/vc+jwt' } });
  };
  return { fetch, urls: [...lists.keys()] };
}

function describe(v: VerifiedCredential): string {
  const title = typeof v.credential.title === 'string' ? v.credential.title : Object.values(v.credential.title)[0];
  const status = v.status.length === 0 ? 'no status' : v.status.map((s) => `${s.purpose} ${s.outcome}`).join(', ');
  return `${title} — issuer ${v.issuer}, ${v.profile}, ${status}`;
}

function describeAny(r: VerifyAnyResult): string {
  const title = r.credential === undefined ? undefined : r.credential.title;
  const name = title === undefined ? undefined : typeof title === 'string' ? title : Object.values(title)[0];
  const failed = (r.items ?? []).filter((i) => 'error' in i).length;
  const what =
    r.kind === 'endorsement'
      ? `endorsement of ${r.endorsed ?? '(no id)'}`
      : r.kind === 'clr'
        ? `CLR bundle of ${r.items?.length ?? 0} credential(s), ${failed} failed`
        : (name ?? `incomplete, missing ${r.missing.join(', ') || 'nothing'}`);
  const statuses = r.status.map((s) => {
    const entry = s as { purpose?: unknown; outcome?: unknown };
    return [entry.purpose, entry.outcome].filter((x) => typeof x === 'string').join(' ') || 'checked';
  });
  return `${what} — issuer ${r.issuer}, ${r.profile ?? r.format}, ${statuses.length === 0 ? 'no status' : statuses.join(', ')}`;
}

/** A verified input is accepted when it is what it claims to be in full: a complete credential, every CLR item. */
function acceptedAny(r: VerifyAnyResult): boolean {
  if (r.kind === 'clr') return (r.items ?? []).every((i) => 'result' in i && acceptedAny(i.result));
  return r.kind === 'endorsement' || r.credential !== undefined;
}

function errorJson(error: unknown): Record<string, unknown> {
  if (!isMicrocredError(error)) return { message: String(error) };
  const { code, message } = error;
  const details = error as unknown as Record<string, unknown>;
  return { code, message, path: details['path'], checks: details['checks'], status: details['status'] };
}

/** `microcred verify`: one token or a batch. */
export async function verifyCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      key: { type: 'string' },
      jwks: { type: 'string' },
      issuer: { type: 'string' },
      did: { type: 'boolean' },
      now: { type: 'string' },
      'status-list': { type: 'string', multiple: true },
      'no-status': { type: 'boolean' },
      concurrency: { type: 'string' },
      json: { type: 'boolean' },
      ...MAX_BYTES_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, verifyHelp, values, positionals, { min: 1, max: Infinity })) return 0;
  const io = inputOptions(terminal, values['max-bytes']);
  const key = await verificationKey(values, io);
  const items: VerifyItem[] = [];
  for (const source of positionals) items.push(...(await inputsOf(source, io)));
  if (items.length > 1 && items.some((item) => item.kind !== 'token'))
    throw new CliError('a JSON credential or a badge image is verified on its own: pass it as the only input');
  const tokens = items.map((item) => (item.kind === 'token' ? item.value : ''));
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now !== undefined && Number.isNaN(now.getTime())) throw new CliError(`--now is not a date-time: ${values.now}`);
  const specs = values['status-list'] ?? [];
  const local = specs.length > 0 && values['no-status'] !== true ? await localStatusFetch(specs, io) : undefined;
  const lists = local?.urls;
  const options = {
    ...(now === undefined ? {} : { now }),
    ...(values['no-status'] === true
      ? { status: false as const }
      : local !== undefined
        ? { status: { fetch: local.fetch } }
        : {}),
  };
  const json = values.json === true;

  if (items.length === 1) {
    const item = items[0] as VerifyItem;
    try {
      const verified = await verifyAny(item.value, key, options);
      const accepted = acceptedAny(verified);
      if (json) printJson(terminal, verified);
      else terminal.out(`${paint(terminal, accepted ? 'green' : 'red', 'verified')} ${describeAny(verified)}`);
      return accepted ? 0 : 1;
    } catch (error) {
      if (!isMicrocredError(error) || error.code === 'ERR_OPTIONS_INVALID') throw error;
      if (error.code === 'ERR_INPUT_UNSUPPORTED')
        throw new CliError(unsupportedAdvice(item, positionals[0] ?? '-', error.message));
      if (json) printJson(terminal, { verified: false, error: errorJson(error) });
      else terminal.out(`${paint(terminal, 'red', 'failed')} ${error.code}: ${error.message}`);
      for (const line of statusAdvice([error], lists)) terminal.err(line);
      return 1;
    }
  }

  const bar = progress(terminal, tokens.length, { json });
  const concurrency = integer('concurrency', values.concurrency);
  const results = await verifyCredentials(tokens, key, {
    ...options,
    ...(concurrency === undefined ? {} : { concurrency }),
    onProgress: (p) => bar.step(`${p.failed} failed`),
  });
  bar.done();
  if (json) {
    printJson(
      terminal,
      results.map((r) =>
        r.ok ? { index: r.index, ok: true, value: r.value } : { index: r.index, ok: false, error: errorJson(r.error) },
      ),
    );
  } else {
    for (const r of results) {
      terminal.out(
        r.ok
          ? `${paint(terminal, 'green', 'verified')} #${r.index + 1} ${describe(r.value)}`
          : `${paint(terminal, 'red', 'failed')}   #${r.index + 1} ${r.error.code}: ${r.error.message}`,
      );
    }
    const failed = results.filter((r) => !r.ok).length;
    terminal.out(`${results.length - failed} verified, ${failed} failed`);
  }
  for (const line of statusAdvice(
    results.flatMap((r) => (r.ok ? [] : [r.error])),
    lists,
  ))
    terminal.err(line);
  return results.every((r) => r.ok) ? 0 : 1;
}
