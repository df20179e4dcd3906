import { describe, expectTypeOf, it } from 'vitest';
import type { ReadAnyResult, VerifyAnyResult } from '../../src/verify/index.js';
import { readAny } from '../../src/verify/index.js';

describe('readAny types', () => {
  it('a reading is typed as unverified and cannot pass for a verification', () => {
    expectTypeOf<ReadAnyResult['verified']>().toEqualTypeOf<false>();
    expectTypeOf<ReadAnyResult>().not.toMatchTypeOf<VerifyAnyResult>();
    expectTypeOf<ReadAnyResult>().not.toHaveProperty('checks');
    expectTypeOf<ReadAnyResult>().not.toHaveProperty('issuer');
    expectTypeOf(readAny).returns.resolves.toEqualTypeOf<ReadAnyResult>();
  });
});
