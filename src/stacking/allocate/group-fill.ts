import { fewestSubsetAtLeast, smallestSubsetAtLeast } from './subset-sum.js';

/** A small deterministic PRNG (mulberry32): the re-fill picks the same groups on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Credits to place: each item's value and the groups it may join, and what each group still needs. */
export interface FillInstance {
  readonly values: readonly number[];
  /** Group indices (0 … need.length − 1) each item may join; every item has at least one. */
  readonly options: readonly (readonly number[])[];
  /** The credits each group still needs (≤ 0: nothing). */
  readonly need: readonly number[];
  /** The credentials each group still needs (≤ 0, or absent: none). */
  readonly count?: readonly number[];
}

/** One group per item meeting every need, or null; the nodes (item placements) spent. */
export interface FillResult {
  readonly picks: readonly number[] | null;
  readonly nodes: number;
}

/** The group with the least room (count, then credits, then index) and the one after it (-1 when none). */
function leastRoom(room: ReadonlyMap<number, readonly [number, number]>): [number, number] {
  const less = (q: number, k: number) => {
    const [x, y] = [room.get(q) as readonly number[], room.get(k) as readonly number[]];
    return (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number) || q - k;
  };
  let [k, second] = [-1, -1];
  for (const q of room.keys()) {
    if (k < 0 || less(q, k) < 0) [k, second] = [q, k];
    else if (second < 0 || less(q, second) < 0) second = q;
  }
  return [k, second];
}

/** The table cells (item × reachable sum) that count as one node. */
const CELLS_PER_NODE = 8192;

/** Groups re-filled together by one step of the neighbourhood search. */
const NEIGHBOURHOOD = 8;

/**
 * Places items so that every group meets its need, by exact subset sums (§6.3: credits are integers once
 * scaled, so dynamic programming over reachable sums works where the groups' sums must come out exactly).
 *
 * First the groups are closed one at a time, the one with the least room first (the credits that may still
 * join it, less its need): items that may join no other open group go in, then the subset of the others with
 * the smallest sum that meets the need, preferring items with fewer open groups (ties by a fixed-seed random
 * key). While a group still falls short, a neighbourhood search re-fills a few groups together the same way:
 * a short group, a group with credits to spare and groups holding items the short one may take, all their
 * items freed; the new fill is kept unless the groups fall shorter. Closing a group costs one node, and so does
 * placing an item that had more than one open group and every 8,192 cells of a table; the search stops at
 * `budget`, and gives up when a table would pass it. Returns null picks when it finds no allocation meeting every need, or when a table would
 * pass `maxCells` (the caller then searches as before). Like every heuristic here it only proposes: the caller
 * scores and verifies the allocation.
 */
export function fillGroups(instance: FillInstance, budget: number, maxCells?: number): FillResult {
  const { values, options, need } = instance;
  const count = instance.count ?? need.map(() => 0);
  const n = values.length;
  const g = need.length;
  const random = prng(0x5eed + n * 131 + g);
  const at = new Int32Array(n).fill(-1);
  const sum = new Array<number>(g).fill(0);
  const cnt = new Array<number>(g).fill(0);
  const open = new Uint8Array(g);
  const key = new Uint32Array(n);
  let nodes = 0;
  const place = (p: number, k: number) => {
    at[p] = k;
    sum[k] = (sum[k] as number) + (values[p] as number);
    cnt[k] = (cnt[k] as number) + 1;
  };
  const openCount = (p: number) => {
    let c = 0;
    for (const k of options[p] as number[]) c += open[k] as number;
    return c;
  };
  /** Closes the groups `groups` over the unplaced items `items`; false when a table is too large. */
  const close = (items: readonly number[], groups: readonly number[]): boolean => {
    for (const k of groups) open[k] = 1;
    nodes += groups.length;
    for (const p of items) {
      key[p] = random();
      if (openCount(p) > 1) nodes += 1;
    }
    let left = items;
    for (let remaining = groups.length; remaining > 0; remaining -= 1) {
      // Room: the credentials and the credits that may still join a group, less what it needs; a group that
      // needs no more credentials has endless room in count.
      const room = new Map<number, [number, number]>();
      for (const k of groups) {
        const c = (count[k] as number) - (cnt[k] as number);
        if (open[k]) room.set(k, [c > 0 ? -c : Number.POSITIVE_INFINITY, (sum[k] as number) - (need[k] as number)]);
      }
      for (const p of left) {
        for (const k of options[p] as number[]) {
          const r = room.get(k);
          if (open[k] && r !== undefined) {
            r[0] += 1;
            r[1] += values[p] as number;
          }
        }
      }
      // The group with the least room, or one time in four the next one: the re-fills then differ.
      let [k, second] = leastRoom(room);
      if (second >= 0 && random() % 4 === 0) k = second;
      open[k] = 0;
      const rest: number[] = [];
      for (const p of left) {
        if (!(options[p] as number[]).includes(k)) continue;
        if (openCount(p) === 0) place(p, k);
        else rest.push(p);
      }
      rest.sort((a, b) => openCount(a) - openCount(b) || (key[a] as number) - (key[b] as number));
      const missing = (need[k] as number) - (sum[k] as number);
      const members = (count[k] as number) - (cnt[k] as number);
      // A table costs a node per CELLS_PER_NODE cells, so the budget bounds the time on large sums too.
      const cells = (rest.length + 1) * (members > 0 ? rest.length + 1 : Math.max(0, missing));
      const charge = Math.floor(cells / CELLS_PER_NODE);
      if (nodes + charge > budget) return false;
      nodes += charge;
      const restValues = rest.map((p) => values[p] as number);
      const chosen =
        members > 0
          ? fewestSubsetAtLeast(restValues, missing, members)
          : smallestSubsetAtLeast(restValues, missing, maxCells);
      if (chosen === undefined) return false;
      for (const j of chosen ?? rest.map((_, j) => j)) place(rest[j] as number, k);
      // An item whose every group is now closed goes to this one: it counts, though no group needs it.
      for (const p of rest) if ((at[p] as number) < 0 && openCount(p) === 0) place(p, k);
      left = left.filter((p) => (at[p] as number) < 0);
    }
    return true;
  };
  // A missing credential weighs more than every credit together.
  const weight = values.reduce((a, v) => a + v, 1);
  const shortfall = (groups: readonly number[]) =>
    groups.reduce(
      (s, k) =>
        s +
        weight * Math.max(0, (count[k] as number) - (cnt[k] as number)) +
        Math.max(0, (need[k] as number) - (sum[k] as number)),
      0,
    );
  const all = need.map((_, k) => k);
  if (
    budget < n + g ||
    !close(
      values.map((_, p) => p),
      all,
    )
  )
    return { picks: null, nodes };
  let short = shortfall(all);
  // Each step costs a node besides its placements, so a step that frees nothing still ends the search.
  while (short > 0 && nodes < budget) {
    nodes += 1;
    const shortGroups = all.filter((k) => shortfall([k]) > 0);
    const s = shortGroups[random() % shortGroups.length] as number;
    // Spare: credits beyond the need, or credentials beyond a count; a group short of credentials may have
    // credits to spare, but it is the short one here.
    const spare = all.filter(
      (k) =>
        k !== s &&
        ((sum[k] as number) > (need[k] as number) ||
          ((count[k] as number) > 0 && (cnt[k] as number) > (count[k] as number))),
    );
    const groups = [s];
    const e = spare[random() % Math.max(1, spare.length)];
    if (e !== undefined) groups.push(e);
    // Half the time the other groups hold items the short one may take; otherwise they are any groups.
    const pool = random() % 2 === 0 ? all : options.flatMap((list, p) => (list.includes(s) ? [at[p] as number] : []));
    const holders = [...new Set(pool)].filter((k) => !groups.includes(k));
    while (groups.length < NEIGHBOURHOOD && holders.length > 0) {
      groups.push(holders.splice(random() % holders.length, 1)[0] as number);
    }
    const items: number[] = [];
    at.forEach((k, p) => {
      if (groups.includes(k)) items.push(p);
    });
    if (nodes + items.length + groups.length > budget) break;
    const before = shortfall(groups);
    const saved = items.map((p) => at[p] as number);
    const savedSums = groups.map((k): [number, number] => [sum[k] as number, cnt[k] as number]);
    for (const p of items) {
      const k = at[p] as number;
      sum[k] = (sum[k] as number) - (values[p] as number);
      cnt[k] = (cnt[k] as number) - 1;
      at[p] = -1;
    }
    const done = close(items, groups);
    const after = shortfall(groups);
    if (!done || after > before) {
      items.forEach((p, j) => {
        at[p] = saved[j] as number;
      });
      groups.forEach((k, j) => {
        [sum[k], cnt[k]] = savedSums[j] as [number, number];
      });
      if (!done) break;
    } else short += after - before;
  }
  return { picks: [...at], nodes };
}
