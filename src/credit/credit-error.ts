/**
 * Internal helpers that build the {@link MicrocredCreditError}s thrown by the credit module.
 *
 * Not exported from the package. The `reason` strings are stable and documented on the public functions.
 *
 * @module
 * @internal
 */

import { MicrocredCreditError } from '../errors.js';

const MAX_SHOWN = 80;

/**
 * Describes any value for an error message, short and without throwing.
 *
 * @internal
 */
export function describeInput(input: unknown): string {
  if (typeof input === 'string') {
    const shown = input.length > MAX_SHOWN ? `${input.slice(0, MAX_SHOWN)}…` : input;
    return JSON.stringify(shown);
  }
  if (typeof input === 'number') return Object.is(input, -0) ? '-0' : String(input);
  if (typeof input === 'bigint') return `${input}n`;
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return `a value of type ${typeof input}`;
}

function where(extra: Readonly<Record<string, unknown>>): string {
  const field = extra['field'];
  return typeof field === 'string' ? ` at ${field}` : '';
}

/**
 * `ERR_CREDIT_INVALID` with `params: { input, reason, ...extra }`.
 *
 * @internal
 */
export function creditInvalid(
  input: unknown,
  reason: string,
  why: string,
  extra: Readonly<Record<string, unknown>> = {},
): MicrocredCreditError {
  return new MicrocredCreditError(
    'ERR_CREDIT_INVALID',
    `Invalid credit value ${describeInput(input)}${where(extra)}: ${why}`,
    { input, reason, ...extra },
  );
}

/**
 * `ERR_CREDIT_PRECISION` with `params: { input, reason, limit, ...extra }`.
 *
 * @internal
 */
export function creditPrecision(
  input: unknown,
  reason: string,
  why: string,
  limit: number,
  extra: Readonly<Record<string, unknown>> = {},
): MicrocredCreditError {
  return new MicrocredCreditError(
    'ERR_CREDIT_PRECISION',
    `Credit value ${describeInput(input)}${where(extra)} is too large or too precise: ${why}`,
    { input, reason, limit, ...extra },
  );
}

/**
 * `ERR_CREDIT_UNIT_MISMATCH` for two amounts that cannot be combined: `params: { left, right }`.
 *
 * @internal
 */
export function unitMismatch(left: string, right: string): MicrocredCreditError {
  return new MicrocredCreditError(
    'ERR_CREDIT_UNIT_MISMATCH',
    `Cannot combine credits in ${left} with credits in ${right}; convert them first`,
    { left, right },
  );
}
