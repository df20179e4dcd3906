import { describe, expect, it } from 'vitest';
import { hashProof } from '../../src/data-integrity/hash-data.js';
import { verifyDataIntegrityDocument } from '../../src/data-integrity/index.js';
import { decodeProofValue } from '../../src/data-integrity/proof-key.js';
import { type DataIntegritySuite, suiteKey } from '../../src/data-integrity/suites.js';
import { verifyProofs } from '../../src/data-integrity/verify-proofs.js';
import { didKeyResolver } from '../../src/jwt/index.js';
import { readJsonFixture } from '../support/fixtures.js';
import { examplesContexts, text, vectorProofContext, vectorSettings } from './support.js';

type Json = Record<string, unknown>;

const hex = (bytes: ArrayBuffer | Uint8Array): string =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** The W3C vectors, one folder per suite, with the file suffix each folder uses. */
const STEP_VECTORS: readonly { dir: string; suffix: string; suite: DataIntegritySuite }[] = [
  { dir: 'vc-di-eddsa/eddsa-rdfc-2022', suffix: 'DataInt', suite: 'eddsa-rdfc-2022' },
  { dir: 'vc-di-eddsa/eddsa-jcs-2022', suffix: 'JCS', suite: 'eddsa-jcs-2022' },
  { dir: 'vc-di-eddsa/Ed25519Signature2020', suffix: 'EdSig', suite: 'Ed25519Signature2020' },
  { dir: 'vc-di-ecdsa/ecdsa-rdfc-2019-p256', suffix: 'ECDSAP256', suite: 'ecdsa-rdfc-2019' },
  { dir: 'vc-di-ecdsa/ecdsa-rdfc-2019-p384', suffix: 'ECDSAP384', suite: 'ecdsa-rdfc-2019' },
];

describe('the W3C vc-di-eddsa and vc-di-ecdsa test vectors, step by step', () => {
  for (const { dir, suffix, suite } of STEP_VECTORS) {
    it(`${dir}: canonical forms, hashes and the signature match the vector`, async () => {
      const signed = readJsonFixture<Json>(`data-integrity/${dir}/signed${suffix}.json`);
      const config = readJsonFixture<Json>(`data-integrity/${dir}/proofConfig${suffix}.json`);
      const { proof, ...unsecured } = signed as Json & { proof: Json };
      const { proofValue, ...options } = proof;
      const signature = decodeProofValue(proofValue, ['proof']);
      expect(hex(signature)).toBe(text(`data-integrity/${dir}/sigHex${suffix}.txt`));
      const key = suiteKey(suite, signature, ['proof']);
      const hashed = await hashProof(suite, unsecured, options, key.digest, vectorSettings(), ['proof']);
      expect(hashed.canonicalDocument.trim()).toBe(text(`data-integrity/${dir}/canonDoc${suffix}.txt`));
      expect(hashed.canonicalProofConfig.trim()).toBe(text(`data-integrity/${dir}/proofCanon${suffix}.txt`));
      expect(hex(hashed.hashData)).toBe(text(`data-integrity/${dir}/combinedHash${suffix}.txt`));
      // The vector's proof configuration is the proof without its value (RDFC suites add the document context).
      const { '@context': _context, ...configOptions } = config;
      expect(Object.keys(options).sort()).toEqual(expect.arrayContaining(Object.keys(configOptions).sort()));
    });

    it(`${dir}: the signed credential verifies end to end with its did:key`, async () => {
      const signed = readJsonFixture<Json>(`data-integrity/${dir}/signed${suffix}.json`);
      const proofs = await verifyProofs(signed, vectorProofContext(signed, didKeyResolver()));
      expect(proofs.map((p) => p.suite)).toEqual([suite]);
      expect(proofs[0]?.key.source).toBe('did:key');
    });
  }

  it('refuses a vector through the public entry because its issuer does not control the did:key', async () => {
    const signed = readJsonFixture<Json>('data-integrity/vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json');
    await expect(
      verifyDataIntegrityDocument(signed, didKeyResolver(), { contexts: examplesContexts(), allowVocab: true }),
    ).rejects.toMatchObject({ code: 'ERR_KEY_RESOLUTION' });
  });
});

describe('the W3C proof set and proof chain vectors', () => {
  for (const name of ['signedProofSet1', 'signedProofSet2', 'signedProofChain1', 'signedProofChain2']) {
    it(`${name}: every proof verifies, chained ones over the proofs they name`, async () => {
      const signed = readJsonFixture<Json>(`data-integrity/vc-di-eddsa/proof-set-chain/${name}.json`);
      const proofs = await verifyProofs(signed, vectorProofContext(signed, didKeyResolver()));
      expect(proofs).toHaveLength([signed['proof']].flat().length);
      expect(proofs.some((p) => p.previousProof !== undefined)).toBe(name.includes('Chain'));
    });
  }

  it('refuses a chain whose previous proof is missing', async () => {
    const signed = readJsonFixture<Json>('data-integrity/vc-di-eddsa/proof-set-chain/signedProofChain1.json');
    const chained = (signed['proof'] as Json[]).find((p) => p['previousProof'] !== undefined) as Json;
    const document = { ...signed, proof: [chained] };
    await expect(verifyProofs(document, vectorProofContext(document, didKeyResolver()))).rejects.toMatchObject({
      code: 'ERR_PROOF_INVALID',
    });
  });

  it('refuses a set when one proof is altered, whichever it is (no proof is skipped)', async () => {
    const signed = readJsonFixture<Json>('data-integrity/vc-di-eddsa/proof-set-chain/signedProofSet2.json');
    const proofs = signed['proof'] as Json[];
    for (const index of proofs.keys()) {
      const altered = proofs.map((p, i) => (i === index ? { ...p, created: '2023-02-24T23:36:39Z' } : p));
      const document = { ...signed, proof: altered };
      await expect(verifyProofs(document, vectorProofContext(document, didKeyResolver()))).rejects.toMatchObject({
        code: 'ERR_PROOF_SIGNATURE',
      });
    }
  });

  it('refuses a chained proof verified without the proof it names (the chain is part of what it signs)', async () => {
    const signed = readJsonFixture<Json>('data-integrity/vc-di-eddsa/proof-set-chain/signedProofChain1.json');
    const proofs = signed['proof'] as Json[];
    const chained = proofs.find((p) => p['previousProof'] !== undefined) as Json;
    const { previousProof: _dropped, ...unchained } = chained;
    const document = { ...signed, proof: proofs.map((p) => (p === chained ? unchained : p)) };
    await expect(verifyProofs(document, vectorProofContext(document, didKeyResolver()))).rejects.toMatchObject({
      code: 'ERR_PROOF_SIGNATURE',
    });
  });
});
