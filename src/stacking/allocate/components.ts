import { LEFT_OUT, NO_GROUP } from './evaluate.js';
import type { Problem } from './problem.js';

/** A part of the problem that can be solved on its own. */
export interface Component {
  /** Exclusive groups (requirement indices) in the component, ascending. */
  readonly groups: readonly number[];
  /** Items whose choice is open, in branching order. */
  readonly decisions: readonly number[];
  /** True for the component holding every item under a `wholeCredentials` cap: its choices move the total,
   * level, residency and overlay sums, so those requirements are part of its objective. */
  readonly global: boolean;
}

/** Items with a single possible choice, and the components of the rest. */
export interface Decomposition {
  /** One entry per item: its forced choice, or undefined when it is a decision. */
  readonly forced: readonly (number | undefined)[];
  readonly components: readonly Component[];
}

function find(parent: number[], x: number): number {
  let root = x;
  while (parent[root] !== root) root = parent[root] as number;
  let y = x;
  while (parent[y] !== root) {
    const next = parent[y] as number;
    parent[y] = root;
    y = next;
  }
  return root;
}

/**
 * Forced moves and connected components (§6.4 steps 1–2). An item that is not under a `wholeCredentials` cap
 * and has one exclusive group (or a pin) goes there; one with no exclusive group is simply counted. The other
 * items and the exclusive groups form a bipartite graph, split into connected components; every component
 * holding a capped item merges into one, whose choices move the shared sums. Components are ordered by their
 * first group in canonical order; decisions by fewest choices, then value descending, then id.
 */
export function decompose<N>(problem: Problem<N>): Decomposition {
  const { ar, items } = problem;
  const forced = items.map((item) => {
    if (item.capped) return undefined;
    if (item.options.length === 0) return NO_GROUP;
    return item.options.length === 1 ? item.options[0] : undefined;
  });
  const parent = problem.reqs.map((_, r) => r);
  const capRoot = problem.reqs.length;
  parent.push(capRoot);
  items.forEach((item, i) => {
    if (forced[i] !== undefined) return;
    const roots = [...item.options, ...(item.capped ? [capRoot] : [])];
    const first = roots[0];
    if (first === undefined) return;
    for (const r of roots) parent[find(parent, r)] = find(parent, first);
  });
  const byRoot = new Map<number, { groups: number[]; decisions: number[]; global: boolean }>();
  const entry = (root: number) => {
    let e = byRoot.get(root);
    if (e === undefined) {
      e = { groups: [], decisions: [], global: false };
      byRoot.set(root, e);
    }
    return e;
  };
  items.forEach((item, i) => {
    if (forced[i] !== undefined) return;
    entry(find(parent, item.options[0] ?? capRoot)).decisions.push(i);
  });
  for (let r = 0; r < problem.groupCount; r += 1) {
    if (problem.reqs[r]?.exclusive) entry(find(parent, r)).groups.push(r);
  }
  const capComponent = byRoot.get(find(parent, capRoot));
  if (capComponent !== undefined) capComponent.global = true;
  const choices = (i: number) => {
    const item = items[i];
    return item === undefined ? 0 : item.options.length + (item.capped ? 1 : 0);
  };
  const components = [...byRoot.values()].map((c) => ({
    ...c,
    decisions: c.decisions.sort((a, b) => {
      const x = items[a];
      const y = items[b];
      if (x === undefined || y === undefined) return 0;
      return choices(a) - choices(b) || (ar.lt(y.value, x.value) ? -1 : ar.lt(x.value, y.value) ? 1 : a - b);
    }),
  }));
  components.sort((a, b) => (a.groups[0] ?? Number.MAX_SAFE_INTEGER) - (b.groups[0] ?? Number.MAX_SAFE_INTEGER));
  return { forced, components };
}

/** The choice of every item once each component's decisions are known. */
export function mergeChoices(decomposition: Decomposition, decided: ReadonlyMap<number, number>): number[] {
  return decomposition.forced.map((f, i) => f ?? decided.get(i) ?? LEFT_OUT);
}
