import type { CompletenessOptions, CompletenessReport, ElementId } from '../../src/completeness/index.js';
import { checkCompleteness, profiles } from '../../src/completeness/index.js';
import { completeExample, exampleData } from './examples.js';

export const NOW = new Date('2025-07-01T00:00:00Z');

export type ProfileKey = keyof typeof profiles;

/** A credential that meets each built-in profile (with the options it needs), built from the examples. */
export function completeFor(key: ProfileKey): { draft: Record<string, unknown>; options: CompletenessOptions } {
  const options: CompletenessOptions = { profile: profiles[key], now: NOW };
  switch (key) {
    case 'microbol':
      return { draft: completeExample(), options: { ...options, evidence: { proof: 'verified' } } };
    case 'nzqa':
    case 'nzqa2018': {
      const draft = exampleData('micro-credential-nz.json');
      draft['description'] = 'Prepares learners to lead community restoration projects.';
      return { draft, options };
    }
    default:
      return { draft: completeExample(), options };
  }
}

/** Each element's status, keyed by element. */
export function statuses(report: CompletenessReport): Partial<Record<ElementId, string>> {
  return Object.fromEntries(report.entries.map((e) => [e.element, e.status]));
}

/** The findings of a report as `rule severity reason`, for compact assertions. */
export function findings(report: CompletenessReport, element?: ElementId): string[] {
  return report.entries
    .filter((e) => element === undefined || e.element === element)
    .flatMap((e) => e.findings.map((f) => `${f.rule} ${f.severity} ${f.reason}`));
}

/** Checks a draft against a built-in profile at NOW. */
export function check(draft: unknown, key: ProfileKey = 'eu2022', extra: CompletenessOptions = {}): CompletenessReport {
  return checkCompleteness(draft, { profile: profiles[key], now: NOW, ...extra });
}
