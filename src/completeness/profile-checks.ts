/**
 * Checking a profile definition: ids, texts, sources, rules and element requirements, and freezing the result.
 *
 * @module
 */

import { MicrocredOptionsError } from '../errors.js';
import { ELEMENT_IDS, type ElementId, isElementId } from './elements.js';
import type { CompletenessProfile, CompletenessRule, ElementSpec, ProfileSource } from './profile.js';
import { SEVERITIES } from './statuses.js';

const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function text(value: unknown, option: string): string {
  if (typeof value !== 'string' || !/\S/.test(value) || value.length > 500) {
    throw new MicrocredOptionsError(option, 'must be a non-empty string of at most 500 characters');
  }
  return value;
}

export function ruleId(value: unknown, option: string): string {
  if (typeof value !== 'string' || !RULE_ID.test(value)) {
    throw new MicrocredOptionsError(option, 'must be a rule id: letters, digits, ".", "_", ":" or "-", at most 64');
  }
  return value;
}

export function checkSources(sources: unknown): ProfileSource[] {
  if (sources === undefined) return [];
  if (!Array.isArray(sources)) throw new MicrocredOptionsError('sources', 'must be an array');
  return sources.map((s: unknown, i) => {
    if (typeof s !== 'object' || s === null) throw new MicrocredOptionsError(`sources.${i}`, 'must be an object');
    const { title, url } = s as { title?: unknown; url?: unknown };
    const source: ProfileSource = { title: text(title, `sources.${i}.title`) };
    return url === undefined ? source : { ...source, url: text(url, `sources.${i}.url`) };
  });
}

export function checkRules(rules: unknown): CompletenessRule[] {
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) throw new MicrocredOptionsError('rules', 'must be an array');
  return rules.map((r: unknown, i) => {
    if (typeof r !== 'object' || r === null) throw new MicrocredOptionsError(`rules.${i}`, 'must be an object');
    const { id, element, severity, check } = r as Partial<Record<keyof CompletenessRule, unknown>>;
    if (!isElementId(element)) throw new MicrocredOptionsError(`rules.${i}.element`, 'must be an element id');
    if (!SEVERITIES.includes(severity as never)) {
      throw new MicrocredOptionsError(`rules.${i}.severity`, 'must be error, warning or info');
    }
    if (typeof check !== 'function') throw new MicrocredOptionsError(`rules.${i}.check`, 'must be a function');
    return Object.freeze({
      id: ruleId(id, `rules.${i}.id`),
      element,
      severity: severity as CompletenessRule['severity'],
      check: check as CompletenessRule['check'],
    });
  });
}

export function mergeElements(
  base: Readonly<Partial<Record<ElementId, ElementSpec>>>,
  definitions: unknown,
): Partial<Record<ElementId, ElementSpec>> {
  const merged: Partial<Record<ElementId, ElementSpec>> = { ...base };
  if (definitions === undefined) return merged;
  if (typeof definitions !== 'object' || definitions === null || Array.isArray(definitions)) {
    throw new MicrocredOptionsError('elements', 'must be an object keyed by element id');
  }
  for (const [key, value] of Object.entries(definitions)) {
    if (!isElementId(key)) throw new MicrocredOptionsError(`elements.${key}`, 'is not an element id');
    if (typeof value !== 'object' || value === null) {
      throw new MicrocredOptionsError(`elements.${key}`, 'must be { requirement, rule? }');
    }
    const { requirement, rule } = value as { requirement?: unknown; rule?: unknown };
    if (requirement !== 'mandatory' && requirement !== 'optional') {
      throw new MicrocredOptionsError(`elements.${key}.requirement`, 'must be "mandatory" or "optional"');
    }
    const rules = [...(merged[key]?.rules ?? [])];
    if (rule !== undefined && !rules.includes(ruleId(rule, `elements.${key}.rule`))) rules.push(rule as string);
    merged[key] = { requirement, rules };
  }
  return merged;
}

export function freeze(
  head: { id: string; version: string; title: string },
  sources: ProfileSource[],
  elements: Partial<Record<ElementId, ElementSpec>>,
  rules: CompletenessRule[],
): CompletenessProfile {
  const ordered: Partial<Record<ElementId, ElementSpec>> = {};
  for (const id of ELEMENT_IDS) {
    const spec = elements[id];
    if (spec !== undefined)
      ordered[id] = Object.freeze({ requirement: spec.requirement, rules: Object.freeze(spec.rules) });
  }
  return Object.freeze({
    ...head,
    sources: Object.freeze(sources.map((s) => Object.freeze(s))),
    elements: Object.freeze(ordered),
    rules: Object.freeze(rules),
  });
}

export function checkHead(input: unknown): { id: string; version: string; title: string } {
  if (typeof input !== 'object' || input === null) throw new MicrocredOptionsError('profile', 'must be an object');
  const { id, version, title } = input as { id?: unknown; version?: unknown; title?: unknown };
  return { id: ruleId(id, 'id'), version: text(version, 'version'), title: text(title, 'title') };
}
