/**
 * The elements a completeness report speaks about: the eleven Annex I elements by their letter, the Annex's
 * optional elements, the model's other fields, and `other` for what belongs to none of them.
 *
 * @module
 */

/**
 * Every element id, in report order. `a`–`k` are the mandatory elements of Annex I of Council Recommendation
 * 2022/C 243/02; `prerequisites`, `supervision`, `grade`, `stackability` and `further-information` its optional
 * elements; `subject` (ISCED-F field and ISCED level, which MICROBOL asks for), `language`, `description`,
 * `validity`, `authenticity` (signature or seal, status entry) and `identifiers` the model's other fields;
 * `other` collects unknown top-level keys, the `extensions` an import kept, and a draft that is not an object.
 *
 * @example
 * ```ts
 * import { ELEMENT_IDS } from 'microcred';
 * ELEMENT_IDS.slice(0, 3); // ['a', 'b', 'c']
 * ```
 * @category Completeness
 */
export const ELEMENT_IDS = [
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'prerequisites',
  'supervision',
  'grade',
  'stackability',
  'further-information',
  'subject',
  'language',
  'description',
  'validity',
  'authenticity',
  'identifiers',
  'other',
] as const;

/**
 * A stable element id (see {@link ELEMENT_IDS}).
 *
 * @example
 * ```ts
 * import type { ElementId } from 'microcred';
 * const workload: ElementId = 'g';
 * ```
 * @category Completeness
 */
export type ElementId = (typeof ELEMENT_IDS)[number];

/**
 * Where each element lives in the model: the top-level fields that make it up (an element is absent when all
 * of them are), and the paths a report shows, dotted, with `[]` for "every item".
 *
 * @internal
 */
export const ELEMENT_FIELDS: { readonly [E in ElementId]: { fields: readonly string[]; paths: readonly string[] } } = {
  a: { fields: ['learner'], paths: ['learner'] },
  b: { fields: ['title'], paths: ['title'] },
  c: { fields: ['issuer'], paths: ['issuer', 'awardingBodies[].country', 'awardingBodies[].region'] },
  d: { fields: ['awardingBodies'], paths: ['awardingBodies'] },
  e: { fields: ['issued'], paths: ['issued'] },
  f: { fields: ['learningOutcomes'], paths: ['learningOutcomes'] },
  g: { fields: ['workload'], paths: ['workload'] },
  h: { fields: ['level'], paths: ['level'] },
  i: { fields: ['assessment'], paths: ['assessment'] },
  j: { fields: ['participation'], paths: ['participation'] },
  k: { fields: ['qualityAssurance'], paths: ['qualityAssurance'] },
  prerequisites: { fields: ['prerequisites'], paths: ['prerequisites'] },
  supervision: { fields: ['supervision'], paths: ['supervision'] },
  grade: { fields: ['grade'], paths: ['grade'] },
  stackability: { fields: ['stackability'], paths: ['stackability'] },
  'further-information': { fields: ['furtherInformation'], paths: ['furtherInformation'] },
  subject: { fields: ['subject'], paths: ['subject', 'level.isced'] },
  language: { fields: ['language'], paths: ['language'] },
  description: { fields: ['description'], paths: ['description'] },
  validity: { fields: ['validFrom', 'validUntil'], paths: ['validFrom', 'validUntil'] },
  authenticity: { fields: ['credentialStatus'], paths: ['credentialStatus'] },
  identifiers: { fields: ['id', 'specificationId'], paths: ['id', 'specificationId'] },
  other: { fields: [], paths: [] },
};

const BY_FIELD: ReadonlyMap<string, ElementId> = new Map(
  ELEMENT_IDS.flatMap((id) => ELEMENT_FIELDS[id].fields.map((field) => [field, id] as const)),
);

/**
 * The element a model path belongs to. A country or region of an awarding body belongs to (c), the rest of an
 * awarding body to (d); a top-level key the model does not have belongs to `other`.
 *
 * @internal
 */
export function elementOfPath(path: readonly (string | number)[]): ElementId {
  const [field, , leaf] = path;
  if (field === 'awardingBodies' && path.length >= 3 && (leaf === 'country' || leaf === 'region')) return 'c';
  if (typeof field !== 'string') return 'other';
  return BY_FIELD.get(field) ?? 'other';
}

/**
 * Tells whether a value is an element id.
 *
 * @internal
 */
export function isElementId(value: unknown): value is ElementId {
  return typeof value === 'string' && (ELEMENT_IDS as readonly string[]).includes(value);
}
