import { signDataIntegrityCredential } from '../../src/data-integrity/index.js';
import { generateIssuerKey } from '../../src/jwt/index.js';
import { didKeyFromJwk } from '../../src/jwt/keys/did-key.js';
import type { MicroCredential } from '../../src/model/micro-credential.js';
import { completeExample } from '../support/examples.js';

/** The complete example micro-credential, issued by a fresh did:key and signed with a Data Integrity proof. */
export async function signedExample(alg: 'EdDSA' | 'ES256' | 'ES384' = 'EdDSA', format: 'ob30' | 'vc20' = 'ob30') {
  const key = await generateIssuerKey(alg);
  const did = didKeyFromJwk(key.publicJwk);
  const example = completeExample() as unknown as MicroCredential;
  const mc = { ...example, issuer: { ...example.issuer, id: did } } as MicroCredential;
  const suite = alg === 'EdDSA' ? 'eddsa-rdfc-2022' : 'ecdsa-rdfc-2019';
  const signed = await signDataIntegrityCredential(mc, key, {
    suite,
    format,
    created: new Date('2026-01-01T00:00:00Z'),
  });
  return { key, did, mc, signed };
}
