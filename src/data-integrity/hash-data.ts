import canonicalize from 'canonicalize';
import { fail } from '../jwt/jwt-error.js';
import { type CanonizeSettings, canonizeRdf } from './canonize.js';
import { type DataIntegritySuite, isRdfcSuite } from './suites.js';

/** The transformed document, the canonical proof configuration and their concatenated hashes. */
export interface HashedProof {
  readonly canonicalDocument: string;
  readonly canonicalProofConfig: string;
  /** H(proof configuration) ‖ H(document): 64 bytes with SHA-256, 96 with SHA-384. */
  readonly hashData: Uint8Array;
}

type Json = Readonly<Record<string, unknown>>;

/**
 * Transformation, proof configuration and hashing of the suites (vc-di-eddsa §3.3, vc-di-ecdsa §3.3): RDFC suites
 * give the proof configuration the document's `@context`; eddsa-jcs-2022 requires the proof's own `@context`
 * to be a prefix of the document's and then uses it for the document. `unsecured` has no `proof` (or only the
 * previous proofs of a chain); `proofOptions` has no `proofValue`.
 */
export async function hashProof(
  suite: DataIntegritySuite,
  unsecured: Json,
  proofOptions: Json,
  digest: 'sha256' | 'sha384',
  settings: CanonizeSettings,
  path: readonly (string | number)[],
): Promise<HashedProof> {
  const algorithm = digest === 'sha384' ? 'SHA-384' : 'SHA-256';
  const encoder = new TextEncoder();
  const hash = (text: string) => crypto.subtle.digest(algorithm, encoder.encode(text));
  let canonicalDocument: string;
  let canonicalProofConfig: string;
  let proofHashing: Promise<ArrayBuffer>;
  if (isRdfcSuite(suite)) {
    const config = { ...proofOptions, '@context': unsecured['@context'] };
    // The two canonicalisations share the loader and its cache; run them one after the other to keep the
    // work limits per call meaningful. The proof configuration's hash runs while the document is canonicalised.
    canonicalProofConfig = await canonizeRdf(config, digest, settings, path);
    proofHashing = hash(canonicalProofConfig);
    // Settled below when the document canonicalises; never left as an unhandled rejection when it does not.
    proofHashing.catch(() => undefined);
    canonicalDocument = await canonizeRdf(unsecured, digest, settings, []);
  } else {
    let document = unsecured;
    const context = proofOptions['@context'];
    if (context !== undefined) {
      const own = asList(unsecured['@context']);
      const theirs = asList(context);
      if (theirs.length > own.length || theirs.some((c, i) => canonicalize(c) !== canonicalize(own[i]))) {
        fail('ERR_PROOF_INVALID', "The proof's @context is not a prefix of the document's @context", [
          ...path,
          '@context',
        ]);
      }
      document = { ...unsecured, '@context': context };
    }
    canonicalDocument = jcs(document, []);
    canonicalProofConfig = jcs(proofOptions, path);
    proofHashing = hash(canonicalProofConfig);
  }
  const [proofHash, documentHash] = await Promise.all([proofHashing, hash(canonicalDocument)]);
  const hashData = new Uint8Array(proofHash.byteLength + documentHash.byteLength);
  hashData.set(new Uint8Array(proofHash), 0);
  hashData.set(new Uint8Array(documentHash), proofHash.byteLength);
  return { canonicalDocument, canonicalProofConfig, hashData };
}

function jcs(value: unknown, path: readonly (string | number)[]): string {
  const text = canonicalize(value);
  if (text === undefined) fail('ERR_PROOF_INVALID', 'The value cannot be canonicalised as JSON', path);
  return text;
}

function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
