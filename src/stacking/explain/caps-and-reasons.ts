import { formatRational } from '../../credit/format-rational.js';
import { ZERO } from '../../credit/rational.js';
import { addRational, compareRational } from '../../credit/rational-arithmetic.js';
import type { StackingReason, StackingWarning } from '../decision.js';
import type { AppliedCap } from '../decision-outcomes.js';
import type { Ledger } from '../pipeline/ledger.js';

import type { AllocationView } from './allocation-view.js';
import type { Measurement } from './measure.js';

const fmt = formatRational;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The caps that changed something (in application order: innermost first, `totalEcts.max` last) and the
 * reasons they give: `CAP_EXCEEDED` for each credential a whole-credential cap left out (keyed by the
 * innermost such cap), `CAP_TRUNCATED` for each truncation.
 */
export function capOutcome(
  view: AllocationView,
  measured: Measurement,
): { appliedCaps: AppliedCap[]; exceeded: StackingReason[]; truncated: StackingReason[] } {
  const appliedCaps: AppliedCap[] = [];
  const exceeded: StackingReason[] = [];
  const truncated: StackingReason[] = [];
  const reported = new Set<number>();
  for (const { cap, before, after } of measured.caps) {
    const limit = fmt(cap.limit);
    if (cap.mode === 'truncate') {
      if (compareRational(after, before) === 0) continue;
      appliedCaps.push({
        capId: cap.id,
        mode: cap.mode,
        limit,
        before: fmt(before),
        after: fmt(after),
        excludedCredentialIds: [],
      });
      truncated.push({
        capId: cap.id,
        code: 'CAP_TRUNCATED',
        params: { capId: cap.id, before: fmt(before), after: fmt(after) },
      });
      continue;
    }
    const left = cap.items.filter((i) => !view.counted[i]);
    if (left.length === 0) continue;
    const full = cap.items.reduce((s, i) => addRational(s, view.items[i]?.ects ?? ZERO), ZERO);
    const kept = cap.items
      .filter((i) => view.counted[i])
      .reduce((s, i) => addRational(s, view.items[i]?.ects ?? ZERO), ZERO);
    const ids = left.map((i) => view.items[i]?.id ?? '').sort(byText);
    appliedCaps.push({
      capId: cap.id,
      mode: cap.mode,
      limit,
      before: fmt(full),
      after: fmt(kept),
      excludedCredentialIds: ids,
    });
    for (const i of left) {
      const item = view.items[i];
      if (item === undefined || item.manual || reported.has(i)) continue;
      reported.add(i);
      exceeded.push({ credentialId: item.id, code: 'CAP_EXCEEDED', params: { capId: cap.id } });
    }
  }
  exceeded.sort((a, b) => byText(a.credentialId ?? '', b.credentialId ?? ''));
  return { appliedCaps, exceeded, truncated };
}

/** Every reason in output order: filters, duplicates, eligibility (each by credential id), then the caps. */
export function orderedReasons(
  ledger: Ledger,
  exceeded: readonly StackingReason[],
  truncated: readonly StackingReason[],
): StackingReason[] {
  const excluded = [...ledger.excluded.entries()]
    .sort(([a, x], [b, y]) => x.stage - y.stage || byText(a, b))
    .map(([, { reason }]) => reason);
  return [...excluded, ...exceeded, ...truncated];
}

const WARNING_RANK = { ROUNDED: 0, PARTIAL_LO_OVERLAP: 1, EXCEPTION_UNUSED: 2 } as const;

/** Warnings in output order: per credential (by id) its rounding then its overlaps, then unused exceptions,
 * then the rounding of the total. */
export function orderedWarnings(
  ledger: Ledger,
  unused: readonly StackingWarning[],
  total: StackingWarning | null,
): StackingWarning[] {
  const perCredential = [...ledger.warnings].sort(
    (a, b) =>
      byText(a.credentialId ?? '', b.credentialId ?? '') ||
      WARNING_RANK[a.code] - WARNING_RANK[b.code] ||
      byText(String(a.params?.['with'] ?? ''), String(b.params?.['with'] ?? '')),
  );
  return [...perCredential, ...unused, ...(total === null ? [] : [total])];
}
