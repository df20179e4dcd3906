/**
 * An independent brute-force oracle for the stacking engine, written from the domain document without any
 * engine code: its own rationals, its own pipeline for the features the random instances use (conversion,
 * assessment and QA filters, de-duplication, selectors), and an enumeration of every allocation.
 */

export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
export const q = (n: bigint, d = 1n): Q => {
  const g = gcd(n, d) || 1n;
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
};
export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};
export const ZERO_Q = q(0n);

/** Reads "2.5" or "5/3". */
export function readQ(text: string): Q {
  if (text.includes('/')) {
    const [a, b] = text.split('/');
    return q(BigInt(a as string), BigInt(b as string));
  }
  const [w, f = ''] = text.split('.');
  return q(BigInt(`${w}${f}`), 10n ** BigInt(f.length));
}

/** Writes a value the way the engine documents it: a plain decimal when it terminates, else n/d. */
export function writeQ(x: Q): string {
  let d = x.d;
  let k = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    k += 1;
  }
  let j = 0;
  while (d % 5n === 0n) {
    d /= 5n;
    j += 1;
  }
  if (d !== 1n) return `${x.n}/${x.d}`;
  const places = Math.max(k, j);
  const scaled = (x.n * 10n ** BigInt(places)) / x.d;
  const s = scaled.toString().padStart(places + 1, '0');
  const whole = s.slice(0, s.length - places);
  const frac = s.slice(s.length - places).replace(/0+$/, '');
  return frac === '' ? whole : `${whole}.${frac}`;
}

export interface OCredential {
  id: string;
  credit: { value: string; unit: 'ECTS' | 'HOURS' | 'UK-CATS' | 'ECVET' };
  eqfLevel: number | null;
  issuedOn: string;
  providerId: string;
  qaTypes: string[];
  specificationId?: string;
  outcomeIds: string[];
  assessed: boolean;
  identityVerified: boolean;
}
export interface OGroup {
  id: string;
  exclusive: boolean;
  select: { anyOfIds?: string[]; learningOutcomesAny?: string[] };
  minEcts?: string | null;
  minCount?: number | null;
  requiredIds?: string[];
}
export interface OTarget {
  id: string;
  totalEcts: { min: string; max?: string };
  groups: OGroup[];
  levelRules?: { id: string; minEqfLevel: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8; minEcts: string }[];
  residency?: { id: string; providerIds: string[]; minEcts: string };
}
export interface OCap {
  id: string;
  appliesTo: { providerIds: string[] };
  maxEcts: string;
  mode: 'truncate' | 'wholeCredentials';
}
export interface OPolicy {
  id: string;
  requireAssessment: boolean;
  acceptedQaTypes: string[] | null;
  requireIdentityVerified: boolean;
  hoursPerEcts: string;
  conversions: { 'UK-CATS': string; ECVET: null };
  caps: OCap[];
}

/** One allocation: credential id → 'out', 'in' (counted without an exclusive group) or an exclusive group id. */
export type OAllocation = ReadonlyMap<string, string>;

export interface OOutcome {
  readonly flags: readonly boolean[];
  readonly ids: readonly string[];
  readonly count: number;
  readonly raw: Q;
  readonly missing: Q;
}

export interface OracleAnswer {
  readonly status: 'eligible' | 'not-eligible';
  readonly recognisedEcts: string;
  readonly best: OOutcome;
  readonly outcomes: number;
  readonly evaluate: (allocation: OAllocation) => OOutcome | null;
  readonly counted: ReadonlySet<string>;
}

interface Item {
  c: OCredential;
  v: Q;
  eligible: OGroup[];
}

function pipeline(credentials: readonly OCredential[], target: OTarget, policy: OPolicy): Item[] {
  const converted = credentials.flatMap((c) => {
    const value = readQ(c.credit.value);
    if (c.credit.unit === 'ECVET') return [];
    const factor =
      c.credit.unit === 'ECTS'
        ? q(1n)
        : c.credit.unit === 'HOURS'
          ? q(readQ(policy.hoursPerEcts).d, readQ(policy.hoursPerEcts).n)
          : readQ(policy.conversions['UK-CATS']);
    return [{ c, v: mul(value, factor) }];
  });
  const filtered = converted.filter(({ c }) => {
    if (policy.requireAssessment && !c.assessed) return false;
    if (policy.acceptedQaTypes !== null && !c.qaTypes.some((t) => policy.acceptedQaTypes?.includes(t))) return false;
    return !(policy.requireIdentityVerified && !c.identityVerified);
  });
  const keepBetter = (a: { c: OCredential; v: Q }, b: { c: OCredential; v: Q }) =>
    cmp(a.v, b.v) !== 0
      ? cmp(a.v, b.v) > 0
      : a.c.issuedOn !== b.c.issuedOn
        ? a.c.issuedOn > b.c.issuedOn
        : a.c.id < b.c.id;
  const dedup = (list: { c: OCredential; v: Q }[], key: (c: OCredential) => string | undefined) =>
    list.filter((x) => {
      const k = key(x.c);
      if (k === undefined) return true;
      return !list.some((y) => y !== x && key(y.c) === k && keepBetter(y, x));
    });
  const afterSpec = dedup(filtered, (c) => c.specificationId);
  const survivors = dedup(afterSpec, (c) =>
    c.outcomeIds.length === 0 ? undefined : [...new Set(c.outcomeIds)].sort().join(' '),
  );
  const matches = (g: OGroup, c: OCredential) =>
    (g.select.anyOfIds === undefined ||
      (c.specificationId !== undefined && g.select.anyOfIds.includes(c.specificationId))) &&
    (g.select.learningOutcomesAny === undefined || g.select.learningOutcomesAny.some((o) => c.outcomeIds.includes(o)));
  return survivors
    .map(({ c, v }) => ({ c, v, eligible: target.groups.filter((g) => matches(g, c)) }))
    .filter((x) => x.eligible.length > 0);
}

function recognised(items: readonly Item[], counted: (id: string) => boolean, caps: readonly OCap[], max: Q | null): Q {
  const inCap = (cap: OCap, it: Item) => cap.appliesTo.providerIds.includes(it.c.providerId);
  const contains = (outer: OCap, inner: OCap) =>
    inner.appliesTo.providerIds.every((p) => outer.appliesTo.providerIds.includes(p)) && outer !== inner;
  const capValue = (cap: OCap): Q => {
    const children = caps.filter(
      (k) => contains(cap, k) && !caps.some((m) => m !== k && contains(cap, m) && contains(m, k)),
    );
    let sum = ZERO_Q;
    for (const child of children) sum = add(sum, capValue(child));
    for (const it of items)
      if (counted(it.c.id) && inCap(cap, it) && !children.some((k) => inCap(k, it))) sum = add(sum, it.v);
    return cap.mode === 'truncate' && cmp(sum, readQ(cap.maxEcts)) > 0 ? readQ(cap.maxEcts) : sum;
  };
  const tops = caps.filter((k) => !caps.some((m) => contains(m, k)));
  let total = ZERO_Q;
  for (const cap of tops) total = add(total, capValue(cap));
  for (const it of items) if (counted(it.c.id) && !caps.some((k) => inCap(k, it))) total = add(total, it.v);
  return max !== null && cmp(total, max) > 0 ? max : total;
}

/** Enumerates every allocation and returns the optimum by the documented objective. */
export function oracle(credentials: readonly OCredential[], target: OTarget, policy: OPolicy): OracleAnswer {
  const items = pipeline(credentials, target, policy);
  const wholeCaps = policy.caps.filter((k) => k.mode === 'wholeCredentials');
  const capped = (it: Item) => wholeCaps.some((k) => k.appliesTo.providerIds.includes(it.c.providerId));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const requirements = [
    ...[...target.groups].sort(byId).map((g) => ({ id: g.id, kind: 'group' as const, g })),
    ...[...(target.levelRules ?? [])].sort(byId).map((r) => ({ id: r.id, kind: 'level' as const, r })),
    ...(target.residency ? [{ id: target.residency.id, kind: 'residency' as const, r: target.residency }] : []),
    { id: 'total', kind: 'total' as const },
  ];
  const max = target.totalEcts.max === undefined ? null : readQ(target.totalEcts.max);
  const evaluate = (allocation: OAllocation): OOutcome | null => {
    const counted = (id: string) => (allocation.get(id) ?? 'out') !== 'out';
    for (const cap of wholeCaps) {
      let s = ZERO_Q;
      for (const it of items)
        if (counted(it.c.id) && cap.appliesTo.providerIds.includes(it.c.providerId)) s = add(s, it.v);
      if (cmp(s, readQ(cap.maxEcts)) > 0) return null;
    }
    const flags: boolean[] = [];
    let missing = ZERO_Q;
    const short = (need: Q, have: Q) => (cmp(have, need) >= 0 ? ZERO_Q : sub(need, have));
    const raw = recognised(items, counted, policy.caps, max);
    for (const req of requirements) {
      let sum = ZERO_Q;
      let ok = true;
      if (req.kind === 'group') {
        const members = items.filter(
          (it) =>
            counted(it.c.id) && (req.g.exclusive ? allocation.get(it.c.id) === req.g.id : it.eligible.includes(req.g)),
        );
        for (const m of members) sum = add(sum, m.v);
        const need = req.g.minEcts ? readQ(req.g.minEcts) : ZERO_Q;
        ok = cmp(sum, need) >= 0 && members.length >= (req.g.minCount ?? 0);
        ok = ok && (req.g.requiredIds ?? []).every((s) => members.some((m) => m.c.specificationId === s));
        missing = add(missing, short(need, sum));
      } else if (req.kind === 'level' || req.kind === 'residency') {
        for (const it of items) {
          if (!counted(it.c.id)) continue;
          const fits =
            req.kind === 'level'
              ? it.c.eqfLevel !== null && it.c.eqfLevel >= req.r.minEqfLevel
              : (req.r as { providerIds: string[] }).providerIds.includes(it.c.providerId);
          if (fits) sum = add(sum, it.v);
        }
        ok = cmp(sum, readQ(req.r.minEcts)) >= 0;
        missing = add(missing, short(readQ(req.r.minEcts), sum));
      } else {
        ok = cmp(raw, readQ(target.totalEcts.min)) >= 0;
        missing = add(missing, short(readQ(target.totalEcts.min), raw));
      }
      flags.push(ok);
    }
    return { flags, ids: requirements.map((r) => r.id), count: flags.filter(Boolean).length, raw, missing };
  };
  const better = (a: OOutcome, b: OOutcome) => {
    if (a.count !== b.count) return a.count > b.count;
    if (cmp(a.raw, b.raw) !== 0) return cmp(a.raw, b.raw) > 0;
    if (cmp(a.missing, b.missing) !== 0) return cmp(a.missing, b.missing) < 0;
    const k = a.flags.findIndex((f, i) => f !== b.flags[i]);
    return k >= 0 && a.flags[k] === true;
  };
  const choices = items.map((it) => {
    const exclusive = it.eligible.filter((g) => g.exclusive).map((g) => g.id);
    const base = exclusive.length > 0 ? exclusive : ['in'];
    return capped(it) ? [...base, 'out'] : base;
  });
  let best: OOutcome | null = null;
  let outcomes = 0;
  const current = new Map<string, string>();
  const walk = (k: number) => {
    if (k === items.length) {
      const o = evaluate(current);
      if (o === null) return;
      outcomes += 1;
      if (best === null || better(o, best)) best = o;
      return;
    }
    for (const choice of choices[k] as string[]) {
      current.set((items[k] as Item).c.id, choice);
      walk(k + 1);
    }
  };
  walk(0);
  const found = best as OOutcome | null;
  if (found === null)
    throw new Error('oracle: no feasible allocation (leaving every capped item out is always feasible)');
  return {
    status: found.flags.every(Boolean) ? 'eligible' : 'not-eligible',
    recognisedEcts: writeQ(found.raw),
    best: found,
    outcomes,
    evaluate,
    counted: new Set(items.map((it) => it.c.id)),
  };
}

/** The number of allocations the oracle would enumerate (to keep random instances small). */
export function allocationCount(credentials: readonly OCredential[], target: OTarget, policy: OPolicy): number {
  return pipeline(credentials, target, policy).reduce((n, it) => {
    const exclusive = it.eligible.filter((g) => g.exclusive).length;
    const capped = policy.caps.some(
      (k) => k.mode === 'wholeCredentials' && k.appliesTo.providerIds.includes(it.c.providerId),
    );
    return n * (Math.max(exclusive, 1) + (capped ? 1 : 0));
  }, 1);
}
