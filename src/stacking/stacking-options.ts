import type { StackingException } from './exception-schema.js';

/**
 * The default search budget of {@link evaluateStacking}, in nodes (one node is one assignment decision).
 *
 * @example
 * ```ts
 * import { DEFAULT_NODE_BUDGET } from 'microcred';
 * DEFAULT_NODE_BUDGET; // 100000
 * ```
 * @category Stacking
 */
export const DEFAULT_NODE_BUDGET = 100_000;

/**
 * Options of {@link evaluateStacking}.
 *
 * @example
 * ```ts
 * import type { StackingOptions } from 'microcred';
 * const options: StackingOptions = { referenceDate: '2025-09-01', nodeBudget: 50_000, exceptions: [] };
 * ```
 * @category Stacking
 */
export interface StackingOptions {
  /**
   * The date the rules are applied on (`YYYY-MM-DD`); overrides `policy.referenceDate`. One of the two is
   * required: the engine never reads a clock.
   */
  readonly referenceDate?: string;
  /**
   * The most nodes the exact search may visit (default {@link DEFAULT_NODE_BUDGET}). Counting nodes rather
   * than milliseconds makes the answer the same on every machine. When the budget runs out without a proof,
   * the status is `undetermined`, never a wrong `not-eligible`.
   */
  readonly nodeBudget?: number;
  /** Recorded human decisions, applied at fixed pipeline steps and echoed with their audit trail. */
  readonly exceptions?: readonly StackingException[];
}
