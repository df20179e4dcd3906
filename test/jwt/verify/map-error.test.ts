import { errors } from 'jose';
import { describe, expect, it } from 'vitest';
import { MicrocredError } from '../../../src/errors.js';
import { MicrocredJwtError } from '../../../src/jwt/jwt-error.js';
import { mapVerifyError } from '../../../src/jwt/verify/map-error.js';

describe('mapVerifyError: every jose error and TypeError becomes a microcred code', () => {
  it('maps jose errors by their code', () => {
    const cases: [unknown, string][] = [
      [new errors.JOSEAlgNotAllowed('x'), 'ERR_JWT_ALG_NOT_ALLOWED'],
      [new errors.JOSENotSupported('Unsupported "alg" value'), 'ERR_JWT_ALG_NOT_ALLOWED'],
      [new errors.JOSENotSupported('Extension Header Parameter "x" in "crit" is not recognized'), 'ERR_JWT_INVALID'],
      [new errors.JWSInvalid('x'), 'ERR_JWT_INVALID'],
      [new errors.JWTInvalid('x'), 'ERR_JWT_INVALID'],
      [new errors.JWSSignatureVerificationFailed(), 'ERR_JWT_SIGNATURE'],
      [new errors.JWTExpired('x', {}, 'exp', 'check_failed'), 'ERR_JWT_EXPIRED'],
      [new errors.JWTClaimValidationFailed('x', {}, 'nbf', 'check_failed'), 'ERR_JWT_NOT_YET_VALID'],
      [new errors.JWTClaimValidationFailed('x', {}, 'typ', 'check_failed'), 'ERR_JWT_TYPE'],
      [new errors.JWTClaimValidationFailed('x', {}, 'iss', 'check_failed'), 'ERR_JWT_CLAIM_MISMATCH'],
      [new errors.JWTClaimValidationFailed('x', {}, 'aud', 'check_failed'), 'ERR_JWT_CLAIM_MISMATCH'],
      [new errors.JWTClaimValidationFailed('x', {}, 'exp', 'invalid'), 'ERR_JWT_CLAIM_INVALID'],
      [new errors.JWTClaimValidationFailed('x', {}, 'iss', 'missing'), 'ERR_JWT_CLAIM_INVALID'],
      [new errors.JWTClaimValidationFailed('x', {}, 'other', 'check_failed'), 'ERR_JWT_CLAIM_INVALID'],
      [new errors.JWKSNoMatchingKey(), 'ERR_KEY_RESOLUTION'],
      [new errors.JWKSMultipleMatchingKeys(), 'ERR_KEY_AMBIGUOUS'],
      [new errors.JWKSTimeout(), 'ERR_KEY_RESOLUTION'],
      [new errors.JWKSInvalid('x'), 'ERR_KEY_RESOLUTION'],
      [new errors.JWKInvalid('x'), 'ERR_KEY_RESOLUTION'],
    ];
    for (const [error, code] of cases) {
      const mapped = mapVerifyError(error, 'signature');
      expect(mapped.code, String(error)).toBe(code);
      expect(mapped.cause).toBe(error);
    }
  });

  it('maps TypeErrors from key handling and everything else by stage, keeping the cause', () => {
    const type = new TypeError('CryptoKey instances must be of type "public"');
    expect(mapVerifyError(type, 'signature').code).toBe('ERR_KEY_ALG_MISMATCH');
    expect(mapVerifyError(type, 'key').code).toBe('ERR_KEY_ALG_MISMATCH');
    expect(mapVerifyError(type, 'other').code).toBe('ERR_JWT_INVALID');
    expect(mapVerifyError(new RangeError('x'), 'key').code).toBe('ERR_KEY_RESOLUTION');
    expect(mapVerifyError(new SyntaxError('x'), 'other').code).toBe('ERR_JWT_INVALID');
    expect(mapVerifyError('a string', 'other')).toMatchObject({ code: 'ERR_JWT_INVALID', cause: 'a string' });
    expect(mapVerifyError({ code: 'ERR_JOSE_GENERIC' }, 'other').code).toBe('ERR_JWT_INVALID');
    expect(mapVerifyError({ code: 'ENOTFOUND' }, 'key').code).toBe('ERR_KEY_RESOLUTION');
  });

  it('passes microcred errors through, as MicrocredJwtError', () => {
    const own = new MicrocredJwtError('ERR_JWT_SIGNATURE', 'x', { path: ['a'] });
    expect(mapVerifyError(own, 'other')).toBe(own);
    const plain = new MicrocredError('ERR_KEY_AMBIGUOUS', 'two keys');
    const mapped = mapVerifyError(plain, 'key');
    expect(mapped).toBeInstanceOf(MicrocredJwtError);
    expect(mapped).toMatchObject({ code: 'ERR_KEY_AMBIGUOUS', cause: plain });
  });
});
