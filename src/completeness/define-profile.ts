/**
 * `defineProfile`: an institution's own completeness profile, from scratch.
 *
 * @module
 */

import { MicrocredOptionsError } from '../errors.js';
import type { ElementId } from './elements.js';
import type { CompletenessProfile, CompletenessRule, ProfileSource } from './profile.js';
import { checkHead, checkRules, checkSources, freeze, mergeElements } from './profile-checks.js';
import type { Requirement } from './statuses.js';

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
