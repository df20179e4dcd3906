import type { CanonizeSettings } from '../../src/data-integrity/canonize.js';
import { createContextLoader } from '../../src/data-integrity/document-loader.js';
import type { ProofContext } from '../../src/data-integrity/verify-proofs.js';
import { createDeadline } from '../../src/jwt/net/deadline.js';
import type { KeyInput } from '../../src/jwt/verify/resolve-key.js';
import { readFixtureText, readJsonFixture } from '../support/fixtures.js';

/** The VC 2.0 examples context the W3C vectors use (it sets @vocab, so tests allow it explicitly). */
export const EXAMPLES_V2 = 'https://www.w3.org/ns/credentials/examples/v2';

export function examplesContexts(): Record<string, Record<string, unknown>> {
  return { [EXAMPLES_V2]: readJsonFixture('data-integrity/contexts/credentials-examples-v2.jsonld') };
}

export function vectorSettings(signal = new AbortController().signal): CanonizeSettings {
  return {
    loader: createContextLoader({ contexts: examplesContexts(), allowVocab: true, ob3Beta: false }),
    maxWorkFactor: 1,
    maxDeepIterations: undefined,
    signal,
  };
}

/**
 * A proof context for a vector whose issuer is not its signer (the W3C vectors sign with did:keys under an
 * https issuer): the signing DIDs stand in for the issuer.
 */
export function vectorProofContext(
  document: Record<string, unknown>,
  keys: KeyInput,
  now = '2024-01-01T00:00:00Z',
): ProofContext {
  const proofs = Array.isArray(document['proof']) ? document['proof'] : [document['proof']];
  const issuers = proofs.map(
    (p) => String((p as Record<string, unknown>)['verificationMethod']).split('#')[0] as string,
  );
  return {
    keys,
    issuers,
    purpose: 'assertionMethod',
    algorithms: ['EdDSA', 'ES256', 'ES384'],
    time: { now: Date.parse(now), toleranceMs: 60_000 },
    deadline: createDeadline(10_000, undefined),
    settings: vectorSettings(),
    betaSettings: undefined,
  };
}

export function text(relative: string): string {
  return readFixtureText(relative).trim();
}
