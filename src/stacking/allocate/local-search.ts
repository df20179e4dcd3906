import type { Component } from './components.js';
import type { PItem, PReq, Problem } from './problem.js';

/** A small deterministic PRNG (mulberry32): the repair's random steps are the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** The combined shortfall of the exclusive groups: missing credentials first, then missing credits. */
interface Shortfall<N> {
  count: number;
  credit: N;
}

/** The result of the repair: the picks (one per decision) and the nodes it spent. */
export interface RepairResult {
  readonly picks: readonly number[];
  readonly nodes: number;
}

/**
 * Repairs an allocation of one component by local search (§6.4 step 4, a stronger incumbent): while an
 * exclusive group of the component falls short of its credit or count minimum, it moves one credential into
 * that group, or swaps two credentials between that group and another, choosing the change that most reduces
 * the groups' combined shortfall (missing credentials, then missing credits). When no change helps, it makes
 * the least harmful move into a short group, chosen with a fixed-seed PRNG and kept from being undone at
 * once, so it walks across plateaus (tight count minimums need it). Every applied change costs one node;
 * the repair stops when no group falls short or when its budget is spent.
 *
 * Only components whose items all choose among exclusive groups are repaired (no `wholeCredentials` cap in
 * play, where counting a credential can break a cap). Like every heuristic here it only proposes an
 * incumbent: the caller scores the result exactly and keeps it only when it is better, and the answer still
 * comes from the search.
 */
export function repairByLocalSearch<N>(
  problem: Problem<N>,
  component: Component,
  forced: readonly (number | undefined)[],
  options: readonly (readonly number[])[],
  start: readonly number[],
  budget: number,
): RepairResult {
  const { ar, items, reqs } = problem;
  const decisions = component.decisions;
  if (component.global || budget <= 0) return { picks: start, nodes: 0 };
  if (options.some((list) => list.some((r) => r < 0))) return { picks: start, nodes: 0 };
  const groups = component.groups;
  const slot = new Map<number, number>(groups.map((r, k) => [r, k]));
  const min = groups.map((r) => {
    const req = reqs[r] as PReq<N>;
    return req.waived ? null : req.minV;
  });
  const minCount = groups.map((r) => {
    const req = reqs[r] as PReq<N>;
    return req.waived ? 0 : (req.minCount ?? 0);
  });
  const sum: N[] = groups.map(() => ar.zero);
  const cnt: number[] = groups.map(() => 0);
  forced.forEach((f, i) => {
    const k = f === undefined ? undefined : slot.get(f);
    if (k === undefined) return;
    sum[k] = ar.add(sum[k] as N, (items[i] as PItem<N>).value);
    cnt[k] = (cnt[k] as number) + 1;
  });
  const value = decisions.map((i) => (items[i] as PItem<N>).value);
  const at = start.map((r) => slot.get(r) ?? -1);
  if (at.some((k) => k < 0)) return { picks: start, nodes: 0 };
  const opts = options.map((list) => list.map((r) => slot.get(r) as number));
  const members: number[][] = groups.map(() => []);
  const position: number[] = decisions.map(() => 0);
  const candidates: number[][] = groups.map(() => []);
  at.forEach((k, p) => {
    sum[k] = ar.add(sum[k] as N, value[p] as N);
    cnt[k] = (cnt[k] as number) + 1;
    position[p] = (members[k] as number[]).push(p) - 1;
  });
  opts.forEach((list, p) => {
    for (const k of list) (candidates[k] as number[]).push(p);
  });

  const creditShort = (k: number, s: N): N => {
    const m = min[k];
    return m === null || m === undefined ? ar.zero : ar.max(ar.zero, ar.sub(m, s));
  };
  const countShort = (k: number, c: number) => Math.max(0, (minCount[k] as number) - c);
  const short = (k: number): boolean =>
    countShort(k, cnt[k] as number) > 0 || ar.lt(ar.zero, creditShort(k, sum[k] as N));

  /** The change in shortfall when group k's sum and count move by (ds added, dr removed, dc). */
  const delta = (acc: Shortfall<N>, k: number, add: N, remove: N, dc: number) => {
    const s = sum[k] as N;
    const c = cnt[k] as number;
    const after = ar.sub(ar.add(s, add), remove);
    acc.count += countShort(k, c + dc) - countShort(k, c);
    acc.credit = ar.add(acc.credit, ar.sub(creditShort(k, after), creditShort(k, s)));
  };
  const better = (a: Shortfall<N>, b: Shortfall<N>) =>
    a.count < b.count || (a.count === b.count && ar.lt(a.credit, b.credit));

  const detach = (p: number) => {
    const k = at[p] as number;
    const list = members[k] as number[];
    const last = list.pop() as number;
    if (last !== p) {
      list[position[p] as number] = last;
      position[last] = position[p] as number;
    }
    sum[k] = ar.sub(sum[k] as N, value[p] as N);
    cnt[k] = (cnt[k] as number) - 1;
  };
  const attach = (p: number, k: number) => {
    at[p] = k;
    position[p] = (members[k] as number[]).push(p) - 1;
    sum[k] = ar.add(sum[k] as N, value[p] as N);
    cnt[k] = (cnt[k] as number) + 1;
  };
  const move = (p: number, k: number) => {
    detach(p);
    attach(p, k);
  };

  const zero = (): Shortfall<N> => ({ count: 0, credit: ar.zero });
  /** The shortfall of a set of groups, as a comparable pair. */
  const shortOf = (ks: readonly number[]): Shortfall<N> => {
    const acc = zero();
    for (const k of ks) {
      acc.count += countShort(k, cnt[k] as number);
      acc.credit = ar.add(acc.credit, creditShort(k, sum[k] as N));
    }
    return acc;
  };
  const random = prng(0x5eed + decisions.length * 131 + groups.length);
  const tabu = new Map<number, number>();
  let nodes = 0;
  let cursor = 0;
  // The best state seen is kept: random steps may leave a worse one behind. The walk ends when no group is
  // short, when the budget is spent, or when it has not found a better state for a while.
  const all = groups.map((_, k) => k);
  let bestShort = shortOf(all);
  let bestAt = [...at];
  let lastGain = 0;
  const patience = 8 * groups.length + 64;
  while (nodes < budget && nodes - lastGain <= patience) {
    const now = shortOf(all);
    if (better(now, bestShort)) {
      bestShort = now;
      bestAt = [...at];
      lastGain = nodes;
    }
    let target = -1;
    for (let step = 0; step < groups.length; step += 1) {
      const k = (cursor + step) % groups.length;
      if (short(k)) {
        target = k;
        break;
      }
    }
    if (target < 0) break;
    cursor = target + 1;
    let best = zero();
    let bestMove: [number, number] | null = null;
    const into = candidates[target] as number[];
    for (const p of into) {
      const from = at[p] as number;
      if (from === target) continue;
      const v = value[p] as N;
      const d = zero();
      delta(d, from, ar.zero, v, -1);
      delta(d, target, v, ar.zero, 1);
      if (better(d, best)) {
        best = d;
        bestMove = [p, -1];
      }
      for (const q of members[target] as number[]) {
        if (!(opts[q] as number[]).includes(from)) continue;
        const w = value[q] as N;
        const e = zero();
        delta(e, from, w, v, 0);
        delta(e, target, v, w, 0);
        if (better(e, best)) {
          best = e;
          bestMove = [p, q];
        }
      }
    }
    nodes += 1;
    if (bestMove !== null) {
      const [p, q] = bestMove;
      const from = at[p] as number;
      move(p, target);
      if (q >= 0) move(q, from);
      continue;
    }
    // No change helps: a random move into the short group, not one of the recently moved credentials.
    const free = into.filter((p) => at[p] !== target && (tabu.get(p) ?? -1) < nodes);
    if (free.length === 0) {
      tabu.clear();
      continue;
    }
    const p = free[random() % free.length] as number;
    move(p, target);
    tabu.set(p, nodes + Math.max(3, Math.min(50, groups.length)));
  }
  const final = shortOf(all);
  const picked = better(final, bestShort) || !better(bestShort, final) ? at : bestAt;
  return { picks: picked.map((k) => groups[k] as number), nodes };
}
