import { type Arith, NUMBER_ARITH } from './arith.js';
import { meets } from './evaluate.js';
import { addEdge, maxFlow, network } from './max-flow.js';
import { type Problem, recognised, roundedTotal } from './problem.js';

/**
 * The flow bound (§6.4 step 3): in the fractional relaxation credits may be split, so the exclusive groups can
 * all reach their credit minimums only if a network source → item (capacity: its value) → group (unbounded)
 * → sink (capacity: the group's minimum) carries the sum of the minimums; the same with unit capacities for
 * counts. Returns true when the relaxation is infeasible, which proves that no allocation meets every
 * exclusive group. A feasible relaxation proves nothing.
 */
export function flowBoundFails<N>(problem: Problem<N>): boolean {
  const { ar, items, reqs } = problem;
  const groups = reqs.flatMap((r, k) => (r.exclusive && !r.waived ? [k] : []));
  const credit = groups.filter((r) => {
    const min = reqs[r]?.minV ?? null;
    return min !== null && ar.lt(ar.zero, min);
  });
  const count = groups.filter((r) => (reqs[r]?.minCount ?? 0) > 0);
  const check = <M>(
    arith: Arith<M>,
    chosen: readonly number[],
    capacity: (i: number) => M,
    demand: (r: number) => M,
  ) => {
    if (chosen.length === 0) return false;
    const slot = new Map(chosen.map((r, k) => [r, items.length + 2 + k]));
    const net = network<M>(items.length + 2 + chosen.length);
    let infinite = arith.zero;
    items.forEach((_, i) => {
      infinite = arith.add(infinite, capacity(i));
    });
    let needed = arith.zero;
    for (const r of chosen) {
      addEdge(net, arith, slot.get(r) as number, 1, demand(r));
      needed = arith.add(needed, demand(r));
    }
    items.forEach((item, i) => {
      const targets = item.options.filter((r) => slot.has(r));
      if (targets.length === 0) return;
      addEdge(net, arith, 0, i + 2, capacity(i));
      for (const r of targets) addEdge(net, arith, i + 2, slot.get(r) as number, infinite);
    });
    return arith.lt(maxFlow(net, arith, 0, 1), needed);
  };
  const creditFails = check(
    ar,
    credit,
    (i) => items[i]?.value ?? ar.zero,
    (r) => reqs[r]?.minV ?? ar.zero,
  );
  return (
    creditFails ||
    check(
      NUMBER_ARITH,
      count,
      () => 1,
      (r) => reqs[r]?.minCount ?? 0,
    )
  );
}

/**
 * The requirement bound and the total bound (§6.4 step 3): each requirement judged as if it received every
 * item that may count for it (every item that may join a group; every item for the total, level, residency
 * and overlays, with whole-credential caps truncating). A requirement that fails even then can never be met.
 */
export function optimisticFlags<N>(problem: Problem<N>): boolean[] {
  const { ar, items, reqs, caps } = problem;
  const sums: N[] = reqs.map(() => ar.zero);
  const counts: number[] = reqs.map(() => 0);
  const covered: boolean[][] = reqs.map((r) => r.required.map(() => false));
  const capDirect: N[] = caps.map(() => ar.zero);
  let free = ar.zero;
  const residency = reqs.findIndex((r) => r.kind === 'residency');
  for (const item of items) {
    const targets = [...item.options, ...item.overlays, ...item.levels, ...(item.residency ? [residency] : [])];
    for (const r of targets) {
      sums[r] = ar.add(sums[r] as N, item.value);
      counts[r] = (counts[r] as number) + 1;
      for (const [g, slot] of item.covers) if (g === r) (covered[r] as boolean[])[slot] = true;
    }
    if (item.innerCap >= 0) capDirect[item.innerCap] = ar.add(capDirect[item.innerCap] as N, item.value);
    else free = ar.add(free, item.value);
  }
  sums[reqs.length - 1] = roundedTotal(
    problem,
    recognised(
      problem,
      capDirect,
      free,
      true,
      caps.map(() => ar.zero),
    ),
  );
  return reqs.map((r, k) => meets(ar, r, sums[k] as N, counts[k] as number, (s) => covered[k]?.[s] === true));
}
