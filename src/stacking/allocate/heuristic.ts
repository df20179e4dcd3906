import type { Component } from './components.js';
import { LEFT_OUT, NO_GROUP } from './evaluate.js';
import type { PItem, Problem } from './problem.js';
import type { SearchState } from './search-state.js';

/**
 * A first incumbent (§6.4 step 4): the scarcest group first (fewest open items that may join it), filled with
 * items that cover a missing required id, then largest first, until it is met; every item left goes to the
 * group with the largest credit deficit. Items under a `wholeCredentials` cap are counted while they fit.
 * Heuristics only seed the search; the answer comes from the search.
 */
export function greedyByScarcity<N>(
  problem: Problem<N>,
  component: Component,
  state: SearchState<N>,
  options: readonly (readonly number[])[],
): number[] {
  const { ar, items } = problem;
  const decisions = component.decisions;
  const picks: (number | undefined)[] = decisions.map(() => undefined);
  const applied: [number, number][] = [];
  const take = (p: number, choice: number) => {
    const i = decisions[p] as number;
    picks[p] = choice;
    state.apply(i, choice);
    applied.push([i, choice]);
  };
  const candidates = new Map<number, number[]>(component.groups.map((r) => [r, []]));
  options.forEach((list, p) => {
    for (const r of list) candidates.get(r)?.push(p);
  });
  const worth = decisions.map((i) => (items[i] as PItem<N>).value);
  const byWorth = (x: number, y: number) => {
    const wx = worth[x] as N;
    const wy = worth[y] as N;
    return ar.lt(wy, wx) ? -1 : ar.lt(wx, wy) ? 1 : x - y;
  };
  for (const list of candidates.values()) list.sort(byWorth);
  const groups = [...component.groups].sort(
    (a, b) => (candidates.get(a)?.length ?? 0) - (candidates.get(b)?.length ?? 0) || a - b,
  );
  for (const r of groups) {
    const list = candidates.get(r) ?? [];
    for (const coveringOnly of [true, false]) {
      for (const p of list) {
        if (state.met(r)) break;
        const i = decisions[p] as number;
        if (picks[p] !== undefined || !state.fits(i)) continue;
        if (!coveringOnly || state.coversOpenSlot(i, r)) take(p, r);
      }
    }
  }
  decisions.forEach((i, p) => {
    if (picks[p] !== undefined) return;
    const list = options[p] as readonly number[];
    if (!state.fits(i)) take(p, LEFT_OUT);
    else if (list[0] === NO_GROUP) take(p, NO_GROUP);
    else {
      let choice = list[0] as number;
      for (const r of list) if (r >= 0 && ar.lt(state.deficit(choice), state.deficit(r))) choice = r;
      take(p, choice);
    }
  });
  for (let k = applied.length - 1; k >= 0; k -= 1) {
    const [i, choice] = applied[k] as [number, number];
    state.undo(i, choice);
  }
  return picks.map((c) => c ?? LEFT_OUT);
}
