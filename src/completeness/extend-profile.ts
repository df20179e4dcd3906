/**
 * `extendProfile`: a profile built on top of another one.
 *
 * @module
 */

import { MicrocredOptionsError } from '../errors.js';
import type { ElementDefinition } from './define-profile.js';
import type { ElementId } from './elements.js';
import type { CompletenessProfile, CompletenessRule, ElementSpec, ProfileSource } from './profile.js';
import { checkHead, checkRules, checkSources, freeze, mergeElements } from './profile-checks.js';

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
