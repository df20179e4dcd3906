import type { MicrocredErrorCode } from '../../errors.js';

/**
 * English descriptions of every error code, for people reading logs and for the error reference.
 *
 * @example
 * ```ts
 * import { enErrorMessages } from 'microcred/locales';
 * enErrorMessages.ERR_JWT_EXPIRED; // 'The token has expired.'
 * ```
 * @category Locales
 */
export const enErrorMessages: Readonly<Record<MicrocredErrorCode, string>> = {
  ERR_VALIDATION: 'The input does not match the model.',
  ERR_INPUT_TOO_LARGE: 'The input is larger, deeper or longer than the configured limits.',
  ERR_INCOMPLETE: 'The credential does not meet the completeness profile.',
  ERR_CREDIT_INVALID: 'The credit amount is malformed, negative or not finite.',
  ERR_CREDIT_UNIT_MISMATCH: 'The credit units cannot be combined or converted with the given table.',
  ERR_CREDIT_PRECISION: 'The credit amount has more digits than allowed.',
  ERR_POLICY_INVALID: 'The recognition policy or target qualification is invalid.',
  ERR_JWT_INVALID: 'The token is not a well-formed compact JWS or JWT.',
  ERR_JWT_SIGNATURE: 'The token signature does not verify.',
  ERR_JWT_EXPIRED: 'The token has expired.',
  ERR_JWT_NOT_YET_VALID: 'The token is not yet valid.',
  ERR_JWT_ALG_NOT_ALLOWED: 'The token algorithm is not allowed.',
  ERR_JWT_CLAIM_MISMATCH: 'A token claim contradicts the credential or the expected value.',
  ERR_JWT_CLAIM_INVALID: 'A token claim is missing or malformed.',
  ERR_JWT_TYPE: 'The token type header is not the one expected for this profile.',
  ERR_KEY_RESOLUTION: 'No usable public key could be resolved for the token.',
  ERR_KEY_ALG_MISMATCH: 'The key does not match the token algorithm.',
  ERR_KEY_AMBIGUOUS: 'More than one key matches the token.',
  ERR_KEY_INVALID: 'The key is malformed, private where a public key is required, or of an unsupported type.',
  ERR_CREDENTIAL_REVOKED: 'The credential has been revoked.',
  ERR_CREDENTIAL_SUSPENDED: 'The credential is suspended.',
  ERR_STATUS_UNAVAILABLE: 'The credential status could not be fetched, verified or decoded.',
  ERR_INTEROP_UNMAPPABLE: 'A part of the document cannot be mapped to or from the model.',
  ERR_OPTIONS_INVALID: 'An option passed to the function is invalid.',
  ERR_STATUS_LIST_FULL: 'Every index of the status list is in use; open a new list.',
  ERR_SD_JWT_DISCLOSURE: 'A selective disclosure is altered, repeated, unreferenced or not allowed here.',
  ERR_KEY_BINDING: 'The key-binding JWT is missing or does not prove possession for this audience and nonce.',
  ERR_INTEROP_NOT_ACHIEVEMENT:
    'A credential that awards no achievement (an endorsement, a CLR bundle) is not a micro-credential.',
  ERR_INPUT_UNSUPPORTED: 'The input is not a credential format microcred can read or verify.',
  ERR_PROOF_UNSUPPORTED: 'The proof’s type or cryptosuite is not one microcred verifies.',
  ERR_PROOF_INVALID:
    'The proof is malformed, outside its validity window, made for another purpose, or its chain is broken.',
  ERR_PROOF_SIGNATURE: 'The proof value does not verify over the document with the issuer’s key.',
  ERR_JSONLD_CONTEXT: 'The document names a JSON-LD context that is not pinned, or one that does not match its pin.',
  ERR_JSONLD_INVALID:
    'JSON-LD processing would drop or reinterpret part of the document (an undefined term, @vocab, @base or a relative IRI).',
  ERR_JSONLD_LIMIT: 'JSON-LD processing or canonicalisation exceeded its work limit or time budget.',
};
