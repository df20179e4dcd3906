import { isMicrocredError, type MicrocredErrorCode } from '../../errors.js';
import { MicrocredJwtError } from '../jwt-error.js';

/** The pipeline stage an unexpected error came from; it decides the fallback code. */
export type ErrorStage = 'key' | 'signature' | 'other';

const JOSE_CODES: Readonly<Record<string, MicrocredErrorCode>> = {
  ERR_JOSE_ALG_NOT_ALLOWED: 'ERR_JWT_ALG_NOT_ALLOWED',
  ERR_JWS_INVALID: 'ERR_JWT_INVALID',
  ERR_JWT_INVALID: 'ERR_JWT_INVALID',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'ERR_JWT_SIGNATURE',
  ERR_JWT_EXPIRED: 'ERR_JWT_EXPIRED',
  ERR_JWKS_NO_MATCHING_KEY: 'ERR_KEY_RESOLUTION',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'ERR_KEY_AMBIGUOUS',
  ERR_JWKS_INVALID: 'ERR_KEY_RESOLUTION',
  ERR_JWKS_TIMEOUT: 'ERR_KEY_RESOLUTION',
  ERR_JWK_INVALID: 'ERR_KEY_RESOLUTION',
};

const CLAIM_CODES: Readonly<Record<string, MicrocredErrorCode>> = {
  nbf: 'ERR_JWT_NOT_YET_VALID',
  typ: 'ERR_JWT_TYPE',
  iss: 'ERR_JWT_CLAIM_MISMATCH',
  aud: 'ERR_JWT_CLAIM_MISMATCH',
  sub: 'ERR_JWT_CLAIM_MISMATCH',
};

/**
 * Maps anything thrown inside the pipeline to a MicrocredError (domain document §2, table): jose errors by
 * their `code`, a plain `TypeError` from key handling to `ERR_KEY_ALG_MISMATCH`, anything else to
 * `ERR_KEY_RESOLUTION` (key stage) or `ERR_JWT_INVALID`, always keeping the original as `cause`.
 * MicrocredErrors pass through unchanged.
 */
export function mapVerifyError(error: unknown, stage: ErrorStage): MicrocredJwtError {
  if (error instanceof MicrocredJwtError) return error;
  if (isMicrocredError(error)) return new MicrocredJwtError(error.code, error.message, { cause: error });
  const joseCode = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof joseCode === 'string' && joseCode.startsWith('ERR_J')) {
    const code = joseCode === 'ERR_JOSE_NOT_SUPPORTED' ? notSupported(message) : claimCode(error, joseCode);
    if (code !== undefined) return new MicrocredJwtError(code, message, { cause: error });
  }
  if (error instanceof TypeError && stage !== 'other') {
    return new MicrocredJwtError('ERR_KEY_ALG_MISMATCH', `The key cannot be used for this token: ${message}`, {
      cause: error,
    });
  }
  const fallback: MicrocredErrorCode = stage === 'key' ? 'ERR_KEY_RESOLUTION' : 'ERR_JWT_INVALID';
  return new MicrocredJwtError(fallback, `Verification failed: ${message}`, { cause: error });
}

function notSupported(message: string): MicrocredErrorCode {
  return /crit/i.test(message) ? 'ERR_JWT_INVALID' : 'ERR_JWT_ALG_NOT_ALLOWED';
}

function claimCode(error: unknown, joseCode: string): MicrocredErrorCode | undefined {
  if (joseCode !== 'ERR_JWT_CLAIM_VALIDATION_FAILED') return JOSE_CODES[joseCode];
  const { claim, reason } = error as { claim?: unknown; reason?: unknown };
  if (reason === 'invalid' || reason === 'missing') return 'ERR_JWT_CLAIM_INVALID';
  return (typeof claim === 'string' ? CLAIM_CODES[claim] : undefined) ?? 'ERR_JWT_CLAIM_INVALID';
}
