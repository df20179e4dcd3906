import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataIntegrityDocumentLoader } from '../../src/data-integrity/document-loader.js';
import { signDataIntegrityCredential, verifyDataIntegrityCredential } from '../../src/data-integrity/index.js';
import { toOpenBadge } from '../../src/interop/ob3/to-open-badge.js';
import { toVerifiableCredential } from '../../src/interop/vc2/to-verifiable-credential.js';
import { didKeyResolver, generateIssuerKey } from '../../src/jwt/index.js';
import { didKeyFromJwk } from '../../src/jwt/keys/did-key.js';
import type { MicroCredential } from '../../src/model/micro-credential.js';
import { microCredentialArb } from '../support/arbitraries.js';

/**
 * Differential tests against Digital Bazaar's stack (@digitalbazaar/vc 7 with data-integrity and the eddsa /
 * ecdsa cryptosuites), an independent implementation of the same specifications: what one signs, the other
 * verifies, over generated micro-credentials in both formats.
 */

type Json = Record<string, unknown>;

/** Their document loader: our pinned contexts, and did:key documents built from the DID (Multikey, assertionMethod). */
function theirLoader(keys: Map<string, Json>) {
  return async (url: string) => {
    const did = url.split('#')[0] as string;
    const method = keys.get(did);
    if (method !== undefined) {
      const document = {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id: did,
        verificationMethod: [method],
        assertionMethod: [method['id']],
      };
      return { contextUrl: null, documentUrl: url, document: url.includes('#') ? method : document };
    }
    return dataIntegrityDocumentLoader(url);
  };
}

/**
 * A generated micro-credential with the ids Open Badges 3.0 needs, and without dates or status that a verifier
 * would check against the clock or a list.
 */
const credentialArb = fc.tuple(microCredentialArb, fc.uuid()).map(([mc, uuid]) => {
  const { validFrom: _from, validUntil: _until, credentialStatus: _status, ...rest } = mc as Json;
  return {
    ...rest,
    issued: '2024-01-01T00:00:00Z',
    id: `urn:uuid:${uuid}`,
    specificationId: 'https://uni.example/achievements/1',
  } as unknown as MicroCredential;
});

describe('differential against @digitalbazaar/vc', () => {
  for (const suite of ['eddsa-rdfc-2022', 'ecdsa-rdfc-2019'] as const) {
    it(`${suite}: what microcred signs, @digitalbazaar/vc verifies`, async () => {
      const key = await generateIssuerKey(suite === 'eddsa-rdfc-2022' ? 'EdDSA' : 'ES256');
      const did = didKeyFromJwk(key.publicJwk);
      const publicKeyMultibase = did.slice('did:key:'.length);
      const method = { id: `${did}#${publicKeyMultibase}`, type: 'Multikey', controller: did, publicKeyMultibase };
      const documentLoader = theirLoader(new Map([[did, method]]));
      await fc.assert(
        fc.asyncProperty(credentialArb, fc.constantFrom('ob30', 'vc20' as const), async (mc, format) => {
          const credential = { ...mc, issuer: { ...mc.issuer, id: did } };
          const signed = await signDataIntegrityCredential(credential, key, { suite, format: format as 'ob30' });
          const result = await vc.verifyCredential({
            credential: signed,
            suite: new DataIntegrityProof({ cryptosuite: suite === 'eddsa-rdfc-2022' ? eddsaRdfc2022 : ecdsaRdfc2019 }),
            documentLoader,
          });
          expect(
            result.verified,
            String((result.error as { errors?: unknown[] } | undefined)?.errors?.[0] ?? result.error),
          ).toBe(true);
        }),
        { numRuns: 12 },
      );
    });

    it(`${suite}: what @digitalbazaar/vc signs, microcred verifies`, async () => {
      const keyPair =
        suite === 'eddsa-rdfc-2022'
          ? await Ed25519Multikey.generate({})
          : await EcdsaMultikey.generate({ curve: 'P-256' });
      const did = `did:key:${keyPair.publicKeyMultibase}`;
      keyPair.controller = did;
      keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
      const method = (await keyPair.export({ publicKey: true, includeContext: false })) as Json;
      const documentLoader = theirLoader(new Map([[did, method]]));
      const signer = keyPair.signer();
      await fc.assert(
        fc.asyncProperty(credentialArb, fc.constantFrom('ob30', 'vc20'), async (mc, format) => {
          const model = { ...mc, issuer: { ...mc.issuer, id: did } };
          const credential = format === 'ob30' ? toOpenBadge(model) : toVerifiableCredential(model);
          const signed = await vc.issue({
            credential,
            suite: new DataIntegrityProof({
              signer,
              cryptosuite: suite === 'eddsa-rdfc-2022' ? eddsaRdfc2022 : ecdsaRdfc2019,
            }),
            documentLoader,
          });
          const verified = await verifyDataIntegrityCredential(signed, didKeyResolver(), {
            now: new Date(),
            status: false,
          });
          expect(verified.suite).toBe(suite);
          expect(verified.credential.title).toEqual(model.title);
        }),
        { numRuns: 12 },
      );
    });
  }
});
