import { flowBoundFails, optimisticFlags } from './bounds.js';
import { branchAndBound, gapBudget } from './branch-and-bound.js';
import { decompose, mergeChoices } from './components.js';
import { type Evaluation, evaluate } from './evaluate.js';
import type { Problem } from './problem.js';

/** How the solver settled the status. */
export type Proof = 'allocation' | 'requirement-bound' | 'total-bound' | 'flow-bound' | 'exhaustive';

/** The solver's answer: one choice per item, its evaluation, and how the status was proven. */
export interface Solution<N> {
  readonly choices: readonly number[];
  readonly evaluation: Evaluation<N>;
  readonly status: 'eligible' | 'not-eligible' | 'undetermined';
  readonly proof: Proof | null;
  readonly optimal: boolean;
  readonly nodes: number;
  readonly components: number;
}

/**
 * Solves the allocation problem (§6.4): quick proofs of "no" (requirement, total and flow bounds), forced
 * moves and components, then an exact branch and bound per component. Components are solved in canonical
 * order; each gets the remaining budget divided by the number of components left, and unused nodes carry
 * forward, so the result is the same on every machine. "Eligible" comes with its allocation; "not eligible"
 * only with a proof; otherwise the status is "undetermined" with the best allocation found.
 */
export function solve<N>(problem: Problem<N>, nodeBudget: number): Solution<N> {
  const flags = optimisticFlags(problem);
  const total = problem.reqs.length - 1;
  let proof: Proof | null = null;
  if (flags.some((ok, r) => !ok && r !== total)) proof = 'requirement-bound';
  else if (!flags[total]) proof = 'total-bound';
  else if (flowBoundFails(problem)) proof = 'flow-bound';
  const decomposition = decompose(problem);
  const searched = decomposition.components.filter((c) => c.decisions.length > 0);
  const decided = new Map<number, number>();
  // With "no" already proven, the search only improves the gap report, within a small budget.
  let remaining = proof === null ? nodeBudget : gapBudget(nodeBudget);
  let nodes = 0;
  let optimal = true;
  searched.forEach((component, k) => {
    const share = Math.floor(remaining / (searched.length - k));
    const result = branchAndBound(problem, component, decomposition.forced, share, proof !== null);
    for (const [i, choice] of result.choices) decided.set(i, choice);
    remaining -= result.nodes;
    nodes += result.nodes;
    if (!result.complete) optimal = false;
    if (result.infeasible && proof === null) proof = 'exhaustive';
  });
  const choices = mergeChoices(decomposition, decided);
  const evaluation = evaluate(problem, choices);
  const base = { choices, evaluation, optimal, nodes, components: decomposition.components.length };
  if (evaluation.satisfied.every(Boolean)) return { ...base, status: 'eligible', proof: 'allocation' };
  if (proof !== null) return { ...base, status: 'not-eligible', proof };
  if (optimal) return { ...base, status: 'not-eligible', proof: 'exhaustive' };
  return { ...base, status: 'undetermined', proof: null };
}
