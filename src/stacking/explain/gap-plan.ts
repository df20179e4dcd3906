import { formatRational } from '../../credit/format-rational.js';
import { parseRational } from '../../credit/parse-rational.js';
import { ZERO } from '../../credit/rational.js';
import { addRational, compareRational } from '../../credit/rational-arithmetic.js';
import { ACCEPTABLE_REASON_CODES, type StackingReasonCode } from '../codes.js';
import type { StackingConfig } from '../config/types.js';
import type { RemainingGap, UnmetRequirement } from '../decision-outcomes.js';
import { matchesSelect } from '../pipeline/eligibility.js';
import type { Ledger } from '../pipeline/ledger.js';
import type { StackingCredential } from '../stacking-credential.js';

const ACCEPTABLE: ReadonlySet<string> = new Set(ACCEPTABLE_REASON_CODES);

function recoverable(
  config: StackingConfig,
  credentials: readonly StackingCredential[],
  ledger: Ledger,
  unmet: ReadonlySet<string>,
): RemainingGap['recoverable'] {
  const globalUnmet = [...unmet].some((id) => !config.groups.some((g) => g.id === id));
  const out: RemainingGap['recoverable'][number][] = [];
  for (const c of credentials) {
    const entry = ledger.excluded.get(c.id);
    if (entry === undefined || !ACCEPTABLE.has(entry.reason.code) || ledger.ects.get(c.id) === undefined) continue;
    const facts = {
      specificationId: config.exceptions.substitute.get(c.id)?.specificationId ?? c.specificationId,
      outcomeIds: c.outcomeIds,
      eqfLevel: c.eqfLevel,
    };
    const allowed = new Set((config.exceptions.allow.get(c.id) ?? []).map((a) => a.groupId));
    const eligible = config.groups.filter((g) => allowed.has(g.id) || matchesSelect(g.select, facts));
    const groupIds = eligible.filter((g) => unmet.has(g.id)).map((g) => g.id);
    if (groupIds.length > 0 || (eligible.length > 0 && globalUnmet)) {
      out.push({ credentialId: c.id, code: entry.reason.code as StackingReasonCode, groupIds });
    }
  }
  return out.sort((a, b) => (a.credentialId < b.credentialId ? -1 : 1));
}

/**
 * The remaining-gap plan (§7) for the chosen allocation: per unmet requirement the credits, count and
 * specifications still missing (with the group's selector); a lower bound on the extra credits needed, the
 * largest of the total's shortfall, the sum of the exclusive groups' shortfalls and each overlay, level or
 * residency shortfall, assuming new credits fall under no cap; and the excluded credentials that an `accept`
 * exception could recover for an unmet requirement.
 */
export function gapPlan(
  config: StackingConfig,
  credentials: readonly StackingCredential[],
  ledger: Ledger,
  unmetParts: readonly UnmetRequirement[],
): RemainingGap {
  const byRequirement = new Map<
    string,
    { requirement: string; missingEcts?: string; missingCount?: number; missingSpecificationIds?: readonly string[] }
  >();
  for (const part of unmetParts) {
    const entry = byRequirement.get(part.requirement) ?? { requirement: part.requirement };
    if (part.kind === 'minCount') entry.missingCount = part.missing as number;
    else if (part.kind === 'requiredIds') entry.missingSpecificationIds = part.missing as readonly string[];
    else entry.missingEcts = part.missing as string;
    byRequirement.set(part.requirement, entry);
  }
  let exclusiveSum = ZERO;
  let largest = ZERO;
  for (const entry of byRequirement.values()) {
    if (entry.missingEcts === undefined) continue;
    const missing = parseRational(entry.missingEcts);
    const group = config.groups.find((g) => g.id === entry.requirement);
    if (group?.exclusive) exclusiveSum = addRational(exclusiveSum, missing);
    else if (compareRational(missing, largest) > 0) largest = missing;
  }
  const atLeast = compareRational(exclusiveSum, largest) > 0 ? exclusiveSum : largest;
  const requirements = [...byRequirement.values()].map((entry) => {
    const group = config.groups.find((g) => g.id === entry.requirement);
    return group === undefined ? entry : { ...entry, select: group.select };
  });
  return {
    requirements,
    additionalEctsAtLeast: formatRational(atLeast),
    recoverable: recoverable(config, credentials, ledger, new Set(byRequirement.keys())),
  };
}
