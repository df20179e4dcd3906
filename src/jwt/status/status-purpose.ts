/**
 * The purposes of Bitstring Status List v1.0 §2.1 that the verifier interprets: `revocation` and `suspension`
 * decide the outcome; `message` and `refresh` are reported (value, message) and never change it.
 */
const INTERPRETED_PURPOSES: readonly string[] = ['revocation', 'suspension', 'message', 'refresh'];

/**
 * Whether an entry's `statusPurpose` is one the verifier interprets (see `checkStatus`). A module of its own so
 * that the verifier can decide before it loads the status-list reader.
 */
export function isInterpretedPurpose(purpose: unknown): boolean {
  return typeof purpose === 'string' && INTERPRETED_PURPOSES.includes(purpose);
}
