/** The largest problem the exact subset-sum bound takes on: limit × items (typed-array cells). */
const MAX_CELLS = 1 << 24;

/**
 * The largest sum of a subset of `values` (non-negative safe integers) that stays within `limit`, and one subset
 * that reaches it, by dynamic programming over the sums 0 … limit. Under a whole-credential cap no allocation can
 * count more than this from the cap's credentials, so it bounds the search more tightly than the limit itself
 * when the credit values cannot fill the limit exactly. Returns null when the table would be too large.
 */
export function bestSubsetSum(values: readonly number[], limit: number): { best: number; chosen: number[] } | null {
  if (!Number.isSafeInteger(limit) || limit < 0 || (limit + 1) * Math.max(1, values.length) > MAX_CELLS) return null;
  const reach = new Int32Array(limit + 1).fill(-1);
  reach[0] = values.length;
  values.forEach((v, i) => {
    if (v <= 0) return;
    for (let s = limit; s >= v; s -= 1) {
      if (reach[s] === -1 && reach[s - v] !== -1) reach[s] = i;
    }
  });
  let best = limit;
  while (reach[best] === -1) best -= 1;
  const chosen: number[] = [];
  for (let s = best; s > 0; ) {
    const i = reach[s] as number;
    chosen.push(i);
    s -= values[i] as number;
  }
  return { best, chosen: chosen.reverse() };
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
