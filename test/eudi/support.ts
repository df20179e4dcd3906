import { parseMicroCredential } from '../../src/index.js';
import { didJwkFromJwk, generateIssuerKey, type IssuerKey } from '../../src/jwt/index.js';
import type { MicroCredential } from '../../src/model/micro-credential.js';
import { completeExample } from '../support/examples.js';

export const NOW = new Date('2025-07-01T12:00:00Z');
export const AUD = 'https://verifier.example';
export const NONCE = 'n-0S6_WzA2Mj';

export interface Parties {
  readonly issuerKey: IssuerKey;
  readonly wallet: IssuerKey;
  readonly did: string;
  readonly mc: MicroCredential;
}

let parties: Promise<Parties> | undefined;
/** One issuer key (signing as did:jwk), one wallet key and the complete example credential issued by that DID. */
export function setup(): Promise<Parties> {
  parties ??= (async () => {
    const issuerKey = await generateIssuerKey('ES256');
    const wallet = await generateIssuerKey('ES256');
    const did = didJwkFromJwk(issuerKey.publicJwk);
    const base = parseMicroCredential(completeExample());
    const mc = parseMicroCredential({ ...base, issuer: { ...base.issuer, id: did } });
    return { issuerKey: { ...issuerKey, kid: `${did}#0` }, wallet, did, mc };
  })();
  return parties;
}
