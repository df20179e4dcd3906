import type { Rational } from '../../credit/rational.js';
import { ZERO } from '../../credit/rational.js';
import { addRational, compareRational } from '../../credit/rational-arithmetic.js';
import { roundCredit } from '../../credit/round-credit.js';
import type { CapNode } from '../allocate/cap-forest.js';
import type { ResolvedRequirement, StackingConfig, Thresholds } from '../config/types.js';
import type { Eligible } from '../pipeline/eligibility.js';

/** What an allocation gives one requirement, in exact rationals. */
export interface Measure {
  readonly ects: Rational;
  readonly count: number;
  readonly coveredIds: ReadonlySet<string>;
}

/** The exact sum of many rationals: numerators summed per denominator, so few normalisations are needed. */
export function sumExact(values: readonly Rational[]): Rational {
  // Credits have few distinct denominators: a short list scanned by value is cheaper than hashing bigints. Past
  // a few dozen denominators (never seen in practice) a map keeps the sum linear.
  const dens: bigint[] = [];
  const nums: bigint[] = [];
  let index: Map<bigint, number> | undefined;
  for (const v of values) {
    const k = index === undefined ? dens.indexOf(v.den) : (index.get(v.den) ?? -1);
    if (k !== -1) {
      nums[k] = (nums[k] as bigint) + v.num;
      continue;
    }
    dens.push(v.den);
    nums.push(v.num);
    if (index !== undefined) index.set(v.den, dens.length - 1);
    else if (dens.length > 32) index = new Map(dens.map((d, i) => [d, i]));
  }
  let total = ZERO;
  dens.forEach((den, k) => {
    total = addRational(total, { num: nums[k] as bigint, den });
  });
  return total;
}

/** One cap's effect on the final allocation. */
export interface CapEffect {
  readonly cap: CapNode;
  readonly before: Rational;
  readonly after: Rational;
}

/** The allocation measured exactly, independently of the solver's scaled integers. */
export interface Measurement {
  /** Requirement id → what it received (the total's `ects` is the recognised total after rounding). */
  readonly byRequirement: ReadonlyMap<string, Measure>;
  readonly caps: readonly CapEffect[];
  /** Recognised credits after caps, before `total`-stage rounding. */
  readonly raw: Rational;
  readonly recognised: Rational;
  /** Config group index → the items it holds. */
  readonly members: readonly (readonly Eligible[])[];
}

/**
 * Measures an allocation with exact rationals: `group[i]` is the config index of item i's exclusive group
 * (−1 for none) and `counted[i]` whether it counts at all. Used for the explanation and for the certificate
 * check that re-verifies the solver's answer.
 */
export function measure(
  config: StackingConfig,
  items: readonly Eligible[],
  group: readonly number[],
  counted: readonly boolean[],
  caps: readonly CapNode[],
): Measurement {
  const members: Eligible[][] = config.groups.map(() => []);
  items.forEach((item, i) => {
    if (!counted[i]) return;
    for (const g of item.groups) {
      if (g === group[i] || !(config.groups[g]?.exclusive ?? true)) members[g]?.push(item);
    }
  });
  const byRequirement = new Map<string, Measure>();
  const of = (list: readonly Eligible[]): Measure => ({
    ects: sumExact(list.map((c) => c.ects)),
    count: list.length,
    coveredIds: new Set(list.flatMap((c) => (c.specificationId === undefined ? [] : [c.specificationId]))),
  });
  config.groups.forEach((g, k) => {
    byRequirement.set(g.id, of(members[k] ?? []));
  });
  const countedItems = items.filter((_, i) => counted[i]);
  for (const rule of config.levelRules) {
    byRequirement.set(rule.id, of(countedItems.filter((c) => c.eqfLevel !== null && c.eqfLevel >= rule.minEqfLevel)));
  }
  const residency = config.residency;
  if (residency !== null) {
    byRequirement.set(
      residency.id,
      of(countedItems.filter((c) => c.providerId !== undefined && residency.providerIds.has(c.providerId))),
    );
  }
  const results: Rational[][] = caps.map(() => []);
  const effects: CapEffect[] = [];
  const top: Rational[] = [];
  const capped = new Set<number>();
  caps.forEach((cap, k) => {
    const parts = results[k] as Rational[];
    for (const i of cap.items) {
      if (capped.has(i) || !counted[i]) continue;
      capped.add(i);
      parts.push((items[i] as Eligible).ects);
    }
    const before = sumExact(parts);
    const after = cap.mode === 'truncate' && compareRational(before, cap.limit) > 0 ? cap.limit : before;
    effects.push({ cap, before, after });
    (cap.parent >= 0 ? (results[cap.parent] as Rational[]) : top).push(after);
  });
  items.forEach((item, i) => {
    if (counted[i] && !capped.has(i)) top.push(item.ects);
  });
  const raw = sumExact(top);
  const rounding = config.rounding?.stage === 'total' ? config.rounding : null;
  const recognised = rounding === null ? raw : roundCredit({ value: raw, unit: 'ECTS' }, rounding).amount.value;
  byRequirement.set('total', { ects: recognised, count: countedItems.length, coveredIds: new Set() });
  return { byRequirement, caps: effects, raw, recognised, members };
}

/** Whether a measure meets thresholds (exact and inclusive). */
export function meetsThresholds(m: Measure, t: Thresholds): boolean {
  if (t.minEcts !== null && compareRational(m.ects, t.minEcts) < 0) return false;
  if (t.minCount !== null && m.count < t.minCount) return false;
  return t.requiredIds.every((id) => m.coveredIds.has(id));
}

/** Whether a requirement counts as met: waived whole, or its thresholds in force are met. */
export function requirementMet(r: ResolvedRequirement, m: Measure): boolean {
  return r.wholeWaived || meetsThresholds(m, r.effective);
}
