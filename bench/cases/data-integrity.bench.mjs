// Verifying a Data Integrity credential: microcred's verifyDataIntegrityDocument against @digitalbazaar/vc's
// verifyCredential (data-integrity + eddsa-rdfc-2022 cryptosuite) on the same credential, a Digital Credentials
// Consortium Open Badges 3.0 test credential (eddsa-rdfc-2022, did:key, VC 2.0), warm, in one process. Both run
// the same checks: the proof (safe-mode JSON-LD, RDFC-1.0, Ed25519), the issuer's assertionMethod, the
// validity window; neither checks status (the credential has none). Both load contexts from the same pinned,
// in-memory documents; microcred's loader also checks each pin once.
import { readFileSync } from 'node:fs';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { dataIntegrityDocumentLoader, verifyDataIntegrityDocument } from 'microcred/data-integrity';
import { didKeyResolver } from 'microcred/jwt';

const FILE =
  '../../test/fixtures/data-integrity/dcc/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json';

export async function cases() {
  const credential = JSON.parse(readFileSync(new URL(FILE, import.meta.url), 'utf8'));
  const method = credential.proof.verificationMethod;
  const did = method.split('#')[0];
  const publicKeyMultibase = did.slice('did:key:'.length);
  const vm = { id: method, type: 'Multikey', controller: did, publicKeyMultibase };
  const didDocument = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [vm],
    assertionMethod: [method],
  };
  const documentLoader = async (url) => {
    if (url === did) return { contextUrl: null, documentUrl: url, document: didDocument };
    if (url === method)
      return { contextUrl: null, documentUrl: url, document: { '@context': didDocument['@context'], ...vm } };
    return dataIntegrityDocumentLoader(url);
  };
  const resolver = didKeyResolver();
  const options = { status: false };
  const theirs = () =>
    vc.verifyCredential({ credential, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader });
  const ours = () => verifyDataIntegrityDocument(credential, resolver, options);
  // Each must succeed before it is timed.
  if (!(await theirs()).verified) throw new Error('@digitalbazaar/vc does not verify the credential');
  await ours();
  return [
    {
      name: 'verifyDataIntegrityDocument vs @digitalbazaar/vc',
      subject: { label: 'microcred', fn: ours },
      baseline: { label: '@digitalbazaar/vc', fn: theirs },
      iterations: 50,
      rounds: 9,
    },
  ];
}
