import { parseRational } from '../../credit/parse-rational.js';
import { gcd, type Rational } from '../../credit/rational.js';
import type { ResolvedGroup, ResolvedRule, StackingConfig } from '../config/types.js';
import type { Eligible } from '../pipeline/eligibility.js';
import { type Arith, BIGINT_ARITH, NUMBER_ARITH } from './arith.js';
import { buildCapForest, type CapNode } from './cap-forest.js';
import type { PItem, PReq, Problem } from './problem.js';
import { ascending, sortSmall } from './sort-small.js';
import { bestSubsetSum } from './subset-sum.js';

/** The problem on `number` or on `bigint`, with the items and caps behind it. */
export type BuiltProblem =
  | { readonly kind: 'number'; readonly problem: Problem<number> }
  | { readonly kind: 'bigint'; readonly problem: Problem<bigint> };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Requirements in canonical order: groups by id, level rules by id, residency, total. */
export function canonicalRequirements(config: StackingConfig) {
  return [
    ...[...config.groups].sort(byId),
    ...[...config.levelRules].sort(byId),
    ...(config.residency === null ? [] : [config.residency]),
    config.total,
  ];
}

function build<N>(
  ar: Arith<N>,
  scale: bigint,
  config: StackingConfig,
  items: readonly Eligible[],
  caps: readonly CapNode[],
): Problem<N> {
  const v = (r: Rational): N => ar.of(r.num * (scale / r.den));
  const ordered = canonicalRequirements(config);
  const groupCount = config.groups.length;
  const reqOfGroup = new Map(ordered.slice(0, groupCount).map((g, r) => [g.id, r]));
  const groupReq = config.groups.map((g) => reqOfGroup.get(g.id) ?? -1);
  const reqs: PReq<N>[] = ordered.map((r) => ({
    id: r.id,
    kind: r.kind,
    exclusive: r.kind === 'group' && (r as ResolvedGroup).exclusive,
    configIndex:
      r.kind === 'group'
        ? (r as ResolvedGroup).declared
        : r.kind === 'level'
          ? config.levelRules.indexOf(r as ResolvedRule)
          : -1,
    waived: r.wholeWaived,
    minV: r.effective.minEcts === null ? null : v(r.effective.minEcts),
    minCount: r.effective.minCount,
    required: r.effective.requiredIds,
  }));
  const levelReqs = reqs.flatMap((r, k) =>
    r.kind === 'level' ? [[k, config.levelRules[r.configIndex]?.minEqfLevel ?? 0] as const] : [],
  );
  const capsOfItem: number[][] = items.map(() => []);
  caps.forEach((c, k) => {
    for (const i of c.items) capsOfItem[i]?.push(k);
  });
  const pItems = items.map((item, i): PItem<N> => {
    const groups = item.groups.map((g) => groupReq[g] as number);
    const options = sortSmall(
      groups.filter((r) => reqs[r]?.exclusive),
      ascending,
    );
    const holding = capsOfItem[i] ?? [];
    const wholeCaps = holding.filter((k) => caps[k]?.mode === 'wholeCredentials');
    return {
      id: item.id,
      value: v(item.ects),
      options: item.pin >= 0 ? [groupReq[item.pin] as number] : options,
      overlays: sortSmall(
        groups.filter((r) => !reqs[r]?.exclusive),
        ascending,
      ),
      pin: item.pin >= 0 ? (groupReq[item.pin] as number) : -1,
      capped: wholeCaps.length > 0,
      wholeCaps,
      innerCap: holding[0] ?? -1,
      levels: levelReqs.flatMap(([k, min]) => (item.eqfLevel !== null && item.eqfLevel >= min ? [k] : [])),
      residency: item.providerId !== undefined && (config.residency?.providerIds.has(item.providerId) ?? false),
      covers: groups.flatMap((r) => {
        const slot = item.specificationId === undefined ? -1 : (reqs[r]?.required.indexOf(item.specificationId) ?? -1);
        return slot >= 0 ? [[r, slot] as const] : [];
      }),
    };
  });
  const rounding = config.rounding?.stage === 'total' ? config.rounding : null;
  return {
    ar,
    scale,
    items: pItems,
    reqs,
    groupCount,
    caps: caps.map((c) => {
      const limit = v(c.limit);
      const fill = c.mode === 'wholeCredentials' ? subsetFill(ar, pItems, c.items, limit) : null;
      const bound = fill === null ? limit : ar.of(fill.best);
      const { id, configIndex, mode, parent, items: members } = c;
      return { id, configIndex, mode, limit, bound, fill: fill?.chosen ?? null, parent, items: members };
    }),
    totalRounding: rounding === null ? null : { step: v(parseRational(rounding.step)), mode: rounding.mode },
  };
}

/** The subset-sum bound of a whole-credential cap, computed alike on number and bigint. Values above the limit
 * never fit and are left out; the others are divided by their greatest common divisor, so credits in halves
 * under a limit in hundredths need a table a fiftieth the size, and the bound drops to a reachable multiple. */
function subsetFill<N>(ar: Arith<N>, items: readonly PItem<N>[], members: readonly number[], limit: N) {
  const cap = ar.big(limit);
  const fits = members.filter((i) => ar.big(items[i]?.value as N) <= cap);
  let step = 0n;
  for (const i of fits) step = gcd(step, ar.big(items[i]?.value as N));
  if (step === 0n) step = 1n;
  if (cap / step > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const values = fits.map((i) => Number(ar.big(items[i]?.value as N) / step));
  const found = bestSubsetSum(values, Number(cap / step));
  return found === null
    ? null
    : { best: BigInt(found.best) * step, chosen: found.chosen.map((k) => fits[k] as number) };
}

/**
 * Scales every credit of the evaluation to an integer multiple of 1/L (L: the lcm of all denominators) and
 * builds the solver's problem, on `number` when every value the solver can form stays a safe integer, and on
 * `bigint` otherwise (or when `forceBigint` is set, for tests that compare the two).
 */
export function buildProblem(
  config: StackingConfig,
  eligible: readonly Eligible[],
  forceBigint = false,
): { built: BuiltProblem; items: readonly Eligible[]; caps: readonly CapNode[] } {
  const items = [...eligible].sort(byId);
  const caps = buildCapForest(config.caps, config.totalMax, items);
  const ordered = canonicalRequirements(config);
  const amounts: Rational[] = [
    ...items.map((i) => i.ects),
    ...ordered.flatMap((r) => (r.effective.minEcts === null ? [] : [r.effective.minEcts])),
    ...caps.map((c) => c.limit),
  ];
  if (config.rounding?.stage === 'total') amounts.push(parseRational(config.rounding.step));
  let scale = 1n;
  for (const den of new Set(amounts.map((a) => a.den))) scale = (scale / gcd(scale, den)) * den;
  const scaled = amounts.map((a) => a.num * (scale / a.den));
  let largest = 0n;
  for (const x of scaled) if (x > largest) largest = x;
  const sum = items.reduce((s, i) => s + i.ects.num * (scale / i.ects.den), 0n);
  const bound = BigInt(ordered.length + items.length + 4) * (sum + largest + 1n);
  const safe = !forceBigint && bound <= BigInt(Number.MAX_SAFE_INTEGER);
  const built: BuiltProblem = safe
    ? { kind: 'number', problem: build(NUMBER_ARITH, scale, config, items, caps) }
    : { kind: 'bigint', problem: build(BIGINT_ARITH, scale, config, items, caps) };
  return { built, items, caps };
}
