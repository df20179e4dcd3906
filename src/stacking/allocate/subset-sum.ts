/** The largest table the subset-sum dynamic programs take on: items × sums (typed-array cells). */
const MAX_CELLS = 1 << 24;

/**
 * The largest sum of a subset of `values` (non-negative safe integers) that stays within `limit`, and one subset
 * that reaches it: the complement of the smallest subset whose sum is at least the total less the limit. Under a
 * whole-credential cap no allocation can count more than this from the cap's credentials, so it bounds the search
 * more tightly than the limit itself when the credit values cannot fill the limit exactly. Returns null when the
 * table would be too large.
 */
export function bestSubsetSum(values: readonly number[], limit: number): { best: number; chosen: number[] } | null {
  if (!Number.isSafeInteger(limit) || limit < 0) return null;
  const total = values.reduce((a, v) => a + v, 0);
  const dropped = smallestSubsetAtLeast(values, total - limit);
  if (dropped == null) return null;
  const out = new Set(dropped);
  const chosen = values.flatMap((_, j) => (out.has(j) ? [] : [j]));
  return { best: total - dropped.reduce((a, j) => a + (values[j] as number), 0), chosen };
}

/**
 * The subset of `values` (non-negative safe integers) whose sum is the smallest one at least `need`, preferring
 * earlier values: dynamic programming over the sums each suffix of `values` reaches, then one pass that takes a
 * value whenever the rest can still complete the sum. The smallest such sum is below `need` plus the largest
 * value (drop any member and it falls short), so the table spans only that range. Returns `[]` when `need` ≤ 0,
 * `null` when even every value falls short, and `undefined` when the table would pass `maxCells` cells.
 */
export function smallestSubsetAtLeast(
  values: readonly number[],
  need: number,
  maxCells: number = MAX_CELLS,
): number[] | null | undefined {
  if (need <= 0) return [];
  let total = 0;
  let largest = 0;
  for (const v of values) {
    total += v;
    largest = Math.max(largest, v);
  }
  if (total < need) return null;
  const top = Math.min(total, need + largest - 1);
  const m = values.length;
  if ((m + 1) * (top + 1) > maxCells) return undefined;
  const reach = new Uint8Array((m + 1) * (top + 1));
  reach[m * (top + 1)] = 1;
  for (let j = m - 1; j >= 0; j -= 1) {
    const v = values[j] as number;
    const row = j * (top + 1);
    const next = row + top + 1;
    reach.copyWithin(row, next, next + top + 1);
    for (let s = top; s >= v; s -= 1) if (reach[next + s - v] === 1) reach[row + s] = 1;
  }
  let t = need;
  while (reach[t] !== 1) t += 1;
  const chosen: number[] = [];
  for (let j = 0; t > 0; j += 1) {
    const v = values[j] as number;
    if (v > 0 && v <= t && reach[(j + 1) * (top + 1) + t - v] === 1) {
      chosen.push(j);
      t -= v;
    }
  }
  return chosen;
}

/**
 * The subset of `values` with the fewest members, at least `count`, whose sum is at least `need`, preferring
 * earlier values: for each suffix and each number of members, the largest sum they reach (a table of
 * (values + 1)² entries), then one pass that takes a value whenever the rest can still complete the count and
 * the sum. Returns null when no subset has enough members and credits.
 */
export function fewestSubsetAtLeast(values: readonly number[], need: number, count: number): number[] | null {
  const m = values.length;
  const w = m + 1;
  const best = new Float64Array(w * w).fill(-1);
  best[m * w] = 0;
  for (let j = m - 1; j >= 0; j -= 1) {
    for (let c = 0; c <= m - j; c += 1) {
      const skip = best[(j + 1) * w + c] as number;
      const take =
        c > 0 && (best[(j + 1) * w + c - 1] as number) >= 0
          ? (best[(j + 1) * w + c - 1] as number) + (values[j] as number)
          : -1;
      best[j * w + c] = Math.max(skip, take);
    }
  }
  let c = Math.max(0, count);
  while (c <= m && ((best[c] as number) < 0 || (best[c] as number) < need)) c += 1;
  if (c > m) return null;
  const chosen: number[] = [];
  let r = need;
  for (let j = 0; c > 0; j += 1) {
    const rest = best[(j + 1) * w + c - 1] as number;
    if (rest >= 0 && rest + (values[j] as number) >= r) {
      chosen.push(j);
      c -= 1;
      r -= values[j] as number;
    }
  }
  return chosen;
}
