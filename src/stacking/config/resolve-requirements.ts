import { parseRational } from '../../credit/parse-rational.js';
import { type Rational, ZERO } from '../../credit/rational.js';
import { compareRational, mulRational, subRational } from '../../credit/rational-arithmetic.js';
import type { StackingException } from '../exception-schema.js';
import type { Qualification } from '../qualification-schema.js';
import type { ResolvedGroup, ResolvedRequirement, ResolvedRule, Thresholds } from './types.js';

type Waiver = Extract<StackingException, { kind: 'waive' }>;

function applyWaivers(original: Thresholds, waivers: readonly Waiver[]): Omit<ResolvedRequirement, 'id' | 'kind'> {
  let { minEcts, minCount, requiredIds } = original;
  let wholeWaived = false;
  for (const w of waivers) {
    if (w.reduceBy !== undefined) {
      if (minEcts !== null) {
        const lowered = subRational(minEcts, parseRational(w.reduceBy));
        minEcts = compareRational(lowered, ZERO) < 0 ? ZERO : lowered;
      }
    } else if (w.specificationId !== undefined) {
      const dropped = w.specificationId;
      requiredIds = requiredIds.filter((id) => id !== dropped);
    } else if (w.part === 'minEcts') minEcts = null;
    else if (w.part === 'minCount') minCount = null;
    else if (w.part === 'requiredIds') requiredIds = [];
    else wholeWaived = true;
  }
  return { original, effective: { minEcts, minCount, requiredIds }, wholeWaived, waiverIds: waivers.map((w) => w.id) };
}

function credits(value: string | null | undefined): Rational | null {
  return value === null || value === undefined ? null : parseRational(value);
}

/** The target's requirements, exact, with the waivers of `exceptions` applied. */
export function resolveRequirements(
  target: Qualification,
  exceptions: readonly StackingException[],
): {
  groups: ResolvedGroup[];
  levelRules: ResolvedRule[];
  residency: ResolvedRule | null;
  total: ResolvedRequirement;
  totalMin: Rational;
} {
  const waivers = exceptions.filter((e): e is Waiver => e.kind === 'waive');
  const waiversOf = (id: string) => waivers.filter((w) => w.requirement === id);
  const totalMin = parseRational(target.totalEcts.min);
  const share = (minEcts: string | undefined, shareOfTarget: string | undefined) =>
    minEcts === undefined ? mulRational(parseRational(shareOfTarget ?? '0'), totalMin) : parseRational(minEcts);
  const groupList =
    target.groups.length > 0 ? target.groups : [{ id: 'all', exclusive: true, select: {}, requiredIds: [] }];
  const groups = groupList.map((g, declared): ResolvedGroup => {
    const original = { minEcts: credits(g.minEcts), minCount: g.minCount ?? null, requiredIds: g.requiredIds ?? [] };
    return {
      id: g.id,
      kind: 'group',
      exclusive: g.exclusive,
      select: g.select,
      title: 'title' in g ? g.title : undefined,
      declared,
      ...applyWaivers(original, waiversOf(g.id)),
    };
  });
  const rule = (
    kind: 'level' | 'residency',
    r: { id: string; minEcts?: string | undefined; minShareOfTarget?: string | undefined },
    minEqfLevel: number,
    providerIds: readonly string[],
  ): ResolvedRule => {
    const original = { minEcts: share(r.minEcts, r.minShareOfTarget), minCount: null, requiredIds: [] };
    return {
      id: r.id,
      kind,
      minEqfLevel,
      providerIds: new Set(providerIds),
      ...applyWaivers(original, waiversOf(r.id)),
    };
  };
  const levelRules = (target.levelRules ?? []).map((r) => rule('level', r, r.minEqfLevel, []));
  const residency =
    target.residency === undefined ? null : rule('residency', target.residency, 0, target.residency.providerIds);
  const totalOriginal = { minEcts: totalMin, minCount: null, requiredIds: [] };
  const total: ResolvedRequirement = { id: 'total', kind: 'total', ...applyWaivers(totalOriginal, waiversOf('total')) };
  return { groups, levelRules, residency, total, totalMin };
}
