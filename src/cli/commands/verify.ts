import { parseArgs } from 'node:util';
import { isMicrocredError } from 'microcred';
import { verifyDataIntegrityCredential } from 'microcred/data-integrity';
import { type FetchLike, type VerifiedCredential, verifyCredential, verifyCredentials } from 'microcred/jwt';
import { handleHelp, integer } from '../args.js';
import { CliError } from '../cli-error.js';
import { readInput } from '../io.js';
import { verificationKey } from '../keys.js';
import { paint, printJson, progress, type Terminal } from '../terminal.js';

export const verifyHelp = `Usage: microcred verify <token|file|->... (--key <public.jwk> | --jwks <file|url> --issuer <id> | --did) [options]

Verifies credential JWTs (vc-jose-cose, vc11-jwt, ob30-jwt): signature with a key bound to the issuer,
time claims, the credential itself, then its status. Each argument is a token, a file of tokens (one per
line) or - for standard input. Several tokens are verified as a batch, with progress on stderr.
A single file holding a JSON credential with an embedded W3C Data Integrity proof (eddsa-rdfc-2022,
eddsa-jcs-2022, ecdsa-rdfc-2019, Ed25519Signature2020) is verified as one, with its contexts pinned offline.

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

/** A credential with an embedded proof, or the tokens of a source (one per line). */
async function inputOf(source: string): Promise<{ document: Record<string, unknown> } | { tokens: string[] }> {
  if (TOKEN.test(source)) return { tokens: [source] };
  const text = await readInput(source);
  if (text.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new CliError(
        `${source === '-' ? 'standard input' : source} is not valid JSON: ${(error as Error).message}`,
      );
    }
    if (typeof parsed !== 'object' || parsed === null || !('proof' in parsed)) {
      throw new CliError(`${source === '-' ? 'standard input' : source} is a JSON document without a proof`);
    }
    return { document: parsed as Record<string, unknown> };
  }
  return { tokens: tokensIn(text, source) };
}

function tokensIn(text: string, source: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) throw new CliError(`${source === '-' ? 'standard input' : source} holds no token`);
  return lines;
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
  const inputs = await Promise.all(positionals.map(inputOf));
  const documents = inputs.flatMap((i) => ('document' in i ? [i.document] : []));
  if (documents.length > 0 && inputs.length > 1) {
    throw new CliError('A credential with an embedded proof is verified on its own: pass one file');
  }
  const tokens = inputs.flatMap((i) => ('tokens' in i ? i.tokens : []));
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

  if (documents.length === 1) {
    try {
      const verified = await verifyDataIntegrityCredential(documents[0], key, options);
      if (json) printJson(terminal, verified);
      else {
        const { title } = verified.credential;
        const name = typeof title === 'string' ? title : Object.values(title)[0];
        const status =
          verified.status.length === 0
            ? 'no status'
            : verified.status.map((s) => `${s.purpose} ${s.outcome}`).join(', ');
        terminal.out(
          `${paint(terminal, 'green', 'verified')} ${name} — issuer ${verified.issuer}, ${verified.suite}, ${status}`,
        );
      }
      return 0;
    } catch (error) {
      if (!isMicrocredError(error) || error.code === 'ERR_OPTIONS_INVALID') throw error;
      if (json) printJson(terminal, { verified: false, error: errorJson(error) });
      else terminal.out(`${paint(terminal, 'red', 'failed')} ${error.code}: ${error.message}`);
      return 1;
    }
  }

  if (tokens.length === 1) {
    try {
      const verified = await verifyCredential(tokens[0] as string, key, options);
      if (json) printJson(terminal, verified);
      else terminal.out(`${paint(terminal, 'green', 'verified')} ${describe(verified)}`);
      return 0;
    } catch (error) {
      if (!isMicrocredError(error) || error.code === 'ERR_OPTIONS_INVALID') throw error;
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
