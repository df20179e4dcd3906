import type { Component } from './components.js';
import { compareTuples, LEFT_OUT, meets, NO_GROUP, shortfall, type Tuple } from './evaluate.js';
import { type PItem, type PReq, type Problem, recognised, roundedTotal } from './problem.js';

/**
 * The incremental state of one component's search: sums, counts and required-id coverage of what is decided
 * (`sum`) and of what is still open (`rem`), updated in place by `apply` and reversed by `undo`, so the search
 * never copies state. Each requirement's optimistic outcome (met if it received everything still open) and
 * shortfall are kept up to date for the requirements an item touches, so bounding a node costs O(1) in the
 * usual case; `bound()` materialises the optimistic tuple (exact when nothing is open).
 */
export interface SearchState<N> {
  apply(i: number, choice: number): void;
  undo(i: number, choice: number): void;
  /** Whether the item may be counted without breaking a `wholeCredentials` cap. */
  fits(i: number): boolean;
  bound(): Tuple<N>;
  /** Whether the optimistic tuple of the current node is strictly better than `best`. */
  beats(best: Tuple<N>): boolean;
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
  const totalIdx = reqs.length - 1;
  const reqSet = global
    ? [...component.groups, ...reqs.flatMap((r, k) => (r.exclusive ? [] : [k]))].sort((a, b) => a - b)
    : [...component.groups];
  const tracked = reqs.map((_, r) => r !== totalIdx && reqSet.includes(r));
  const inComponent = new Set(component.groups);
  const zeros = () => reqs.map(() => ar.zero);
  const [sum, rem, short] = [zeros(), zeros(), zeros()];
  const cnt: number[] = reqs.map(() => 0);
  const rcnt: number[] = reqs.map(() => 0);
  const cov: number[][] = reqs.map((r) => r.required.map(() => 0));
  const rcov: number[][] = reqs.map((r) => r.required.map(() => 0));
  const ok: boolean[] = reqs.map(() => false);
  const capZeros = () => caps.map(() => ar.zero);
  const [capDirect, capRem, wholeUse, openCaps, scratch] = [capZeros(), capZeros(), capZeros(), capZeros(), capZeros()];
  let [free, freeRem, optMissing] = [ar.zero, ar.zero, ar.zero];
  let optCount = 0;
  const residency = reqs.findIndex((r) => r.kind === 'residency');

  const refresh = (r: number) => {
    if (!tracked[r]) return;
    const req = reqs[r] as PReq<N>;
    const s = ar.add(sum[r] as N, rem[r] as N);
    const c = (cnt[r] as number) + (rcnt[r] as number);
    const now = meets(
      ar,
      req,
      s,
      c,
      (slot) => ((cov[r] as number[])[slot] as number) + ((rcov[r] as number[])[slot] as number) > 0,
    );
    if (now !== ok[r]) optCount += now ? 1 : -1;
    ok[r] = now;
    const gap = shortfall(ar, req, s);
    optMissing = ar.add(ar.sub(optMissing, short[r] as N), gap);
    short[r] = gap;
  };
  const touchGroup = (item: PItem<N>, r: number, sign: 1 | -1, open: boolean) => {
    const s = open ? rem : sum;
    const c = open ? rcnt : cnt;
    const v = open ? rcov : cov;
    s[r] = sign > 0 ? ar.add(s[r] as N, item.value) : ar.sub(s[r] as N, item.value);
    c[r] = (c[r] as number) + sign;
    for (const [g, slot] of item.covers)
      if (g === r) (v[r] as number[])[slot] = ((v[r] as number[])[slot] as number) + sign;
    refresh(r);
  };
  /** The contributions of counting an item, beyond its exclusive group. */
  const touchCounted = (item: PItem<N>, sign: 1 | -1, open: boolean) => {
    for (const r of item.overlays) touchGroup(item, r, sign, open);
    for (const r of item.levels) touchGroup(item, r, sign, open);
    if (item.residency && residency >= 0) touchGroup(item, residency, sign, open);
    const v = item.value;
    if (item.innerCap >= 0) {
      const target = open ? capRem : capDirect;
      const x = target[item.innerCap] as N;
      target[item.innerCap] = sign > 0 ? ar.add(x, v) : ar.sub(x, v);
    } else if (open) freeRem = sign > 0 ? ar.add(freeRem, v) : ar.sub(freeRem, v);
    else free = sign > 0 ? ar.add(free, v) : ar.sub(free, v);
    if (!open) {
      for (const k of item.wholeCaps)
        wholeUse[k] = sign > 0 ? ar.add(wholeUse[k] as N, v) : ar.sub(wholeUse[k] as N, v);
    }
  };

  for (const r of reqSet) refresh(r);
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
    const back = -sign as 1 | -1;
    for (const r of item.options) touchGroup(item, r, back, true);
    if (global && item.capped) touchCounted(item, back, true);
    if (choice === LEFT_OUT) return;
    if (choice !== NO_GROUP) touchGroup(item, choice, sign, false);
    if (global && item.capped) touchCounted(item, sign, false);
  };

  /** The optimistic recognised total, and the total requirement's outcome and shortfall. */
  const totals = (): [N, boolean, N] => {
    if (!global) return [ar.zero, true, ar.zero];
    for (let k = 0; k < caps.length; k += 1) openCaps[k] = ar.add(capDirect[k] as N, capRem[k] as N);
    const total = recognised(problem, openCaps, ar.add(free, freeRem), true, scratch);
    const req = reqs[totalIdx] as PReq<N>;
    const rounded = roundedTotal(problem, total);
    return [total, meets(ar, req, rounded, 0, () => true), shortfall(ar, req, rounded)];
  };
  const flags = (totalOk: boolean) => reqSet.map((r) => (r === totalIdx ? totalOk : ok[r] === true));

  return {
    apply: (i, choice) => move(i, choice, 1),
    undo: (i, choice) => move(i, choice, -1),
    fits: (i) => {
      const item = items[i] as PItem<N>;
      return item.wholeCaps.every((k) => !ar.lt(caps[k]?.limit as N, ar.add(wholeUse[k] as N, item.value)));
    },
    bound: () => {
      const [total, totalOk, totalShort] = totals();
      const count = optCount + (global && totalOk ? 1 : 0);
      return { count, recognised: total, missing: ar.add(optMissing, totalShort), flags: flags(totalOk) };
    },
    beats: (best) => {
      const [total, totalOk, totalShort] = totals();
      const count = optCount + (global && totalOk ? 1 : 0);
      if (count !== best.count) return count > best.count;
      if (!global)
        return (
          ar.lt(optMissing, best.missing) ||
          (!ar.lt(best.missing, optMissing) && compareFlags(flags(true), best.flags) > 0)
        );
      if (ar.lt(best.recognised, total)) return true;
      if (ar.lt(total, best.recognised)) return false;
      const missing = ar.add(optMissing, totalShort);
      if (ar.lt(missing, best.missing)) return true;
      return !ar.lt(best.missing, missing) && compareFlags(flags(totalOk), best.flags) > 0;
    },
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

function compareFlags(a: readonly boolean[], b: readonly boolean[]): number {
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return a[k] ? 1 : -1;
  return 0;
}
