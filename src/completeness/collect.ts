/**
 * Collecting findings by element, and the checks the checker makes itself: presence, the model's shape, unknown
 * keys.
 *
 * @module
 */

import type { ElementFindings } from './assemble.js';
import type { DraftAnalysis } from './draft.js';
import { ELEMENT_FIELDS, type ElementId, elementOfPath } from './elements.js';
import type { CompletenessProfile } from './profile.js';
import type { CompletenessFinding } from './report.js';

/** The rule id of the model's own checks (shape, unknown keys). */
export const MODEL = 'MODEL';

/** The path a finding gets when its rule names none: the element's first model path. */
export function defaultPath(element: ElementId): (string | number)[] {
  const first = ELEMENT_FIELDS[element].paths[0];
  return first === undefined ? [] : first.split('.');
}

/** Collects findings by element, with the requirement and the rules that looked at each. */
export class Collector {
  readonly byElement = new Map<ElementId, ElementFindings>();

  constructor(private readonly profile: CompletenessProfile) {
    for (const [id, spec] of Object.entries(profile.elements) as [
      ElementId,
      { requirement: 'mandatory' | 'optional'; rules: readonly string[] },
    ][]) {
      this.byElement.set(id, { requirement: spec.requirement, findings: [], rules: [...spec.rules] });
    }
  }

  private slot(element: ElementId): ElementFindings {
    let slot = this.byElement.get(element);
    if (slot === undefined) {
      slot = { requirement: this.profile.elements[element]?.requirement ?? 'optional', findings: [], rules: [] };
      this.byElement.set(element, slot);
    }
    return slot;
  }

  add(element: ElementId, finding: CompletenessFinding): void {
    this.slot(element).findings.push(finding);
  }

  saw(element: ElementId, rule: string): void {
    const slot = this.slot(element);
    if (!slot.rules.includes(rule)) slot.rules.push(rule);
  }
}

/** Presence and shape: a missing mandatory element, the model's issues, unknown keys, a draft that is no object. */
export function checkShape(analysis: DraftAnalysis, profile: CompletenessProfile, out: Collector): void {
  if (analysis.notAnObject !== undefined) {
    out.add('other', {
      rule: MODEL,
      severity: 'error',
      reason: 'not_an_object',
      params: { received: analysis.notAnObject },
      path: [],
    });
  }
  for (const [element, spec] of Object.entries(profile.elements) as [
    ElementId,
    { requirement: string; rules: readonly string[] },
  ][]) {
    const ids = spec.rules.length > 0 ? spec.rules : [MODEL];
    if (spec.requirement === 'mandatory' && analysis.states[element] === 'absent') {
      for (const rule of ids) {
        out.add(element, {
          rule,
          severity: 'error',
          reason: 'element_missing',
          params: {},
          path: defaultPath(element),
        });
      }
    }
  }
  for (const [element, issues] of analysis.issues) {
    const rules = profile.elements[element]?.rules ?? [];
    const ids = rules.length > 0 ? rules : [MODEL];
    for (const issue of issues) {
      for (const rule of ids) {
        out.add(element, {
          rule,
          severity: 'error',
          reason: 'schema_violation',
          params: { issue: issue.code, ...(issue.params as Record<string, never>) },
          path: issue.path,
        });
      }
    }
  }
  const extensions = analysis.draft.extensions;
  if (extensions !== undefined && Object.keys(extensions).length > 0) {
    out.add('other', {
      rule: MODEL,
      severity: 'info',
      reason: 'extensions_kept',
      params: { count: Object.keys(extensions).length },
      path: ['extensions'],
    });
  }
  for (const path of analysis.unknownKeys) {
    out.add(elementOfPath(path), {
      rule: MODEL,
      severity: 'warning',
      reason: 'unknown_key',
      params: { key: String(path[path.length - 1]) },
      path,
    });
  }
}
