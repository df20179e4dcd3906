import { parseArgs } from 'node:util';
import { parseMicroCredential } from 'microcred';
import { JWT_PROFILES, signCredential } from 'microcred/jwt';
import { handleHelp, oneOf } from '../args.js';
import { CliError } from '../cli-error.js';
import { inputOptions, MAX_BYTES_OPTION, readJsonInput } from '../io.js';
import { readPrivateKey } from '../keys.js';
import { printJson, type Terminal } from '../terminal.js';

export const signHelp = `Usage: microcred sign <file|-> --key <private.jwk> [--format ${JWT_PROFILES.join('|')}] [options]

Signs a micro-credential as a compact JWS. The credential is validated, exported with the interop mapping
(W3C VC 2.0, or an Open Badges 3.0 AchievementCredential for ob30-jwt) and signed. The token is printed
on stdout.

Options:
  --key <file>            the issuer's private JWK (from "microcred keygen --private")
  --format <profile>      vc-jose-cose (default), vc11-jwt or ob30-jwt
  --kid <id>              the key id in the header (default: the DID's key for a did:key or did:jwk
                          issuer, otherwise the JWK's kid)
  --issuer-id <uri>       the issuer id, when the credential has none
  --id <uri>              the credential id, when the credential has none
  --achievement-id <uri>  the OB 3.0 achievement id (ob30-jwt), when the credential has no specificationId
  --now <date-time>       the signing time (default: now)
  --expires <date-time>   an expiry for the token
  --json                  print { format, kid, token }
  --max-bytes <n>         the input limit in bytes (KiB and MiB suffixes allowed; default 1MiB, at most 64MiB)
  -h, --help              show this help`;

function date(name: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new CliError(`--${name} is not a date-time: ${value}`);
  return parsed;
}

/** `microcred sign`: a credential → a compact JWS. */
export async function signCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      key: { type: 'string' },
      format: { type: 'string' },
      kid: { type: 'string' },
      'issuer-id': { type: 'string' },
      id: { type: 'string' },
      'achievement-id': { type: 'string' },
      now: { type: 'string' },
      expires: { type: 'string' },
      json: { type: 'boolean' },
      ...MAX_BYTES_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, signHelp, values, positionals, { min: 1, max: 1 })) return 0;
  if (values.key === undefined) throw new CliError(`--key <private.jwk> is required\n\n${signHelp}`);
  const format = oneOf('format', values.format, JWT_PROFILES) ?? 'vc-jose-cose';
  const io = inputOptions(terminal, values['max-bytes']);
  const key = await readPrivateKey(values.key, io);
  const mc = parseMicroCredential(await readJsonInput(positionals[0] as string, io));
  const now = date('now', values.now);
  const expiresAt = date('expires', values.expires);
  const token = await signCredential(mc, key, {
    format,
    // Without --kid the library chooses: the DID's verification method for did:key and did:jwk issuers.
    ...(values.kid === undefined ? {} : { kid: values.kid }),
    ...(now === undefined ? {} : { now }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    ...(values['issuer-id'] === undefined ? {} : { issuerId: values['issuer-id'] }),
    ...(values.id === undefined ? {} : { id: values.id }),
    ...(values['achievement-id'] === undefined ? {} : { achievementId: values['achievement-id'] }),
  });
  if (values.json === true) printJson(terminal, { format, kid: headerKid(token), token });
  else terminal.out(token);
  return 0;
}

/** The `kid` the token was signed with, read back from its protected header. */
function headerKid(token: string): string | undefined {
  const header: unknown = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
  const kid = typeof header === 'object' && header !== null ? (header as { kid?: unknown }).kid : undefined;
  return typeof kid === 'string' ? kid : undefined;
}
