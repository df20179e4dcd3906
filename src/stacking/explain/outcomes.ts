import { formatRational } from '../../credit/format-rational.js';
import { type Rational, ZERO } from '../../credit/rational.js';
import { compareRational, subRational } from '../../credit/rational-arithmetic.js';
import type { ResolvedRequirement, StackingConfig } from '../config/types.js';
import type { StackingGroupOutcome, StackingRuleOutcome, UnmetRequirement } from '../decision-outcomes.js';
import { type Measure, type Measurement, requirementMet } from './measure.js';

const fmt = formatRational;

/** Requirements in presentation order: groups as declared, level rules as declared, residency, total. */
export function displayRequirements(config: StackingConfig): ResolvedRequirement[] {
  return [
    ...config.groups,
    ...config.levelRules,
    ...(config.residency === null ? [] : [config.residency]),
    config.total,
  ];
}

function measureOf(measured: Measurement, id: string): Measure {
  return measured.byRequirement.get(id) ?? { ects: ZERO, count: 0, coveredIds: new Set() };
}

/** The unmet parts of one requirement, each with needed, actual and missing. */
export function unmetParts(r: ResolvedRequirement, m: Measure): UnmetRequirement[] {
  if (r.wholeWaived) return [];
  const out: UnmetRequirement[] = [];
  const { minEcts, minCount, requiredIds } = r.effective;
  if (minEcts !== null && compareRational(m.ects, minEcts) < 0) {
    const kind = r.kind === 'level' ? 'minEctsAtLevel' : r.kind === 'residency' ? 'residency' : 'minEcts';
    out.push({
      requirement: r.id,
      kind,
      needed: fmt(minEcts),
      actual: fmt(m.ects),
      missing: fmt(subRational(minEcts, m.ects)),
    });
  }
  if (minCount !== null && m.count < minCount) {
    out.push({ requirement: r.id, kind: 'minCount', needed: minCount, actual: m.count, missing: minCount - m.count });
  }
  const missing = requiredIds.filter((id) => !m.coveredIds.has(id));
  if (missing.length > 0) {
    const actual = requiredIds.filter((id) => m.coveredIds.has(id));
    out.push({ requirement: r.id, kind: 'requiredIds', needed: [...requiredIds], actual, missing });
  }
  return out;
}

/** Groups, rules, unmet requirements, the allocation record and whether each requirement is met. */
export function describeOutcomes(config: StackingConfig, measured: Measurement, waivedIds: ReadonlySet<string>) {
  const met = new Map<string, boolean>();
  for (const r of displayRequirements(config)) met.set(r.id, requirementMet(r, measureOf(measured, r.id)));
  const groups: StackingGroupOutcome[] = config.groups.map((g) => {
    const m = measureOf(measured, g.id);
    return {
      id: g.id,
      ...(g.title === undefined ? {} : { title: g.title }),
      exclusive: g.exclusive,
      satisfied: met.get(g.id) === true,
      waived: waivedIds.has(g.id),
      ects: fmt(m.ects),
      count: m.count,
      minEcts: g.effective.minEcts === null ? null : fmt(g.effective.minEcts),
      minCount: g.effective.minCount,
      requiredIds: g.effective.requiredIds,
    };
  });
  const rules: StackingRuleOutcome[] = [
    ...config.levelRules,
    ...(config.residency === null ? [] : [config.residency]),
  ].map((r) => ({
    id: r.id,
    kind: r.kind,
    satisfied: met.get(r.id) === true,
    waived: waivedIds.has(r.id),
    needed: fmt(r.effective.minEcts ?? ZERO),
    actual: fmt(measureOf(measured, r.id).ects),
  }));
  const unmetRequirements = displayRequirements(config).flatMap((r) => unmetParts(r, measureOf(measured, r.id)));
  const allocation = Object.fromEntries(
    config.groups.map((g, k) => [g.id, (measured.members[k] ?? []).map((c) => c.id).sort()]),
  );
  const needed: Rational = config.total.wholeWaived ? ZERO : (config.total.effective.minEcts ?? ZERO);
  const actual = measured.recognised;
  const missing = compareRational(actual, needed) >= 0 ? ZERO : subRational(needed, actual);
  const total = { needed: fmt(needed), actual: fmt(actual), missing: fmt(missing) };
  return { met, groups, rules, unmetRequirements, allocation, total };
}
