import { parseRational } from '../../credit/parse-rational.js';
import { ascending, sortSmall } from '../allocate/sort-small.js';
import type { ResolvedGroup, StackingConfig } from '../config/types.js';
import type { GroupSelect } from '../qualification-schema.js';
import { exclude, type InPlay, type Ledger, markUsed, STAGE } from './ledger.js';

/** A credential (or a manual credit) that counts for at least one group, with the groups it may join. */
export interface Eligible extends InPlay {
  /** Indices into `config.groups` of every group (exclusive or overlay) the credential may join. */
  readonly groups: readonly number[];
  /** The exclusive group a `pin` sends it to (or a manual credit's group), or -1. */
  readonly pin: number;
}

/** Whether a credential matches every key present in a group's selector. */
export function matchesSelect(
  select: GroupSelect,
  c: Pick<InPlay, 'specificationId' | 'outcomeIds' | 'eqfLevel'>,
  anySet: ReadonlySet<string> | null = null,
): boolean {
  if (
    select.anyOfIds !== undefined &&
    (c.specificationId === undefined || !select.anyOfIds.includes(c.specificationId))
  ) {
    return false;
  }
  const any = select.learningOutcomesAny;
  if (
    any !== undefined &&
    !(anySet === null ? any.some((o) => c.outcomeIds.includes(o)) : c.outcomeIds.some((o) => anySet.has(o)))
  ) {
    return false;
  }
  if (select.learningOutcomesAll !== undefined && !select.learningOutcomesAll.every((o) => c.outcomeIds.includes(o))) {
    return false;
  }
  return select.minEqfLevel === undefined || (c.eqfLevel !== null && c.eqfLevel >= select.minEqfLevel);
}

function manualCredits(config: StackingConfig, indexOf: ReadonlyMap<string, number>): Eligible[] {
  return config.exceptions.addCredit.map((e) => {
    const credit: InPlay = {
      id: e.id,
      title: undefined,
      ects: parseRational(e.ects),
      issuedOn: config.referenceDate,
      specificationId: e.specificationId,
      outcomeIds: [...new Set(e.outcomeIds ?? [])].sort(),
      eqfLevel: e.eqfLevel ?? null,
      providerId: e.providerId,
      qaTypes: e.qaTypes ?? [],
      manual: true,
    };
    const named = e.groupId === undefined ? -1 : (indexOf.get(e.groupId) ?? -1);
    const groups = named >= 0 ? [named] : config.groups.flatMap((g, i) => (matchesSelect(g.select, credit) ? [i] : []));
    const pin = named >= 0 && (config.groups[named] as ResolvedGroup).exclusive ? named : -1;
    return eligibleAs(credit, groups, pin);
  });
}

/**
 * A credential with its groups (sorted) and pin. Written member by member: one object shape for every
 * eligible credential, which keeps the solver's reads of them monomorphic.
 */
function eligibleAs(c: InPlay, groups: Iterable<number>, pin: number): Eligible {
  const sorted = Array.from(groups);
  sortSmall(sorted, ascending);
  return {
    id: c.id,
    title: c.title,
    ects: c.ects,
    issuedOn: c.issuedOn,
    specificationId: c.specificationId,
    outcomeIds: c.outcomeIds,
    eqfLevel: c.eqfLevel,
    providerId: c.providerId,
    qaTypes: c.qaTypes,
    manual: c.manual,
    groups: sorted,
    pin,
  };
}

/**
 * An index of the groups' selectors, so each credential is checked only against the groups that could accept it:
 * groups with `anyOfIds` by specification id, groups with `learningOutcomesAny` by outcome id, the rest always.
 */
interface SelectorIndex {
  readonly bySpec: ReadonlyMap<string, readonly number[]>;
  readonly byOutcome: ReadonlyMap<string, readonly number[]>;
  readonly always: readonly number[];
  /** Per group, `learningOutcomesAny` as a set (or null). */
  readonly anySets: readonly (ReadonlySet<string> | null)[];
}

/** Indexes are kept per parsed target (which the parse memo reuses), so a batch builds each one once. */
const INDEXES = new WeakMap<object, SelectorIndex>();

function buildIndex(config: StackingConfig): SelectorIndex {
  const cached = INDEXES.get(config.target);
  if (cached !== undefined) return cached;
  const bySpec = new Map<string, number[]>();
  const byOutcome = new Map<string, number[]>();
  const always: number[] = [];
  const put = (map: Map<string, number[]>, key: string, g: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [g]);
    else if (list[list.length - 1] !== g) list.push(g);
  };
  config.groups.forEach((g, i) => {
    if (g.select.anyOfIds !== undefined) for (const id of g.select.anyOfIds) put(bySpec, id, i);
    else if (g.select.learningOutcomesAny !== undefined)
      for (const o of g.select.learningOutcomesAny) put(byOutcome, o, i);
    else always.push(i);
  });
  const anySets = config.groups.map((g) =>
    g.select.learningOutcomesAny === undefined ? null : new Set(g.select.learningOutcomesAny),
  );
  const index = { bySpec, byOutcome, always, anySets };
  INDEXES.set(config.target, index);
  return index;
}

function selectorIndex(config: StackingConfig) {
  const { bySpec, byOutcome, always, anySets } = buildIndex(config);
  const matches = (g: number, c: InPlay) => matchesSelect((config.groups[g] as ResolvedGroup).select, c, anySets[g]);
  return (c: InPlay): Set<number> => {
    const candidates = new Set<number>(always);
    for (const g of c.specificationId === undefined ? [] : (bySpec.get(c.specificationId) ?? [])) candidates.add(g);
    for (const o of c.outcomeIds) for (const g of byOutcome.get(o) ?? []) candidates.add(g);
    const groups = new Set<number>();
    for (const g of candidates) if (matches(g, c)) groups.add(g);
    return groups;
  };
}

/**
 * Step 5: the groups each credential may join: those whose selector it matches, plus `allow` and `pin`
 * exceptions. A credential eligible for no group is excluded (`NOT_ELIGIBLE_FOR_ANY_GROUP`). Manual credits
 * from `addCredit` exceptions join here: into their named group, or wherever their stated facts match.
 */
export function assignEligibility(credentials: readonly InPlay[], config: StackingConfig, ledger: Ledger): Eligible[] {
  const indexOf = new Map(config.groups.map((g, i) => [g.id, i]));
  const eligibleGroups = selectorIndex(config);
  const out: Eligible[] = [];
  for (const c of credentials) {
    const groups = eligibleGroups(c);
    for (const allow of config.exceptions.allow.get(c.id) ?? []) {
      const i = indexOf.get(allow.groupId) ?? -1;
      if (!groups.has(i)) {
        groups.add(i);
        markUsed(ledger, allow.id, allow.groupId);
      }
    }
    const pinned = config.exceptions.pin.get(c.id);
    const pin = pinned === undefined ? -1 : (indexOf.get(pinned.groupId) ?? -1);
    if (pin >= 0) groups.add(pin);
    if (groups.size === 0) {
      exclude(ledger, STAGE.eligibility, c.id, 'NOT_ELIGIBLE_FOR_ANY_GROUP');
      continue;
    }
    out.push(eligibleAs(c, groups, pin));
  }
  return [...out, ...manualCredits(config, indexOf).filter((m) => m.groups.length > 0)];
}
