import { expect } from 'vitest';
import { isMicrocredError, MicrocredCreditError } from '../../src/errors.js';

type CreditCode = 'ERR_CREDIT_INVALID' | 'ERR_CREDIT_UNIT_MISMATCH' | 'ERR_CREDIT_PRECISION';

/** Runs `fn`, expects a MicrocredCreditError with `code` (and params containing `params`), and returns it. */
export function expectCreditError(
  fn: () => unknown,
  code: CreditCode,
  params: Readonly<Record<string, unknown>> = {},
): MicrocredCreditError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a throw').toBeInstanceOf(MicrocredCreditError);
  const error = caught as MicrocredCreditError;
  expect(isMicrocredError(error, code), `code ${error.code}, expected ${code}: ${error.message}`).toBe(true);
  expect(error.params).toMatchObject(params);
  return error;
}
