import type { CreditRoundingMode } from '../../credit/round-credit.js';
import type { Arith } from './arith.js';

/** A credential (or manual credit) in the solver's terms: a scaled value and the choices it offers. */
export interface PItem<N> {
  readonly id: string;
  readonly value: N;
  /** Exclusive groups it may join (requirement indices, ascending = canonical order). */
  readonly options: readonly number[];
  /** Overlay groups that see it whenever it is counted. */
  readonly overlays: readonly number[];
  /** The exclusive group it must join when counted, or -1. */
  readonly pin: number;
  /** Inside a `wholeCredentials` cap: the solver may leave it out. */
  readonly capped: boolean;
  /** The `wholeCredentials` caps that hold it (indices into `caps`). */
  readonly wholeCaps: readonly number[];
  /** The innermost cap that holds it, or -1. */
  readonly innerCap: number;
  /** Level rules (requirement indices) whose level it meets. */
  readonly levels: readonly number[];
  /** Whether its provider counts for residency. */
  readonly residency: boolean;
  /** Required slots it covers: [group requirement index, slot]. */
  readonly covers: readonly (readonly [number, number])[];
}

/** A requirement in the solver's terms, with the thresholds in force. */
export interface PReq<N> {
  readonly id: string;
  readonly kind: 'group' | 'level' | 'residency' | 'total';
  readonly exclusive: boolean;
  /** Index in `config.groups` (groups) or `config.levelRules` (level rules); -1 otherwise. */
  readonly configIndex: number;
  readonly waived: boolean;
  readonly minV: N | null;
  readonly minCount: number | null;
  readonly required: readonly string[];
}

/** A cap in application order (innermost first); `totalEcts.max` is last when present. */
export interface PCap<N> {
  readonly id: string;
  readonly configIndex: number;
  readonly mode: 'truncate' | 'wholeCredentials';
  readonly limit: N;
  /** An upper bound on what the cap's credentials can count: the limit, or for a whole-credential cap the
   * largest subset sum within it when that is cheap to compute. */
  readonly bound: N;
  /** For a whole-credential cap, the items of one subset that reaches `bound`, to seed the search. */
  readonly fill: readonly number[] | null;
  readonly parent: number;
  readonly items: readonly number[];
}

/**
 * The allocation problem of one evaluation. Requirements are in canonical order (groups by id, level rules by
 * id, residency, total); items are sorted by id; every orderings the solver uses derives from these, never from
 * the input order.
 */
export interface Problem<N> {
  readonly ar: Arith<N>;
  readonly scale: bigint;
  readonly items: readonly PItem<N>[];
  readonly reqs: readonly PReq<N>[];
  /** Requirements `0 … groupCount − 1` are the groups. */
  readonly groupCount: number;
  readonly caps: readonly PCap<N>[];
  readonly totalRounding: { readonly step: N; readonly mode: CreditRoundingMode } | null;
}

/**
 * The recognised credits of the counted items: each cap in application order takes its items' sum plus its
 * inner caps' results and, when truncating, keeps at most its limit. With `wholeAsTruncate`, whole-credential
 * caps truncate too (at their bound), which gives an upper bound for any set of items that respects them.
 */
export function recognised<N>(
  problem: Problem<N>,
  capDirect: readonly N[],
  free: N,
  wholeAsTruncate: boolean,
  scratch: N[],
): N {
  const { ar, caps } = problem;
  for (let k = 0; k < caps.length; k += 1) scratch[k] = ar.zero;
  let total = free;
  for (let k = 0; k < caps.length; k += 1) {
    const cap = caps[k] as PCap<N>;
    let value = ar.add(capDirect[k] as N, scratch[k] as N);
    if (cap.mode === 'truncate') value = ar.min(value, cap.limit);
    else if (wholeAsTruncate) value = ar.min(value, cap.bound);
    if (cap.parent >= 0) scratch[cap.parent] = ar.add(scratch[cap.parent] as N, value);
    else total = ar.add(total, value);
  }
  return total;
}

/** The recognised total after `total`-stage rounding. */
export function roundedTotal<N>(problem: Problem<N>, value: N): N {
  const r = problem.totalRounding;
  return r === null ? value : problem.ar.round(value, r.step, r.mode);
}
