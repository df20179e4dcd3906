import { fixedChoices } from './cap-reduction.js';
import type { Component } from './components.js';
import type { PItem, PReq, Problem } from './problem.js';

/** What the search for an allocation that meets every group of a component found. */
export interface FeasibilityResult {
  /** One choice per decision meeting every group, or null when none was found. */
  readonly picks: readonly number[] | null;
  /** True when the search finished: with `picks` null, no allocation meets every group of the component. */
  readonly complete: boolean;
  readonly nodes: number;
}

const NOT_RUN: FeasibilityResult = { picks: null, complete: false, nodes: 0 };

/**
 * Depth-first search for an allocation that meets every exclusive group of one component (§6.4 step 5 for
 * the question that decides eligibility). Besides each group's own bound (it must still reach its minimums
 * with every open credential it may take), every node checks the aggregate bound: the credits still missing
 * over all groups cannot exceed the credits still open, nor the missing credentials the open ones, because
 * each open credential joins at most one group. On exact-sum portfolios this forbids any overshoot and prunes
 * far more than the per-group bound. Only components without `wholeCredentials` caps and without required
 * ids are searched (otherwise the result is "not run"). A finished search without an allocation proves that
 * the component's groups cannot all be met: that is a proof of "not eligible".
 */
export function searchAllMet<N>(
  problem: Problem<N>,
  component: Component,
  forced: readonly (number | undefined)[],
  options: readonly (readonly number[])[],
  budget: number,
): FeasibilityResult {
  const { ar, items, reqs } = problem;
  if (component.global || budget <= 0) return NOT_RUN;
  if (options.some((list) => list.some((r) => r < 0))) return NOT_RUN;
  const groups = component.groups;
  if (groups.some((r) => !(reqs[r] as PReq<N>).waived && (reqs[r] as PReq<N>).required.length > 0)) return NOT_RUN;
  const slot = new Map<number, number>(groups.map((r, k) => [r, k]));
  const min = groups.map((r) => {
    const req = reqs[r] as PReq<N>;
    return req.waived || req.minV === null ? ar.zero : req.minV;
  });
  const minCount = groups.map((r) => {
    const req = reqs[r] as PReq<N>;
    return req.waived ? 0 : (req.minCount ?? 0);
  });
  const decisions = component.decisions;
  const value = decisions.map((i) => (items[i] as PItem<N>).value);
  const opts = options.map((list) => list.map((r) => slot.get(r) as number));
  const dsum: N[] = groups.map(() => ar.zero);
  const osum: N[] = groups.map(() => ar.zero);
  const dcnt: number[] = groups.map(() => 0);
  const ocnt: number[] = groups.map(() => 0);
  forced.forEach((f, i) => {
    const k = f === undefined ? undefined : slot.get(f);
    if (k === undefined) return;
    dsum[k] = ar.add(dsum[k] as N, (items[i] as PItem<N>).value);
    dcnt[k] = (dcnt[k] as number) + 1;
  });
  let openValue = ar.zero;
  let openCount = decisions.length;
  opts.forEach((list, p) => {
    openValue = ar.add(openValue, value[p] as N);
    for (const k of list) {
      osum[k] = ar.add(osum[k] as N, value[p] as N);
      ocnt[k] = (ocnt[k] as number) + 1;
    }
  });
  const creditDef = (k: number) => ar.max(ar.zero, ar.sub(min[k] as N, dsum[k] as N));
  const countDef = (k: number) => Math.max(0, (minCount[k] as number) - (dcnt[k] as number));
  const alive = (k: number) =>
    !ar.lt(ar.add(dsum[k] as N, osum[k] as N), min[k] as N) &&
    (dcnt[k] as number) + (ocnt[k] as number) >= (minCount[k] as number);
  let defCredit = ar.zero;
  let defCount = 0;
  let dead = 0;
  groups.forEach((_, k) => {
    defCredit = ar.add(defCredit, creditDef(k));
    defCount += countDef(k);
    if (!alive(k)) dead += 1;
  });

  /** Applies (sign 1) or reverses (sign −1) the choice of group k for decision p. */
  const step = (p: number, k: number, sign: 1 | -1) => {
    const v = value[p] as N;
    const list = opts[p] as number[];
    for (const r of list) if (!alive(r)) dead -= 1;
    defCredit = ar.sub(defCredit, creditDef(k));
    defCount -= countDef(k);
    for (const r of list) {
      osum[r] = sign > 0 ? ar.sub(osum[r] as N, v) : ar.add(osum[r] as N, v);
      ocnt[r] = (ocnt[r] as number) - sign;
    }
    dsum[k] = sign > 0 ? ar.add(dsum[k] as N, v) : ar.sub(dsum[k] as N, v);
    dcnt[k] = (dcnt[k] as number) + sign;
    openValue = sign > 0 ? ar.sub(openValue, v) : ar.add(openValue, v);
    openCount -= sign;
    defCredit = ar.add(defCredit, creditDef(k));
    defCount += countDef(k);
    for (const r of list) if (!alive(r)) dead += 1;
  };
  const hopeless = () => dead > 0 || defCount > openCount || ar.lt(openValue, defCredit);

  const signature = decisions.map((_, p) => `${ar.big(value[p] as N)}|${(opts[p] as number[]).join(',')}`);
  const sameAsPrev = signature.map((sig, p) => p > 0 && sig === signature[p - 1]);
  const picks: number[] = decisions.map(() => -1);
  const index: number[] = decisions.map(() => 0);
  let nodes = 0;
  let aborted = false;
  let found = false;

  const dfs = (p: number): void => {
    if (hopeless()) return;
    if (p === decisions.length) {
      found = true;
      return;
    }
    const list = opts[p] as number[];
    const order = list
      .map((k, at) => [k, at] as const)
      .sort(([a, ia], [b, ib]) => {
        const da = creditDef(a);
        const db = creditDef(b);
        return ar.lt(db, da) ? -1 : ar.lt(da, db) ? 1 : countDef(b) - countDef(a) || ia - ib;
      });
    const floor = sameAsPrev[p] ? (index[p - 1] as number) : 0;
    for (const [k, at] of order) {
      if (at < floor) continue;
      if (nodes >= budget) {
        aborted = true;
        return;
      }
      nodes += 1;
      picks[p] = k;
      index[p] = at;
      step(p, k, 1);
      dfs(p + 1);
      step(p, k, -1);
      if (found || aborted) return;
    }
  };
  dfs(0);
  if (found) return { picks: picks.map((k) => groups[k] as number), complete: true, nodes };
  return { picks: null, complete: !aborted, nodes };
}

/**
 * {@link searchAllMet} for the component that holds the `wholeCredentials` cap, which it does not search
 * directly: over the decisions {@link fixedChoices} leaves open, with the others fixed. An allocation found is
 * returned for every decision, for the caller to score; none found proves nothing, since the fixed choices
 * restrict the search.
 */
export function searchAllMetWithinCap<N>(
  problem: Problem<N>,
  component: Component,
  forced: readonly (number | undefined)[],
  options: readonly (readonly number[])[],
  budget: number,
): { readonly picks: readonly number[] | null; readonly nodes: number } {
  const fixed = component.global ? fixedChoices(problem, component, options) : null;
  if (fixed === null) return { picks: null, nodes: 0 };
  const open: Component = {
    groups: component.groups,
    decisions: component.decisions.filter((_, p) => fixed[p] === undefined),
    global: false,
  };
  const openOptions = options.flatMap((list, p) => (fixed[p] === undefined ? [list.filter((r) => r >= 0)] : []));
  const found = searchAllMet(problem, open, forced, openOptions, budget);
  if (found.picks === null) return { picks: null, nodes: found.nodes };
  const picks = found.picks;
  let at = 0;
  return { picks: fixed.map((f) => f ?? (picks[at++] as number)), nodes: found.nodes };
}
