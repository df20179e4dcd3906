import { parseArgs } from 'node:util';
import { exportIssuerKey, generateIssuerKey, SIGNING_ALGORITHMS } from 'microcred/jwt';
import { handleHelp, oneOf } from '../args.js';
import { writeOutput } from '../io.js';
import { printJson, type Terminal } from '../terminal.js';

export const keygenHelp = `Usage: microcred keygen [--alg ${SIGNING_ALGORITHMS.join('|')}] [--kid <id>] [--private <file>] [--public <file>] [--json]

Generates an issuer key pair with WebCrypto. The key id is the JWK thumbprint unless --kid is given.
With --private and --public, writes the private JWK (readable by its owner only) and the public JWK to
those files and prints a summary; otherwise prints { privateJwk, publicJwk } as JSON on stdout.

Options:
  --alg <alg>       the signing algorithm (default EdDSA)
  --kid <id>        use this key id instead of the thumbprint
  --private <file>  write the private JWK to this file (mode 600)
  --public <file>   write the public JWK to this file (publish it in a JWKS or a DID document)
  --json            print { alg, kid, publicJwk, private?, public? } as JSON
  -h, --help        show this help`;

/** `microcred keygen`: a new issuer key as JWKs. */
export async function keygenCommand(args: string[], terminal: Terminal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      alg: { type: 'string' },
      kid: { type: 'string' },
      private: { type: 'string' },
      public: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (handleHelp(terminal, keygenHelp, values, positionals, { min: 0, max: 0 })) return 0;
  const alg = oneOf('alg', values.alg, SIGNING_ALGORITHMS) ?? 'EdDSA';
  const key = await generateIssuerKey(alg, {
    extractable: true,
    ...(values.kid === undefined ? {} : { kid: values.kid }),
  });
  const { privateJwk, publicJwk } = await exportIssuerKey(key);
  if (values.private !== undefined)
    await writeOutput(values.private, JSON.stringify(privateJwk, null, 2), { secret: true });
  if (values.public !== undefined) await writeOutput(values.public, JSON.stringify(publicJwk, null, 2));
  if (values.json === true) {
    printJson(terminal, {
      alg,
      kid: key.kid,
      publicJwk,
      ...(values.private === undefined ? { privateJwk } : { private: values.private }),
      ...(values.public === undefined ? {} : { public: values.public }),
    });
  } else if (values.private === undefined) {
    printJson(terminal, { privateJwk, publicJwk });
  } else {
    terminal.out(`generated ${alg} key ${key.kid}`);
    terminal.out(`  private JWK: ${values.private}`);
    if (values.public !== undefined) terminal.out(`  public JWK:  ${values.public}`);
  }
  return 0;
}
