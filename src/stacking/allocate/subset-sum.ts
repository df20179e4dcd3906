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
