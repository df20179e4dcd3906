import { parseArgs } from 'node:util';
import { isMicrocredError } from 'microcred';
import { type FetchLike, type VerifiedCredential, verifyCredentials } from 'microcred/jwt';
import { type VerifyAnyResult, verifyAny } from 'microcred/verify';
import { handleHelp, integer } from '../args.js';
import { CliError } from '../cli-error.js';
import { readInput } from '../io.js';
import { verificationKey } from '../keys.js';
import { paint, printJson, progress, type Terminal } from '../terminal.js';

export const verifyHelp = `Usage: microcred verify <token|file|->... (--key <public.jwk> | --jwks <file|url> --issuer <id> | --did) [options]

Verifies what a learner hands in: a credential JWT (vc-jose-cose, vc11-jwt, ob30-jwt), an SD-JWT VC, an
endorsement or a CLR bundle (each credential in it verified on its own): signature with a key bound to the
issuer, time claims, the credential itself, then its status. Each argument is a token, a file (one credential,
or tokens one per line) or - for standard input. Several tokens are verified as a batch, with progress on
stderr.

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
  --quiet                 no progress on stderr
  -h, --help              show this help

Exit codes: 0 every token verified, 1 a token failed verification (revoked, expired, bad signature, ...),
2 usage or input error.`;

const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** The inputs an argument holds: one token or credential, or several tokens one per line. */
async function tokensOf(source: string): Promise<string[]> {
  if (TOKEN.test(source) || (source.includes('~') && TOKEN.test(source.split('~')[0] ?? ''))) return [source];
  const text = await readInput(source);
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) throw new CliError(`${source === '-' ? 'standard input' : source} holds no token`);
  // A JSON document, an SVG or anything that is not a list of tokens is one credential.
  return lines.every((l) => TOKEN.test(l)) ? lines : [text];
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
async function localStatusFetch(specs: readonly string[]): Promise<FetchLike> {
  const lists = new Map<string, string>();
  for (const spec of specs) {
    const split = spec.match(/^(https:\/\/[^=]+)=(.+)$/);
    const file = split?.[2] ?? spec;
    const token = (await readInput(file)).trim();
    lists.set(split?.[1] ?? listUrl(token, file), token);
  }
  return async (input) => {
    const url = String(input);
    const token = lists.get(url);
    return token === undefined
      ? new Response('not served by --status-list', { status: 404 })
      : new Response(token, { status: 200, headers: { 'content-type': 'application/vc+jwt' } });
  };
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
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, verifyHelp, values, positionals, { min: 1, max: Infinity })) return 0;
  const key = await verificationKey(values);
  const tokens = (await Promise.all(positionals.map(tokensOf))).flat();
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now !== undefined && Number.isNaN(now.getTime())) throw new CliError(`--now is not a date-time: ${values.now}`);
  const lists = values['status-list'] ?? [];
  const options = {
    ...(now === undefined ? {} : { now }),
    ...(values['no-status'] === true
      ? { status: false as const }
      : lists.length > 0
        ? { status: { fetch: await localStatusFetch(lists) } }
        : {}),
  };
  const json = values.json === true;

  if (tokens.length === 1) {
    try {
      const verified = await verifyAny(tokens[0] as string, key, options);
      const accepted = acceptedAny(verified);
      if (json) printJson(terminal, verified);
      else terminal.out(`${paint(terminal, accepted ? 'green' : 'red', 'verified')} ${describeAny(verified)}`);
      return accepted ? 0 : 1;
    } catch (error) {
      if (!isMicrocredError(error) || error.code === 'ERR_OPTIONS_INVALID') throw error;
      if (error.code === 'ERR_INPUT_UNSUPPORTED') throw new CliError(error.message);
      if (json) printJson(terminal, { verified: false, error: errorJson(error) });
      else terminal.out(`${paint(terminal, 'red', 'failed')} ${error.code}: ${error.message}`);
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
  return results.every((r) => r.ok) ? 0 : 1;
}
