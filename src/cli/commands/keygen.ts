import { lstat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { didKeyFromJwk, exportIssuerKey, generateIssuerKey, SIGNING_ALGORITHMS } from 'microcred/jwt';
import { handleHelp, oneOf } from '../args.js';
import { CliError } from '../cli-error.js';
import { existsMessage } from '../files/write-file.js';
import { writeOutput } from '../io.js';
import { printJson, type Terminal } from '../terminal.js';

export const keygenHelp = `Usage: microcred keygen [--alg ${SIGNING_ALGORITHMS.join('|')}] [--kid <id>] [--private <file>] [--public <file>] [--force] [--json]

Generates an issuer key pair with WebCrypto. The key id is the JWK thumbprint unless --kid is given.
With --private and --public, writes the private JWK (readable by its owner only) and the public JWK to
those files and prints a summary; otherwise prints { privateJwk, publicJwk } as JSON on stdout.

Options:
  --alg <alg>       the signing algorithm (default EdDSA)
  --kid <id>        use this key id instead of the thumbprint
  --did-key         make the key a did:key issuer (EdDSA or ES256): the kid becomes its verification
                    method and the DID is printed; use the DID as the credential's issuer id
  --private <file>  write the private JWK to this new file, created with mode 600; an existing file or a
                    symbolic link at that path is refused
  --public <file>   write the public JWK to this new file (publish it in a JWKS or a DID document)
  --force           replace existing key files: a new file (mode 600 for the private key) is written in the
                    same folder and renamed over the old one; symbolic links are still refused
  --json            print { alg, kid, publicJwk, private?, public? } as JSON
  -h, --help        show this help`;

async function refuseTaken(path: string): Promise<void> {
  const taken = await lstat(path).then(
    () => true,
    () => false,
  );
  if (taken) throw new CliError(existsMessage(path));
}

/** `microcred keygen`: a new issuer key as JWKs. */
export async function keygenCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      alg: { type: 'string' },
      kid: { type: 'string' },
      'did-key': { type: 'boolean' },
      private: { type: 'string' },
      public: { type: 'string' },
      json: { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, keygenHelp, values, positionals, { min: 0, max: 0 })) return 0;
  const alg = oneOf('alg', values.alg, SIGNING_ALGORITHMS) ?? 'EdDSA';
  const replace = values.force === true;
  if (values.private !== undefined && values.private === values.public) {
    throw new CliError('--private and --public must be different files');
  }
  // Refuse before generating anything, so that neither file is written when one of them is taken.
  if (!replace) for (const path of [values.private, values.public]) if (path !== undefined) await refuseTaken(path);
  const key = await generateIssuerKey(alg, {
    extractable: true,
    ...(values.kid === undefined ? {} : { kid: values.kid }),
  });
  const exported = await exportIssuerKey(key);
  let { privateJwk, publicJwk } = exported;
  let did: string | undefined;
  if (values['did-key'] === true) {
    if (alg !== 'EdDSA' && alg !== 'ES256') throw new CliError('--did-key needs --alg EdDSA or ES256');
    if (values.kid !== undefined) throw new CliError('--did-key sets the kid itself; leave out --kid');
    did = didKeyFromJwk(publicJwk);
    const kid = `${did}#${did.slice('did:key:'.length)}`;
    privateJwk = { ...privateJwk, kid };
    publicJwk = { ...publicJwk, kid };
  }
  if (values.private !== undefined)
    await writeOutput(values.private, JSON.stringify(privateJwk, null, 2), { secret: true, replace });
  if (values.public !== undefined) await writeOutput(values.public, JSON.stringify(publicJwk, null, 2), { replace });
  if (values.json === true) {
    printJson(terminal, {
      alg,
      kid: publicJwk.kid,
      ...(did === undefined ? {} : { did }),
      publicJwk,
      ...(values.private === undefined ? { privateJwk } : { private: values.private }),
      ...(values.public === undefined ? {} : { public: values.public }),
    });
  } else if (values.private === undefined) {
    printJson(terminal, { ...(did === undefined ? {} : { did }), privateJwk, publicJwk });
  } else {
    terminal.out(`generated ${alg} key ${publicJwk.kid}`);
    if (did !== undefined) terminal.out(`  issuer DID:  ${did}`);
    terminal.out(`  private JWK: ${values.private}`);
    if (values.public !== undefined) terminal.out(`  public JWK:  ${values.public}`);
  }
  return 0;
}
