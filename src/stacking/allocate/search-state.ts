import type { Component } from './components.js';
import { compareTuples, LEFT_OUT, meets, NO_GROUP, shortfall, type Tuple } from './evaluate.js';
import { type PItem, type PReq, type Problem, recognised, roundedTotal } from './problem.js';

/**
 * The incremental state of one component's search: sums, counts and required-id coverage of what is decided
 * (`sum`) and of what is still open (`rem`), updated in place by `apply` and reversed by `undo`, so the search
 * never copies state. `bound()` gives an optimistic tuple (exact when nothing is open).
 */
export interface SearchState<N> {
  readonly reqSet: readonly number[];
  apply(i: number, choice: number): void;
  undo(i: number, choice: number): void;
  /** Whether the item may be counted without breaking a `wholeCredentials` cap. */
  fits(i: number): boolean;
  bound(): Tuple<N>;
  /** The credit deficit of a group, for ordering choices. */
  deficit(r: number): N;
  /** Whether a group is met by what is decided so far. */
  met(r: number): boolean;
  /** Whether an item would cover a required id of the group that nothing decided covers yet. */
  coversOpenSlot(i: number, r: number): boolean;
  compare(a: Tuple<N>, b: Tuple<N>): number;
}

/** Builds the state of a component with every forced item applied and every decision open. */
export function createSearchState<N>(
  problem: Problem<N>,
  component: Component,
  forced: readonly (number | undefined)[],
): SearchState<N> {
  const { ar, reqs, items, caps } = problem;
  const global = component.global;
  const reqSet = global
    ? [...component.groups, ...reqs.flatMap((r, k) => (r.exclusive ? [] : [k]))].sort((a, b) => a - b)
    : component.groups;
  const inComponent = new Set(component.groups);
  const sum: N[] = reqs.map(() => ar.zero);
  const rem: N[] = reqs.map(() => ar.zero);
  const cnt: number[] = reqs.map(() => 0);
  const rcnt: number[] = reqs.map(() => 0);
  const cov: number[][] = reqs.map((r) => r.required.map(() => 0));
  const rcov: number[][] = reqs.map((r) => r.required.map(() => 0));
  const capDirect: N[] = caps.map(() => ar.zero);
  const capRem: N[] = caps.map(() => ar.zero);
  const wholeUse: N[] = caps.map(() => ar.zero);
  const openCaps: N[] = caps.map(() => ar.zero);
  const scratch: N[] = caps.map(() => ar.zero);
  let free = ar.zero;
  let freeRem = ar.zero;
  const residency = reqs.findIndex((r) => r.kind === 'residency');
  const totalIdx = reqs.length - 1;

  const touchGroup = (item: PItem<N>, r: number, sign: 1 | -1, open: boolean) => {
    const s = open ? rem : sum;
    const c = open ? rcnt : cnt;
    const v = open ? rcov : cov;
    s[r] = sign > 0 ? ar.add(s[r] as N, item.value) : ar.sub(s[r] as N, item.value);
    c[r] = (c[r] as number) + sign;
    for (const [g, slot] of item.covers)
      if (g === r) (v[r] as number[])[slot] = ((v[r] as number[])[slot] as number) + sign;
  };
  /** The contributions of counting an item, beyond its exclusive group. */
  const touchCounted = (item: PItem<N>, sign: 1 | -1, open: boolean) => {
    for (const r of item.overlays) touchGroup(item, r, sign, open);
    for (const r of item.levels) touchGroup(item, r, sign, open);
    if (item.residency && residency >= 0) touchGroup(item, residency, sign, open);
    const add = (x: N) => (sign > 0 ? ar.add(x, item.value) : ar.sub(x, item.value));
    if (item.innerCap >= 0) {
      const target = open ? capRem : capDirect;
      target[item.innerCap] = add(target[item.innerCap] as N);
    } else if (open) freeRem = add(freeRem);
    else free = add(free);
    if (!open) for (const k of item.wholeCaps) wholeUse[k] = add(wholeUse[k] as N);
  };

  items.forEach((item, i) => {
    const f = forced[i];
    if (global && !item.capped) touchCounted(item, 1, false);
    if (f !== undefined && f !== NO_GROUP && f !== LEFT_OUT && inComponent.has(f)) touchGroup(item, f, 1, false);
  });
  for (const i of component.decisions) {
    const item = items[i] as PItem<N>;
    for (const r of item.options) touchGroup(item, r, 1, true);
    if (global && item.capped) touchCounted(item, 1, true);
  }

  const move = (i: number, choice: number, sign: 1 | -1) => {
    const item = items[i] as PItem<N>;
    for (const r of item.options) touchGroup(item, r, -sign as 1 | -1, true);
    if (global && item.capped) touchCounted(item, -sign as 1 | -1, true);
    if (choice === LEFT_OUT) return;
    if (choice !== NO_GROUP) touchGroup(item, choice, sign, false);
    if (global && item.capped) touchCounted(item, sign, false);
  };

  const bound = (): Tuple<N> => {
    let count = 0;
    let missing = ar.zero;
    const flags: boolean[] = [];
    let total = ar.zero;
    if (global) {
      for (let k = 0; k < caps.length; k += 1) openCaps[k] = ar.add(capDirect[k] as N, capRem[k] as N);
      total = recognised(problem, openCaps, ar.add(free, freeRem), true, scratch);
    }
    for (const r of reqSet) {
      const req = reqs[r];
      if (req === undefined) continue;
      const s = r === totalIdx ? roundedTotal(problem, total) : ar.add(sum[r] as N, rem[r] as N);
      const c = (cnt[r] as number) + (rcnt[r] as number);
      const ok = meets(
        ar,
        req,
        s,
        c,
        (slot) => ((cov[r] as number[])[slot] as number) + ((rcov[r] as number[])[slot] as number) > 0,
      );
      if (ok) count += 1;
      flags.push(ok);
      missing = ar.add(missing, shortfall(ar, req, s));
    }
    return { count, recognised: total, missing, flags };
  };

  return {
    reqSet,
    apply: (i, choice) => move(i, choice, 1),
    undo: (i, choice) => move(i, choice, -1),
    fits: (i) => {
      const item = items[i] as PItem<N>;
      return item.wholeCaps.every((k) => !ar.lt(caps[k]?.limit as N, ar.add(wholeUse[k] as N, item.value)));
    },
    bound,
    deficit: (r) => {
      const req = reqs[r];
      return req === undefined || req.minV === null || req.waived
        ? ar.zero
        : ar.max(ar.zero, ar.sub(req.minV, sum[r] as N));
    },
    met: (r) =>
      meets(
        ar,
        reqs[r] as PReq<N>,
        sum[r] as N,
        cnt[r] as number,
        (slot) => ((cov[r] as number[])[slot] as number) > 0,
      ),
    coversOpenSlot: (i, r) =>
      (items[i] as PItem<N>).covers.some(([g, slot]) => g === r && (cov[r] as number[])[slot] === 0),
    compare: (a, b) => compareTuples(ar, a, b),
  };
}
