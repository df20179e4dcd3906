import type { CreditRoundingMode } from '../../credit/round-credit.js';

/**
 * Integer arithmetic on credits scaled by the common denominator of one evaluation. The solver runs on
 * `number` while every value it can form stays a safe integer, and on `bigint` otherwise; both give the
 * same results, because both are exact.
 */
export interface Arith<N> {
  readonly zero: N;
  readonly kind: 'number' | 'bigint';
  add(a: N, b: N): N;
  sub(a: N, b: N): N;
  lt(a: N, b: N): boolean;
  min(a: N, b: N): N;
  max(a: N, b: N): N;
  /** Rounds to a multiple of `step` (> 0) with the credit module's modes. */
  round(x: N, step: N, mode: CreditRoundingMode): N;
  of(scaled: bigint): N;
  big(x: N): bigint;
}

function roundBig(x: bigint, step: bigint, mode: CreditRoundingMode): bigint {
  const q = x / step;
  const r = x % step;
  if (r === 0n || mode === 'floor') return q * step;
  if (mode === 'ceil') return (q + 1n) * step;
  const twice = 2n * r;
  const up = twice > step || (twice === step && (mode === 'half-up' || q % 2n === 1n));
  return (up ? q + 1n : q) * step;
}

function roundNumber(x: number, step: number, mode: CreditRoundingMode): number {
  const r = x % step;
  const q = (x - r) / step;
  if (r === 0 || mode === 'floor') return q * step;
  if (mode === 'ceil') return (q + 1) * step;
  const twice = 2 * r;
  const up = twice > step || (twice === step && (mode === 'half-up' || q % 2 === 1));
  return (up ? q + 1 : q) * step;
}

/** Exact arithmetic on safe integers. */
export const NUMBER_ARITH: Arith<number> = {
  zero: 0,
  kind: 'number',
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  lt: (a, b) => a < b,
  min: (a, b) => Math.min(a, b),
  max: (a, b) => Math.max(a, b),
  round: roundNumber,
  of: (scaled) => Number(scaled),
  big: (x) => BigInt(x),
};

/** Exact arithmetic on bigints, for evaluations whose scaled values outgrow safe integers. */
export const BIGINT_ARITH: Arith<bigint> = {
  zero: 0n,
  kind: 'bigint',
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  lt: (a, b) => a < b,
  // biome-ignore lint/complexity/useMathMinMax: Math.min does not accept bigints
  min: (a, b) => (a < b ? a : b),
  // biome-ignore lint/complexity/useMathMinMax: Math.max does not accept bigints
  max: (a, b) => (a > b ? a : b),
  round: roundBig,
  of: (scaled) => scaled,
  big: (x) => x,
};
