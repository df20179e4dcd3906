import type { Arith } from './arith.js';
import { type PReq, type Problem, recognised, roundedTotal } from './problem.js';

/** An item's choice: the exclusive group's requirement index, or one of these. */
export const NO_GROUP = -1;
/** An item left out (allowed only inside a `wholeCredentials` cap). */
export const LEFT_OUT = -2;

/**
 * The objective value of an allocation, compared lexicographically: satisfied requirements, recognised
 * credits (after caps, before total rounding), the credit shortfall over unmet requirements (less is better),
 * then the satisfied flags in canonical requirement order (an earlier requirement met is better).
 */
export interface Tuple<N> {
  readonly count: number;
  readonly recognised: N;
  readonly missing: N;
  readonly flags: readonly boolean[];
}

/** Positive when `a` is better than `b`, negative when worse, zero when equal. */
export function compareTuples<N>(ar: Arith<N>, a: Tuple<N>, b: Tuple<N>): number {
  if (a.count !== b.count) return a.count - b.count;
  if (ar.lt(b.recognised, a.recognised)) return 1;
  if (ar.lt(a.recognised, b.recognised)) return -1;
  if (ar.lt(a.missing, b.missing)) return 1;
  if (ar.lt(b.missing, a.missing)) return -1;
  for (let k = 0; k < a.flags.length; k += 1) {
    if (a.flags[k] !== b.flags[k]) return a.flags[k] ? 1 : -1;
  }
  return 0;
}

/** Whether a requirement is met by a sum, a count and the coverage of its required ids. */
export function meets<N>(
  ar: Arith<N>,
  req: PReq<N>,
  sum: N,
  count: number,
  covered: (slot: number) => boolean,
): boolean {
  if (req.waived) return true;
  if (req.minV !== null && ar.lt(sum, req.minV)) return false;
  if (req.minCount !== null && count < req.minCount) return false;
  for (let s = 0; s < req.required.length; s += 1) if (!covered(s)) return false;
  return true;
}

/** The credit shortfall of a requirement (zero when waived or without a credit minimum). */
export function shortfall<N>(ar: Arith<N>, req: PReq<N>, sum: N): N {
  if (req.waived || req.minV === null) return ar.zero;
  return ar.max(ar.zero, ar.sub(req.minV, sum));
}

/** Everything the explanation needs about one allocation, computed from scratch. */
export interface Evaluation<N> {
  readonly sums: readonly N[];
  readonly counts: readonly number[];
  readonly covered: readonly (readonly boolean[])[];
  readonly satisfied: readonly boolean[];
  readonly missing: readonly N[];
  readonly raw: N;
  readonly rounded: N;
  readonly tuple: Tuple<N>;
}

/** Evaluates a complete allocation (one choice per item) against every requirement. */
export function evaluate<N>(problem: Problem<N>, choice: readonly number[]): Evaluation<N> {
  const { ar, reqs, items } = problem;
  const sums: N[] = reqs.map(() => ar.zero);
  const counts: number[] = reqs.map(() => 0);
  const covered: boolean[][] = reqs.map((r) => r.required.map(() => false));
  const capDirect: N[] = problem.caps.map(() => ar.zero);
  let free = ar.zero;
  items.forEach((item, i) => {
    const c = choice[i] ?? LEFT_OUT;
    if (c === LEFT_OUT) return;
    const add = (r: number) => {
      sums[r] = ar.add(sums[r] as N, item.value);
      counts[r] = (counts[r] ?? 0) + 1;
      for (const [g, slot] of item.covers) if (g === r) (covered[r] as boolean[])[slot] = true;
    };
    if (c >= 0) add(c);
    for (const r of item.overlays) add(r);
    for (const r of item.levels) add(r);
    if (item.residency) {
      const r = reqs.findIndex((q) => q.kind === 'residency');
      sums[r] = ar.add(sums[r] as N, item.value);
    }
    if (item.innerCap >= 0) capDirect[item.innerCap] = ar.add(capDirect[item.innerCap] as N, item.value);
    else free = ar.add(free, item.value);
  });
  const raw = recognised(problem, capDirect, free, false, []);
  const rounded = roundedTotal(problem, raw);
  sums[reqs.length - 1] = rounded;
  const satisfied = reqs.map((r, k) => meets(ar, r, sums[k] as N, counts[k] ?? 0, (s) => covered[k]?.[s] === true));
  const missing = reqs.map((r, k) => shortfall(ar, r, sums[k] as N));
  const tuple: Tuple<N> = {
    count: satisfied.filter(Boolean).length,
    recognised: raw,
    missing: missing.reduce((a, b) => ar.add(a, b), ar.zero),
    flags: satisfied,
  };
  return { sums, counts, covered, satisfied, missing, raw, rounded, tuple };
}
