import type { Component } from './components.js';
import { LEFT_OUT, NO_GROUP } from './evaluate.js';
import type { PItem, Problem } from './problem.js';

/**
 * The choices of a component that the exact-sum methods fix before they search, when its groups need credits and
 * counts only (no required id in force): a decision that may join no exclusive group is counted in none; and in
 * the component that holds the `wholeCredentials` cap, when it is the only such cap and a subset of its
 * credentials reaching its bound is known (`fill`), the cap's other credentials are left out, so the total,
 * level and residency sums no longer depend on where the rest goes. Returns one entry per decision (its fixed
 * choice, or undefined when it stays open), or null when the component has required ids or caps this does not
 * cover. Fixing choices restricts the search: what it finds is an allocation, what it does not find proves nothing.
 */
export function fixedChoices<N>(
  problem: Problem<N>,
  component: Component,
  options: readonly (readonly number[])[],
): (number | undefined)[] | null {
  const { items, reqs, caps } = problem;
  const noRequired = component.groups.every((r) => {
    const req = reqs[r];
    return req !== undefined && (req.waived || req.required.length === 0);
  });
  const whole = caps.filter((c) => c.mode === 'wholeCredentials');
  if (!noRequired || (component.global && (whole.length !== 1 || whole[0]?.fill == null))) return null;
  const keep = new Set(whole[0]?.fill ?? []);
  return component.decisions.map((i, p) => {
    const item = items[i] as PItem<N>;
    if (item.capped && !keep.has(i)) return LEFT_OUT;
    return (options[p] as readonly number[]).some((r) => r >= 0) ? undefined : NO_GROUP;
  });
}
