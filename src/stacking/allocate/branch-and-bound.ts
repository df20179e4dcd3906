import type { Component } from './components.js';
import { LEFT_OUT, NO_GROUP, type Tuple } from './evaluate.js';
import { searchAllMet, searchAllMetWithinCap } from './feasibility.js';
import { fillComponent } from './fill-component.js';
import { greedyByScarcity } from './heuristic.js';
import type { PItem, Problem } from './problem.js';
import { createSearchState, type SearchState } from './search-state.js';
import { sortSmall } from './sort-small.js';

/** The best allocation found for one component, and whether it is proven optimal. */
export interface ComponentResult<N> {
  readonly choices: ReadonlyMap<number, number>;
  readonly best: Tuple<N>;
  readonly rootBound: Tuple<N>;
  /** True when the search finished (or the incumbent reached the root bound) within the budget. */
  readonly complete: boolean;
  readonly nodes: number;
  /** True when the search proved that no allocation meets every group of the component. */
  readonly infeasible: boolean;
}

/** The nodes spent on improving the gap report once "not eligible" is proven: a fiftieth, at least 1,000. */
export function gapBudget(budget: number): number {
  return Math.min(budget, Math.max(1000, Math.floor(budget / 50)));
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, k) => x === b[k]);

/**
 * Whether two items are interchangeable for the search: the same value (numbers and bigints both compare by
 * value with `===`) and the same choices, caps, rules and slots.
 */
export function interchangeable<N>(a: PItem<N>, b: PItem<N>): boolean {
  return (
    a.value === b.value &&
    a.pin === b.pin &&
    a.innerCap === b.innerCap &&
    a.residency === b.residency &&
    sameNumbers(a.options, b.options) &&
    sameNumbers(a.overlays, b.overlays) &&
    sameNumbers(a.wholeCaps, b.wholeCaps) &&
    sameNumbers(a.levels, b.levels) &&
    a.covers.length === b.covers.length &&
    a.covers.every(([g, slot], k) => g === b.covers[k]?.[0] && slot === b.covers[k]?.[1])
  );
}

/** Runs a fixed sequence of choices through the state and returns the exact tuple. */
function score<N>(state: SearchState<N>, decisions: readonly number[], picks: readonly number[]): Tuple<N> {
  decisions.forEach((i, p) => {
    state.apply(i, picks[p] as number);
  });
  const tuple = state.bound();
  for (let p = decisions.length - 1; p >= 0; p -= 1) state.undo(decisions[p] as number, picks[p] as number);
  return tuple;
}

/**
 * Exact depth-first branch and bound over one component (§6.4 steps 4–6). The incumbent starts from the
 * scarcity heuristic; each node compares the optimistic tuple of its subtree with the incumbent, tier by
 * tier, and prunes when it cannot do strictly better. Choices are tried by largest credit deficit, then in
 * canonical group order, "leave out" last; interchangeable items (equal value and equal choices) take
 * non-decreasing choices, which breaks symmetry. One node is one assignment decision; the search stops at
 * `budget` nodes, or as soon as the incumbent equals the root bound.
 */
export function branchAndBound<N>(
  problem: Problem<N>,
  component: Component,
  forced: readonly (number | undefined)[],
  budget: number,
  proven = false,
): ComponentResult<N> {
  const { ar, items } = problem;
  const decisions = component.decisions;
  const state = createSearchState(problem, component, forced);
  const rootBound = state.bound();
  const options = decisions.map((i) => {
    const item = items[i] as PItem<N>;
    const base = item.options.length === 0 ? [NO_GROUP] : [...item.options];
    return item.capped ? [...base, LEFT_OUT] : base;
  });
  let bestPicks = greedyByScarcity(problem, component, state, options);
  let best = score(state, decisions, bestPicks);
  let nodes = 0;
  let stop = state.compare(best, rootBound) === 0;
  let infeasible = false;
  /** Keeps a proposed allocation when it scores better than the incumbent. */
  const propose = (proposal: readonly number[]) => {
    const tuple = score(state, decisions, proposal);
    if (state.compare(tuple, best) > 0) {
      best = tuple;
      bestPicks = [...proposal];
      stop = state.compare(best, rootBound) === 0;
    }
  };
  /** Searches for an allocation meeting every group; a finished search without one is a proof of "no". */
  const feasibility = (share: number) => {
    if (stop || infeasible) return;
    if (component.global) {
      // Within the cap's known fill: an allocation found is a proposal, none found proves nothing.
      const within = searchAllMetWithinCap(problem, component, forced, options, share);
      nodes += within.nodes;
      if (within.picks !== null) propose(within.picks);
      return;
    }
    const feasible = searchAllMet(problem, component, forced, options, share);
    nodes += feasible.nodes;
    if (feasible.picks !== null) propose(feasible.picks);
    else infeasible = feasible.complete;
  };
  // Exact subset sums first (unless "no" is already proven: then only the gap report is at stake), then a
  // feasibility search.
  if (!proven && !stop) {
    const filled = fillComponent(problem, component, forced, options, Math.floor(budget / 4));
    nodes += filled.nodes;
    if (filled.picks !== null) propose(filled.picks);
  }
  feasibility(Math.floor(budget / 2));
  let aborted = false;
  // Once the component is proven unable to meet every group, the rest of the search only improves the gap
  // report: it gets a small share of the budget, and the result says whether it finished.
  const limit = infeasible ? Math.min(budget, nodes + gapBudget(budget)) : budget;
  const picks: number[] = decisions.map(() => LEFT_OUT);
  const pickIndex: number[] = decisions.map(() => 0);

  const order = (p: number): readonly number[] => {
    const list = options[p] as number[];
    if (list.length < 2 || (list.length === 2 && list[1] === LEFT_OUT)) return list;
    const groups = list.filter((c) => c >= 0);
    sortSmall(groups, (a, b) => {
      const da = state.deficit(a);
      const db = state.deficit(b);
      return ar.lt(db, da) ? -1 : ar.lt(da, db) ? 1 : a - b;
    });
    return [...groups, ...list.filter((c) => c < 0)];
  };

  let sameAsPrev: boolean[] = [];

  const dfs = (p: number): void => {
    if (!state.beats(best)) return;
    if (p === decisions.length) {
      best = state.bound();
      bestPicks = [...picks];
      if (state.compare(best, rootBound) === 0) stop = true;
      return;
    }
    const i = decisions[p] as number;
    const list = options[p] as number[];
    const floor = sameAsPrev[p] ? (pickIndex[p - 1] as number) : 0;
    for (const choice of order(p)) {
      const index = list.indexOf(choice);
      if (index < floor) continue;
      if (choice !== LEFT_OUT && !state.fits(i)) continue;
      if (nodes >= limit) {
        aborted = true;
        return;
      }
      nodes += 1;
      picks[p] = choice;
      pickIndex[p] = index;
      state.apply(i, choice);
      dfs(p + 1);
      state.undo(i, choice);
      if (stop || aborted) return;
    }
  };
  if (!stop) {
    sameAsPrev = decisions.map(
      (i, p) => p > 0 && interchangeable(items[i] as PItem<N>, items[decisions[p - 1] as number] as PItem<N>),
    );
    dfs(0);
  }
  const choices = new Map(decisions.map((i, p) => [i, bestPicks[p] as number]));
  return { choices, best, rootBound, complete: !aborted, nodes, infeasible };
}
