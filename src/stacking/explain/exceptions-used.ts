import { compareRational } from '../../credit/rational-arithmetic.js';
import type { StackingConfig } from '../config/types.js';
import type { StackingWarning } from '../decision.js';
import type { AppliedException } from '../decision-outcomes.js';
import type { StackingException } from '../exception-schema.js';
import type { Ledger } from '../pipeline/ledger.js';
import { type AllocationView, groupsHolding } from './allocation-view.js';
import { type Measurement, meetsThresholds } from './measure.js';
import { displayRequirements } from './outcomes.js';

type Waiver = Extract<StackingException, { kind: 'waive' }>;

/** Whether a waiver made a difference: the part it names is not met under the configured thresholds. */
function waiverActed(config: StackingConfig, w: Waiver, measured: Measurement): boolean {
  const r = displayRequirements(config).find((q) => q.id === w.requirement);
  const m = measured.byRequirement.get(w.requirement);
  if (r === undefined || m === undefined) return false;
  const { minEcts, minCount, requiredIds } = r.original;
  const shortOfCredits = minEcts !== null && compareRational(m.ects, minEcts) < 0;
  if (w.reduceBy !== undefined) return shortOfCredits;
  if (w.specificationId !== undefined) return !m.coveredIds.has(w.specificationId);
  if (w.part === 'minEcts') return shortOfCredits;
  if (w.part === 'minCount') return minCount !== null && m.count < minCount;
  if (w.part === 'requiredIds') return requiredIds.some((id) => !m.coveredIds.has(id));
  return !meetsThresholds(m, r.original);
}

/**
 * Which exceptions acted, with their audit trail and what they affected, in the order given; the others get
 * `EXCEPTION_UNUSED`. A pin or a manual credit acts when its credit is counted; a waiver acts when the
 * allocation does not meet what it waives under the configured thresholds.
 */
export function exceptionsOutcome(
  config: StackingConfig,
  ledger: Ledger,
  view: AllocationView,
  measured: Measurement,
): { applied: AppliedException[]; unused: StackingWarning[]; waivedIds: Set<string> } {
  const applied: AppliedException[] = [];
  const unused: StackingWarning[] = [];
  const waivedIds = new Set<string>();
  if (config.exceptions.all.length === 0) return { applied, unused, waivedIds };
  const indexOf = new Map(view.items.map((item, i) => [`${item.manual ? 'manual' : 'credential'}:${item.id}`, i]));
  for (const e of config.exceptions.all) {
    let affected: readonly string[] | undefined;
    if (e.kind === 'pin' || e.kind === 'addCredit') {
      const i = indexOf.get(e.kind === 'pin' ? `credential:${e.credentialId}` : `manual:${e.id}`);
      if (i !== undefined && view.counted[i])
        affected = e.kind === 'pin' ? [e.groupId] : groupsHolding(config, view, i);
    } else if (e.kind === 'waive') {
      if (waiverActed(config, e, measured)) {
        affected = [e.requirement];
        waivedIds.add(e.requirement);
      }
    } else {
      affected = ledger.used.get(e.id);
    }
    if (affected === undefined) {
      unused.push({ exceptionId: e.id, code: 'EXCEPTION_UNUSED', params: { exceptionId: e.id } });
      continue;
    }
    applied.push({
      exceptionId: e.id,
      kind: e.kind,
      actor: e.actor,
      reason: e.reason,
      at: e.at,
      affected: [...affected],
    });
  }
  return { applied, unused, waivedIds };
}
