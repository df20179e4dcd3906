import {
  combineResolvers,
  didKeyResolver,
  didWebResolver,
  type IssuerKey,
  importIssuerKey,
  jwksResolver,
  type KeyInput,
} from 'microcred/jwt';
import { CliError } from './cli-error.js';
import { type InputOptions, readJsonInput } from './io.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a private JWK file (as written by `microcred keygen --private`) as a signing key. */
export async function readPrivateKey(path: string, io: InputOptions): Promise<IssuerKey> {
  const jwk = await readJsonInput(path, io);
  if (!isObject(jwk) || typeof jwk['d'] !== 'string')
    throw new CliError(`${path} is not a private JWK (it has no "d")`);
  return importIssuerKey(jwk);
}

/**
 * The key the verifier trusts, from exactly one of: a public JWK file (--key), a JWKS file or HTTPS URL
 * bound to an issuer id (--jwks with --issuer), or DID resolution (--did: did:key offline, did:web over HTTPS).
 */
export async function verificationKey(
  values: {
    readonly key?: string | undefined;
    readonly jwks?: string | undefined;
    readonly issuer?: string | undefined;
    readonly did?: boolean | undefined;
  },
  io: InputOptions,
): Promise<KeyInput> {
  const given = [values.key !== undefined, values.jwks !== undefined, values.did === true].filter(Boolean).length;
  if (given !== 1) throw new CliError('give exactly one of --key <public.jwk>, --jwks <file|url> --issuer <id>, --did');
  if (values.key !== undefined) {
    const jwk = await readJsonInput(values.key, io);
    if (!isObject(jwk)) throw new CliError(`${values.key} is not a JWK`);
    if ('d' in jwk) throw new CliError(`${values.key} holds a private key: give the public JWK`);
    return jwk as KeyInput;
  }
  if (values.jwks !== undefined) {
    if (values.issuer === undefined) throw new CliError('--jwks needs --issuer <id>: the issuer whose keys it holds');
    const source = /^https:\/\//.test(values.jwks) ? values.jwks : await readJsonInput(values.jwks, io);
    if (typeof source !== 'string' && !(isObject(source) && Array.isArray(source['keys']))) {
      throw new CliError(`${values.jwks} is not a JWKS ({ "keys": [...] })`);
    }
    return jwksResolver({ [values.issuer]: source as string | { keys: object[] } });
  }
  return combineResolvers([didKeyResolver(), didWebResolver()]);
}
