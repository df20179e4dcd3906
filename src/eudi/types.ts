/**
 * The `vct` of the EU reference Learning Credential (eu-digital-identity-wallet/eudi-srv-pid-issuer), the type
 * EUDI wallets and the EU reference verifier use for micro-credential attestations.
 *
 * @example
 * ```ts
 * import { LEARNING_CREDENTIAL_VCT } from 'microcred/eudi';
 * LEARNING_CREDENTIAL_VCT; // 'urn:eu.europa.ec.eudi:learning:credential:1'
 * ```
 * @category EUDI
 */
export const LEARNING_CREDENTIAL_VCT = 'urn:eu.europa.ec.eudi:learning:credential:1';

/**
 * The `vct` of the DC4EU micro-credential (dc4eu/vc), whose claims are an Open Badges 3.0 credential.
 *
 * @example
 * ```ts
 * import { DC4EU_MICRO_CREDENTIAL_VCT } from 'microcred/eudi';
 * DC4EU_MICRO_CREDENTIAL_VCT; // 'urn:eudi:micro_credential:1'
 * ```
 * @category EUDI
 */
export const DC4EU_MICRO_CREDENTIAL_VCT = 'urn:eudi:micro_credential:1';

/**
 * The two attestation types microcred issues and reads: `learning-credential` (EU reference type, flat
 * claims) and `dc4eu` (DC4EU pilot, Open Badges 3.0 claims).
 *
 * @example
 * ```ts
 * import type { EudiCredentialType } from 'microcred/eudi';
 * const type: EudiCredentialType = 'learning-credential';
 * ```
 * @category EUDI
 */
export type EudiCredentialType = 'learning-credential' | 'dc4eu';

/**
 * The claim that carries, for the elements the type's own claims lose, the exact model value (one
 * selectively disclosable member per model field). A collision-resistant name in microcred's namespace.
 *
 * @example
 * ```ts
 * import { MICROCRED_CLAIM } from 'microcred/eudi';
 * MICROCRED_CLAIM; // 'https://w3id.org/microcred/ns#elements'
 * ```
 * @category EUDI
 */
export const MICROCRED_CLAIM = 'https://w3id.org/microcred/ns#elements';

/** The `vct` of each type. */
export const VCT_OF: Readonly<Record<EudiCredentialType, string>> = {
  'learning-credential': LEARNING_CREDENTIAL_VCT,
  dc4eu: DC4EU_MICRO_CREDENTIAL_VCT,
};

/** The type of a `vct`, or undefined. */
export function typeOfVct(vct: unknown): EudiCredentialType | undefined {
  if (vct === LEARNING_CREDENTIAL_VCT) return 'learning-credential';
  if (vct === DC4EU_MICRO_CREDENTIAL_VCT) return 'dc4eu';
  return undefined;
}
