import { fail } from '../jwt/jwt-error.js';

/**
 * The proof suites microcred verifies: three `DataIntegrityProof` cryptosuites and the legacy
 * `Ed25519Signature2020` type.
 *
 * @example
 * ```ts
 * import type { DataIntegritySuite } from 'microcred/data-integrity';
 * const suite: DataIntegritySuite = 'eddsa-rdfc-2022';
 * ```
 * @category Data Integrity
 */
export type DataIntegritySuite = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022' | 'ecdsa-rdfc-2019' | 'Ed25519Signature2020';

/** A suite's curve and digest: Ed25519 with SHA-256, or ECDSA P-256 / P-384 with SHA-256 / SHA-384. */
export interface SuiteKey {
  readonly alg: 'EdDSA' | 'ES256' | 'ES384';
  readonly digest: 'sha256' | 'sha384';
  readonly signatureBytes: number;
}

export const ED25519: SuiteKey = { alg: 'EdDSA', digest: 'sha256', signatureBytes: 64 };
export const P256: SuiteKey = { alg: 'ES256', digest: 'sha256', signatureBytes: 64 };
export const P384: SuiteKey = { alg: 'ES384', digest: 'sha384', signatureBytes: 96 };

const CRYPTOSUITES: readonly string[] = ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'ecdsa-rdfc-2019'];

/** The suite a proof names; anything else (another type, another cryptosuite, none) is `ERR_PROOF_UNSUPPORTED`. */
export function suiteOf(
  proof: Readonly<Record<string, unknown>>,
  path: readonly (string | number)[],
): DataIntegritySuite {
  const type = proof['type'];
  if (type === 'Ed25519Signature2020') {
    if (proof['cryptosuite'] !== undefined) {
      fail('ERR_PROOF_UNSUPPORTED', 'An Ed25519Signature2020 proof has no cryptosuite', [...path, 'cryptosuite']);
    }
    return 'Ed25519Signature2020';
  }
  if (type !== 'DataIntegrityProof') {
    fail('ERR_PROOF_UNSUPPORTED', `The proof type ${describe(type)} is not supported`, [...path, 'type']);
  }
  const suite = proof['cryptosuite'];
  if (typeof suite !== 'string' || !CRYPTOSUITES.includes(suite)) {
    fail('ERR_PROOF_UNSUPPORTED', `The cryptosuite ${describe(suite)} is not supported`, [...path, 'cryptosuite']);
  }
  return suite as DataIntegritySuite;
}

/** The key a suite needs, given the signature's length for ecdsa-rdfc-2019 (64 bytes: P-256, 96: P-384). */
export function suiteKey(
  suite: DataIntegritySuite,
  signature: Uint8Array,
  path: readonly (string | number)[],
): SuiteKey {
  const key = suite !== 'ecdsa-rdfc-2019' ? ED25519 : signature.length === 96 ? P384 : P256;
  if (signature.length !== key.signatureBytes) {
    fail('ERR_PROOF_SIGNATURE', `A ${suite} signature has ${key.signatureBytes} bytes, not ${signature.length}`, [
      ...path,
      'proofValue',
    ]);
  }
  return key;
}

/** Whether a suite canonicalises with RDFC-1.0 (all but eddsa-jcs-2022, which uses JCS). */
export function isRdfcSuite(suite: DataIntegritySuite): boolean {
  return suite !== 'eddsa-jcs-2022';
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 64)}"` : value === undefined ? '(none)' : typeof value;
}
