/**
 * Turns the findings into the report's entries: each element's status and reason, and the verdict.
 *
 * @module
 */

import { ELEMENT_FIELDS, ELEMENT_IDS, type ElementId } from './elements.js';
import type { ElementState } from './profile.js';
import type { CompletenessEntry, CompletenessFinding } from './report.js';
import type { CompletenessVerdict, ElementStatus, Requirement, Severity } from './statuses.js';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** What the checker collected for one element. */
export interface ElementFindings {
  readonly requirement: Requirement;
  readonly findings: CompletenessFinding[];
  readonly rules: string[];
}

function statusOf(
  element: ElementId,
  state: ElementState,
  findings: readonly CompletenessFinding[],
  levelNa: boolean,
): ElementStatus {
  // `other` is never "missing": it holds what belongs to no element (unknown keys, a draft that is no object).
  if (findings.some((f) => f.severity === 'error'))
    return state === 'absent' && element !== 'other' ? 'missing' : 'invalid';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  if (state === 'absent' || levelNa) return 'not-applicable';
  return 'present';
}

/** Builds one entry per element that the profile names or that has findings, in `ELEMENT_IDS` order. */
export function assembleEntries(
  collected: ReadonlyMap<ElementId, ElementFindings>,
  states: Readonly<Record<ElementId, ElementState>>,
  levelNotApplicable: boolean,
): CompletenessEntry[] {
  const entries: CompletenessEntry[] = [];
  for (const element of ELEMENT_IDS) {
    const item = collected.get(element);
    if (item === undefined) continue;
    const findings =
      item.findings.length < 2
        ? item.findings
        : item.findings
            .map((f, i) => [f, i] as const)
            .sort(([a, i], [b, j]) => RANK[a.severity] - RANK[b.severity] || i - j)
            .map(([f]) => f);
    const levelNa = element === 'h' && levelNotApplicable;
    const status = statusOf(element, states[element], findings, levelNa);
    const first = findings[0];
    const fallback =
      status === 'not-applicable' ? (levelNa ? 'level_not_applicable' : 'element_not_provided') : 'element_present';
    entries.push({
      element,
      requirement: item.requirement,
      status,
      paths: ELEMENT_FIELDS[element].paths,
      reason: first?.reason ?? fallback,
      params: first?.params ?? {},
      findings,
      rules: item.rules,
    });
  }
  return entries;
}

/** The verdict and the counts over every entry. */
export function verdictOf(entries: readonly CompletenessEntry[]): {
  verdict: CompletenessVerdict;
  counts: { errors: number; warnings: number; infos: number };
} {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const entry of entries) {
    for (const f of entry.findings) {
      if (f.severity === 'error') counts.errors += 1;
      else if (f.severity === 'warning') counts.warnings += 1;
      else counts.infos += 1;
    }
  }
  const verdict = counts.errors > 0 ? 'incomplete' : counts.warnings > 0 ? 'complete-with-warnings' : 'complete';
  return { verdict, counts };
}
