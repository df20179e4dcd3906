import { fixedChoices } from './cap-reduction.js';
import type { Component } from './components.js';
import { fillGroups } from './group-fill.js';
import type { PItem, Problem } from './problem.js';

const gcdOf = (a: number, b: number): number => (b === 0 ? a : gcdOf(b, a % b));

/**
 * Proposes an allocation of one component by exact subset sums (`fillGroups`) over the decisions
 * {@link fixedChoices} leaves open. Returns one choice per decision, or null when the fill does not apply or
 * gives up; the caller scores the proposal.
 */
export function fillComponent<N>(
  problem: Problem<N>,
  component: Component,
  forced: readonly (number | undefined)[],
  options: readonly (readonly number[])[],
  budget: number,
): { picks: number[] | null; nodes: number } {
  const { ar, items, reqs } = problem;
  const groups = component.groups;
  // Each decision is fixed (left out, or counted in no group) or joins the fill at an index.
  const fixed = fixedChoices(problem, component, options);
  if (fixed === null) return { picks: null, nodes: 0 };
  const slot = new Map(groups.map((r, k) => [r, k]));
  const num = (x: N) => Number(ar.big(x));
  const need = groups.map((r) => {
    const req = reqs[r];
    return req === undefined || req.waived || req.minV === null ? 0 : num(req.minV);
  });
  const count = groups.map((r) => {
    const req = reqs[r];
    return req === undefined || req.waived ? 0 : (req.minCount ?? 0);
  });
  forced.forEach((f, i) => {
    const k = f === undefined ? undefined : slot.get(f);
    if (k === undefined) return;
    need[k] = (need[k] as number) - num((items[i] as PItem<N>).value);
    count[k] = (count[k] as number) - 1;
  });
  const open = component.decisions.flatMap((i, p) => (fixed[p] === undefined ? [i] : []));
  const values = open.map((i) => num((items[i] as PItem<N>).value));
  // On bigint, only while every sum stays a safe integer (the tables bound them far lower anyway).
  if (!Number.isSafeInteger(values.reduce((a, v) => a + v, 0) + need.reduce((a, v) => a + Math.abs(v), 0)))
    return { picks: null, nodes: 0 };
  // Sums are multiples of the values' common divisor, so a sum meets a need iff its quotient meets the need's
  // quotient rounded up: the tables shrink by that divisor (credits in halves, minimums in hundredths).
  const step = values.reduce(gcdOf, 0) || 1;
  const filled = fillGroups(
    {
      values: values.map((v) => v / step),
      options: open.map((i) => (items[i] as PItem<N>).options.map((r) => slot.get(r) as number)),
      need: need.map((x) => Math.ceil(x / step)),
      count,
    },
    budget,
  );
  if (filled.picks === null) return { picks: null, nodes: filled.nodes };
  let at = 0;
  const picks = fixed.map((f) => f ?? (groups[filled.picks?.[at++] as number] as number));
  return { picks, nodes: filled.nodes };
}
