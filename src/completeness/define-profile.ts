/**
 * Building profiles: `defineProfile` from scratch, `extendProfile` on top of another profile.
 *
 * @module
 */

import { MicrocredOptionsError } from '../errors.js';
import { ELEMENT_IDS, type ElementId, isElementId } from './elements.js';
import type { CompletenessProfile, CompletenessRule, ElementSpec, ProfileSource } from './profile.js';
import { type Requirement, SEVERITIES } from './report.js';

/**
 * How a profile definition names an element's requirement: `mandatory` or `optional`, and optionally the id
 * of the rule that states it (findings about the element's presence and shape carry that id; `MODEL` if none).
 *
 * @example
 * ```ts
 * import type { ElementDefinition } from 'microcred';
 * const d: ElementDefinition = { requirement: 'mandatory', rule: 'ACME-2' };
 * ```
 * @category Completeness
 */
export interface ElementDefinition {
  readonly requirement: Requirement;
  readonly rule?: string;
}

/**
 * The input of `defineProfile`.
 *
 * @example
 * ```ts
 * import type { ProfileDefinition } from 'microcred';
 * const d: ProfileDefinition = { id: 'acme', version: '1', title: 'ACME', elements: { b: { requirement: 'mandatory' } } };
 * ```
 * @category Completeness
 */
export interface ProfileDefinition {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly sources?: readonly ProfileSource[];
  readonly elements: Readonly<Partial<Record<ElementId, ElementDefinition>>>;
  readonly rules?: readonly CompletenessRule[];
}

/**
 * The input of `extendProfile`: a new id, version and title; more sources; elements to add or whose
 * requirement changes (their rule id is added to the base's); rules to add; and ids of base rules to remove
 * (from the rules and from the elements' rule lists), as MICROBOL's MB-05 replaces EU-e.
 *
 * @example
 * ```ts
 * import type { ProfileExtension } from 'microcred';
 * const x: ProfileExtension = { id: 'acme', version: '1', title: 'ACME', remove: ['EU-g2'] };
 * ```
 * @category Completeness
 */
export interface ProfileExtension {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly sources?: readonly ProfileSource[];
  readonly elements?: Readonly<Partial<Record<ElementId, ElementDefinition>>>;
  readonly rules?: readonly CompletenessRule[];
  readonly remove?: readonly string[];
}

const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

function text(value: unknown, option: string): string {
  if (typeof value !== 'string' || !/\S/.test(value) || value.length > 500) {
    throw new MicrocredOptionsError(option, 'must be a non-empty string of at most 500 characters');
  }
  return value;
}

function ruleId(value: unknown, option: string): string {
  if (typeof value !== 'string' || !RULE_ID.test(value)) {
    throw new MicrocredOptionsError(option, 'must be a rule id: letters, digits, ".", "_", ":" or "-", at most 64');
  }
  return value;
}

function checkSources(sources: unknown): ProfileSource[] {
  if (sources === undefined) return [];
  if (!Array.isArray(sources)) throw new MicrocredOptionsError('sources', 'must be an array');
  return sources.map((s: unknown, i) => {
    if (typeof s !== 'object' || s === null) throw new MicrocredOptionsError(`sources.${i}`, 'must be an object');
    const { title, url } = s as { title?: unknown; url?: unknown };
    const source: ProfileSource = { title: text(title, `sources.${i}.title`) };
    return url === undefined ? source : { ...source, url: text(url, `sources.${i}.url`) };
  });
}

function checkRules(rules: unknown): CompletenessRule[] {
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

function mergeElements(
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

function freeze(
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

function checkHead(input: unknown): { id: string; version: string; title: string } {
  if (typeof input !== 'object' || input === null) throw new MicrocredOptionsError('profile', 'must be an object');
  const { id, version, title } = input as { id?: unknown; version?: unknown; title?: unknown };
  return { id: ruleId(id, 'id'), version: text(version, 'version'), title: text(title, 'title') };
}

/**
 * Defines a completeness profile: an institution's own rules, with the same report shape as the built-in
 * profiles. The definition is checked and the profile returned frozen.
 *
 * @param definition - id, version, title, sources, element requirements and rules
 * @returns the profile, ready for `checkCompleteness`
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the definition is malformed (an unknown element id,
 * a bad requirement, severity or rule id, a rule without a `check` function)
 * @example
 * ```ts
 * import { checkCompleteness, defineProfile, requireWorkloadRange } from 'microcred';
 * const acme = defineProfile({
 *   id: 'acme-short-courses',
 *   version: '2025-01',
 *   title: 'ACME short courses',
 *   elements: { b: { requirement: 'mandatory', rule: 'ACME-1' }, g: { requirement: 'mandatory', rule: 'ACME-2' } },
 *   rules: [requireWorkloadRange({ id: 'ACME-2', unit: 'ECTS', minimum: '1', maximum: '10' })],
 * });
 * checkCompleteness({ title: 'Welding basics' }, { profile: acme }).verdict; // 'incomplete': no workload
 * ```
 * @category Completeness
 */
export function defineProfile(definition: ProfileDefinition): CompletenessProfile {
  const head = checkHead(definition);
  const { sources, elements, rules } = definition as Partial<ProfileDefinition>;
  if (elements === undefined) throw new MicrocredOptionsError('elements', 'is required');
  return freeze(head, checkSources(sources), mergeElements({}, elements), checkRules(rules));
}

/**
 * Builds a profile on top of another: the base's elements and rules, with elements added or changed, rules
 * added, and rules removed by id. The base is not changed.
 *
 * @param base - a built-in or defined profile
 * @param extension - the new id, version and title, and what changes
 * @returns the new profile, frozen
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when the extension is malformed, or when `remove` names
 * a rule id the base does not have
 * @example
 * ```ts
 * import { extendProfile, profiles, forbidTitleWords } from 'microcred';
 * const strict = extendProfile(profiles.eu2022, {
 *   id: 'acme-strict',
 *   version: '1',
 *   title: 'EU 2022 with grades required and no "diploma" in titles',
 *   elements: { grade: { requirement: 'mandatory', rule: 'ACME-G' } },
 *   rules: [forbidTitleWords({ id: 'ACME-T', words: ['diploma'] })],
 * });
 * strict.elements.grade?.requirement; // 'mandatory'
 * ```
 * @category Completeness
 */
export function extendProfile(base: CompletenessProfile, extension: ProfileExtension): CompletenessProfile {
  const head = checkHead(extension);
  const { sources, elements, rules, remove } = extension as Partial<ProfileExtension>;
  const removed = new Set<string>();
  if (remove !== undefined) {
    if (!Array.isArray(remove)) throw new MicrocredOptionsError('remove', 'must be an array of rule ids');
    for (const [i, id] of remove.entries()) {
      const known =
        base.rules.some((r) => r.id === id) || Object.values(base.elements).some((e) => e.rules.includes(id));
      if (!known) throw new MicrocredOptionsError(`remove.${i}`, `the base profile has no rule ${String(id)}`);
      removed.add(id);
    }
  }
  const kept: Partial<Record<ElementId, ElementSpec>> = {};
  for (const [id, spec] of Object.entries(base.elements) as [ElementId, ElementSpec][]) {
    kept[id] = { requirement: spec.requirement, rules: spec.rules.filter((r) => !removed.has(r)) };
  }
  return freeze(head, [...base.sources, ...checkSources(sources)], mergeElements(kept, elements), [
    ...base.rules.filter((r) => !removed.has(r.id)),
    ...checkRules(rules),
  ]);
}
