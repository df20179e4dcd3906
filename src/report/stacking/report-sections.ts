import type { StackingDecision } from '../../stacking/decision.js';
import type { ReportCatalogue } from '../report-catalogue.js';
import { credentialName, creditText, fill, pickText } from './localize.js';
import type { ReportList, ReportTable } from './report-model.js';

/** The requirements: each group, rule and the total with its outcome, credits and thresholds. */
export function requirementsTable(d: StackingDecision, c: ReportCatalogue): ReportTable {
  const ui = c.stacking.ui;
  const outcome = (satisfied: boolean, waived: boolean) => (waived ? ui.waived : satisfied ? ui.met : ui.notMet);
  const optional = (v: string | null) => (v === null ? ui.none : creditText(v, c));
  const rows = [
    ...d.groups.map((g) => [
      pickText(g.title, c.locale) ?? g.id,
      g.exclusive ? ui.exclusive : ui.overlay,
      outcome(g.satisfied, g.waived),
      creditText(g.ects, c),
      optional(g.minEcts),
      g.minCount === null ? String(g.count) : `${g.count} / ${g.minCount}`,
    ]),
    ...d.rules.map((r) => [
      r.id,
      r.kind === 'level' ? ui.levelRule : ui.residency,
      outcome(r.satisfied, r.waived),
      creditText(r.actual, c),
      creditText(r.needed, c),
      ui.none,
    ]),
  ];
  if (d.total !== null) {
    const met = !d.unmetRequirements.some((u) => u.requirement === 'total');
    rows.push([
      ui.total,
      ui.total,
      outcome(met, false),
      creditText(d.total.actual, c),
      creditText(d.total.needed, c),
      ui.none,
    ]);
  }
  return {
    kind: 'table',
    id: 'requirements',
    caption: ui.requirements,
    columns: [ui.requirement, ui.kind, ui.outcome, ui.credits, ui.needed, ui.count],
    rows,
  };
}

/** Each credential with its value in ECTS and the groups holding it, or its reason. */
export function credentialsTable(d: StackingDecision, c: ReportCatalogue): ReportTable {
  const ui = c.stacking.ui;
  const reasonOf = new Map(
    d.reasons.flatMap((r) => (r.credentialId === undefined ? [] : [[r.credentialId, r] as const])),
  );
  const names = new Map(d.groups.map((g) => [g.id, pickText(g.title, c.locale) ?? g.id]));
  const rows = d.credentials.map((cred) => {
    const reason = reasonOf.get(cred.id);
    const fate =
      cred.status === 'allocated'
        ? cred.groupIds.map((id) => names.get(id) ?? id).join(', ')
        : `${ui.excluded}: ${reason === undefined ? ui.none : fill(c.stacking.reasons[reason.code], reason.params, c, d)}`;
    return [credentialName(d, cred.id), cred.ects === null ? ui.none : creditText(cred.ects, c), fate];
  });
  return {
    kind: 'table',
    id: 'credentials',
    caption: ui.credentials,
    columns: [ui.credential, ui.ects, `${ui.allocatedTo} / ${ui.reason}`],
    rows,
  };
}

/** The remaining gap: the credits still needed, per requirement what is missing, what a person might recover. */
export function gapList(d: StackingDecision, c: ReportCatalogue): ReportList | null {
  if (d.gap === null) return null;
  const ui = c.stacking.ui;
  const items = d.gap.requirements.map((r) => {
    const parts = [
      ...(r.missingEcts === undefined ? [] : [`${creditText(r.missingEcts, c)} ${ui.ects}`]),
      ...(r.missingCount === undefined ? [] : [`${r.missingCount} × ${ui.credential}`]),
      ...(r.missingSpecificationIds === undefined
        ? []
        : [`${ui.requiredModules}: ${r.missingSpecificationIds.join(', ')}`]),
    ];
    const group = d.groups.find((g) => g.id === r.requirement);
    return `${pickText(group?.title, c.locale) ?? r.requirement}: ${parts.join('; ')}`;
  });
  for (const r of d.gap.recoverable) {
    items.push(
      `${ui.recoverable}: ${credentialName(d, r.credentialId)} (${fill(c.stacking.reasons[r.code], d.reasons.find((x) => x.credentialId === r.credentialId)?.params, c, d)})`,
    );
  }
  const intro = fill(ui.additionalEctsAtLeast, { ects: d.gap.additionalEctsAtLeast }, c, d);
  return { kind: 'list', id: 'gap', heading: ui.gap, intro, items };
}
