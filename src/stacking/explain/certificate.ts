import { ZERO } from '../../credit/rational.js';
import { addRational, compareRational } from '../../credit/rational-arithmetic.js';
import type { StackingConfig } from '../config/types.js';
import type { AllocationView } from './allocation-view.js';
import { type Measurement, requirementMet } from './measure.js';

/**
 * The certificate check (§6.4 step 8): re-verifies the chosen allocation in one linear pass with exact
 * rationals, independently of the solver's scaled integers: every counted item sits in a group it may join
 * (and in its pinned group), no whole-credential cap is exceeded, and every requirement's outcome matches what
 * the solver claimed. A mismatch is a defect of the library, never an answer.
 *
 * @throws Error when the solver's answer does not verify
 */
export function checkCertificate(
  config: StackingConfig,
  view: AllocationView,
  measured: Measurement,
  claimed: ReadonlyMap<string, boolean>,
): void {
  const fail = (what: string) => {
    throw new Error(`microcred internal error: the stacking certificate check failed (${what})`);
  };
  view.items.forEach((item, i) => {
    const g = view.group[i] ?? -1;
    if (g >= 0 && (!item.groups.includes(g) || !config.groups[g]?.exclusive)) fail(`group of ${item.id}`);
    if (view.counted[i] && item.pin >= 0 && g !== item.pin) fail(`pin of ${item.id}`);
    const hasExclusive = item.groups.some((k) => config.groups[k]?.exclusive);
    if (view.counted[i] && hasExclusive && g < 0) fail(`no group for ${item.id}`);
  });
  for (const { cap } of measured.caps) {
    if (cap.mode !== 'wholeCredentials') continue;
    const held = cap.items.filter((i) => view.counted[i]).map((i) => view.items[i]?.ects ?? ZERO);
    if (compareRational(held.reduce(addRational, ZERO), cap.limit) > 0) fail(`cap ${cap.id}`);
  }
  const requirements = [
    ...config.groups,
    ...config.levelRules,
    ...(config.residency ? [config.residency] : []),
    config.total,
  ];
  for (const r of requirements) {
    const m = measured.byRequirement.get(r.id);
    if (m === undefined || requirementMet(r, m) !== claimed.get(r.id)) fail(`requirement ${r.id}`);
  }
}
