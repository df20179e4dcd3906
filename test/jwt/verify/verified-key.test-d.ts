import { describe, expectTypeOf, it } from 'vitest';
import type { SigningAlgorithm, VerifiedCredential, VerifiedKey } from '../../../src/jwt/index.js';

describe('the key reported by a verification', () => {
  it('names one of the signing algorithms, as the verifier accepts no other', () => {
    expectTypeOf<VerifiedKey['alg']>().toEqualTypeOf<SigningAlgorithm>();
    expectTypeOf<VerifiedCredential['key']['alg']>().toEqualTypeOf<SigningAlgorithm>();
    expectTypeOf<'none'>().not.toExtend<VerifiedKey['alg']>();
    expectTypeOf<'HS256'>().not.toExtend<VerifiedKey['alg']>();
  });
});
