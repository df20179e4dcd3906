import type { StackingDecision } from '../../stacking/decision.js';
import type { ReportCatalogue } from '../report-catalogue.js';
import { credentialName, creditText, fill, pickText } from './localize.js';
import { credentialsTable, gapList, requirementsTable } from './report-sections.js';

/** A table of the report: a caption, column headings, and rows whose first cell heads the row. */
export interface ReportTable {
  readonly kind: 'table';
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A list of sentences under a heading. */
export interface ReportList {
  readonly kind: 'list';
  readonly id: string;
  readonly heading: string;
  readonly intro?: string;
  readonly items: readonly string[];
}

/** A stacking decision laid out for people, in one locale; both renderers read it. */
export interface ReportModel {
  readonly lang: string;
  readonly title: string;
  readonly facts: readonly (readonly [string, string])[];
  readonly status: {
    readonly code: string;
    readonly label: string;
    readonly explanation: string;
    readonly basis?: string;
  };
  readonly recognised?: string;
  readonly notes: readonly string[];
  readonly sections: readonly (ReportTable | ReportList)[];
  readonly footer: readonly string[];
}

const UNMET_CREDITS: ReadonlySet<string> = new Set(['needed', 'actual', 'missing']);

/** Lays a decision out for people in one locale: facts, status, tables and lists, all text already localised. */
export function buildReportModel(d: StackingDecision, c: ReportCatalogue): ReportModel {
  const m = c.stacking;
  const ui = m.ui;
  const target = pickText(d.context.targetTitle, c.locale);
  const version = (v: string | undefined) => (v === undefined ? '' : ` (${v})`);
  const facts: [string, string][] = [
    [
      ui.target,
      `${target === undefined ? '' : `${target} — `}${d.context.targetId}${version(d.context.targetVersion)}`,
    ],
    [ui.policy, `${d.context.policyId}${version(d.context.policyVersion)}`],
    [ui.referenceDate, d.context.referenceDate],
  ];
  const proof = d.search?.proof;
  const status = {
    code: d.status,
    label: m.status[d.status],
    explanation:
      d.error === null
        ? m.statusExplanation[d.status]
        : fill(m.inputErrors[d.error.code], { credentialId: d.error.credentialId }, c, d),
    ...(proof === null || proof === undefined ? {} : { basis: m.proof[proof] }),
  };
  const notes = [
    ui.notice,
    ...(d.exceptionsApplied.length > 0 ? [ui.reliesOnExceptions] : []),
    ...(d.status === 'undetermined' ? [ui.undeterminedHint] : []),
  ];
  const sections: (ReportTable | ReportList)[] = [];
  if (d.status !== 'error') {
    sections.push(requirementsTable(d, c));
    const names = new Map(d.groups.map((g) => [g.id, pickText(g.title, c.locale) ?? g.id]));
    const unmet = d.unmetRequirements.map((u) => {
      const params = {
        requirement: names.get(u.requirement) ?? u.requirement,
        needed: u.needed,
        actual: u.actual,
        missing: u.missing,
      };
      const credits = u.kind === 'minCount' || u.kind === 'requiredIds' ? new Set<string>() : UNMET_CREDITS;
      return fill(m.unmet[u.kind], params, c, d, credits);
    });
    if (unmet.length > 0) sections.push({ kind: 'list', id: 'unmet', heading: ui.unmetRequirements, items: unmet });
    const gap = gapList(d, c);
    if (gap !== null) sections.push(gap);
    sections.push(credentialsTable(d, c));
  }
  if (d.appliedCaps.length > 0) {
    const rows = d.appliedCaps.map((a) => [
      a.capId,
      ui.modes[a.mode],
      creditText(a.limit, c),
      creditText(a.before, c),
      creditText(a.after, c),
      a.excludedCredentialIds.map((id) => credentialName(d, id)).join(', ') || ui.none,
    ]);
    sections.push({
      kind: 'table',
      id: 'caps',
      caption: ui.capsApplied,
      columns: [ui.cap, ui.mode, ui.limit, ui.before, ui.after, ui.excluded],
      rows,
    });
  }
  const warnings = d.warnings.map((w) => {
    const text = fill(m.warnings[w.code], w.params, c, d);
    return w.credentialId === undefined ? text : `${credentialName(d, w.credentialId)}: ${text}`;
  });
  if (warnings.length > 0) sections.push({ kind: 'list', id: 'warnings', heading: ui.warnings, items: warnings });
  if (d.exceptionsApplied.length > 0) {
    const rows = d.exceptionsApplied.map((e) => [
      e.exceptionId,
      m.exceptionKinds[e.kind],
      e.actor,
      e.at,
      e.reason,
      e.affected.join(', '),
    ]);
    sections.push({
      kind: 'table',
      id: 'exceptions',
      caption: ui.exceptionsApplied,
      columns: [ui.exception, ui.kind, ui.actor, ui.at, ui.reason, ui.affected],
      rows,
    });
  }
  const footer = [`${ui.objective}: ${ui.objectiveText}.`];
  if (d.search !== null) {
    const s = d.search;
    footer.push(
      `${ui.search}: ${s.nodes} / ${s.nodeBudget} ${ui.nodes}; ${ui.optimal}: ${s.optimal ? ui.yes : ui.no}; ${ui.components}: ${s.components}.`,
    );
  }
  footer.push(`${ui.library}: ${d.context.library}`);
  return {
    lang: c.locale,
    title: target === undefined ? ui.title : `${ui.title}: ${target}`,
    facts,
    status,
    ...(d.recognisedEcts === null || d.total === null
      ? {}
      : {
          recognised: `${creditText(d.recognisedEcts, c)} ${ui.ects} ${fill(ui.ofNeeded, { needed: d.total.needed }, c, d, new Set(['needed']))}`,
        }),
    notes,
    sections,
    footer,
  };
}
