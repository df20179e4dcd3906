import type { Component } from './components.js';
import { LEFT_OUT, NO_GROUP } from './evaluate.js';
import { fillGroups } from './group-fill.js';
import type { PItem, Problem } from './problem.js';

const gcdOf = (a: number, b: number): number => (b === 0 ? a : gcdOf(b, a % b));

/**
 * Proposes an allocation of one component by exact subset sums (`fillGroups`), when its groups need credits
 * and counts only (no required id in force). In the component that holds a `wholeCredentials` cap, the
 * cap's credentials outside the subset that reaches its bound are left out first, when it is the only such
 * cap; the total, level and residency sums then no longer depend on where the rest goes. Returns one choice
 * per decision, or null when the fill does not apply or gives up; the caller scores the proposal.
 */
export function fillComponent<N>(
  problem: Problem<N>,
  component: Component,
  forced: readonly (number | undefined)[],
  options: readonly (readonly number[])[],
  budget: number,
): { picks: number[] | null; nodes: number } {
  const { ar, items, reqs, caps } = problem;
  const groups = component.groups;
  const none = { picks: null, nodes: 0 };
  const noRequired = groups.every((r) => {
    const req = reqs[r];
    return req !== undefined && (req.waived || req.required.length === 0);
  });
  const whole = caps.filter((c) => c.mode === 'wholeCredentials');
  if (!noRequired || (component.global && (whole.length !== 1 || whole[0]?.fill == null))) return none;
  const keep = new Set(whole[0]?.fill ?? []);
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
  // Each decision is fixed (left out, or counted in no group) or joins the fill at an index.
  const fixed = component.decisions.map((i, p) => {
    const item = items[i] as PItem<N>;
    if (item.capped && !keep.has(i)) return LEFT_OUT;
    return (options[p] as readonly number[]).some((r) => r >= 0) ? undefined : NO_GROUP;
  });
  const open = component.decisions.flatMap((i, p) => (fixed[p] === undefined ? [i] : []));
  const values = open.map((i) => num((items[i] as PItem<N>).value));
  // On bigint, only while every sum stays a safe integer (the tables bound them far lower anyway).
  if (!Number.isSafeInteger(values.reduce((a, v) => a + v, 0) + need.reduce((a, v) => a + Math.abs(v), 0))) return none;
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
