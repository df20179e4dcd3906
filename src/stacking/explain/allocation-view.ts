import { LEFT_OUT, NO_GROUP } from '../allocate/evaluate.js';
import type { StackingConfig } from '../config/types.js';
import type { Eligible } from '../pipeline/eligibility.js';

/** The solver's choices in config terms: each item's exclusive group (config index, −1 for none), counted or not. */
export interface AllocationView {
  readonly items: readonly Eligible[];
  readonly group: readonly number[];
  readonly counted: readonly boolean[];
}

/** Translates solver choices (requirement indices) into config group indices. */
export function allocationView(
  problem: { readonly reqs: readonly { readonly configIndex: number }[] },
  items: readonly Eligible[],
  choices: readonly number[],
): AllocationView {
  const group = choices.map((c) => (c >= 0 ? (problem.reqs[c]?.configIndex ?? NO_GROUP) : NO_GROUP));
  const counted = choices.map((c) => c !== LEFT_OUT);
  return { items, group, counted };
}

/** The groups that hold an item, its exclusive group first, then overlays, in declaration order. */
export function groupsHolding(config: StackingConfig, view: AllocationView, i: number): string[] {
  if (!view.counted[i]) return [];
  const item = view.items[i] as Eligible;
  const exclusive = view.group[i] ?? NO_GROUP;
  const overlays = item.groups.filter((g) => !(config.groups[g]?.exclusive ?? true));
  return [...(exclusive >= 0 ? [exclusive] : []), ...overlays].map((g) => config.groups[g]?.id ?? '');
}
