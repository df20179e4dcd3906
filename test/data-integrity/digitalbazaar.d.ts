/**
 * The parts of Digital Bazaar's Data Integrity stack the differential tests use; the packages ship JavaScript
 * without type declarations.
 */

interface DbKeyPair {
  id?: string;
  controller?: string;
  readonly publicKeyMultibase: string;
  export(options: { publicKey: boolean; includeContext: boolean }): Promise<Record<string, unknown>>;
  signer(): unknown;
}

declare module '@digitalbazaar/vc' {
  export function issue(options: {
    credential: unknown;
    suite: unknown;
    documentLoader: unknown;
  }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: unknown;
    suite: unknown;
    documentLoader: unknown;
  }): Promise<{ verified: boolean; error?: unknown; results?: unknown }>;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; signer?: unknown });
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalbazaar/ed25519-multikey' {
  export function generate(options: Record<string, unknown>): Promise<DbKeyPair>;
}
declare module '@digitalbazaar/ecdsa-multikey' {
  export function generate(options: { curve: string }): Promise<DbKeyPair>;
}
