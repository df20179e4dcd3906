import { CREDIT_UNITS, CUSTOM_CREDIT_UNIT_PATTERN } from '../../credit/index.js';
import { MicrocredOptionsError } from '../../errors.js';
import { QA_TYPES } from '../../vocab/index.js';
import { isObject } from '../shared/json.js';
import type { CommunityExtension } from './types.js';

const KINDS = [
  'credits',
  'hours',
  'participation',
  'assessment',
  'supervision',
  'level-alignment',
  'qa-alignment',
  'grade',
];
const MATCH_KEYS = ['contexts', 'types', 'achievementTypes', 'schemas', 'vct'];

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isTextList = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every(isText);

/** Checks one extension definition; `at` names it in the error (`extensions[2].terms[0].unit`). */
export function checkCommunityExtension(value: unknown, at: string): asserts value is CommunityExtension {
  const bad = (path: string, reason: string): never => {
    throw new MicrocredOptionsError(`${at}${path}`, reason);
  };
  if (!isObject(value)) bad('', 'must be an object');
  const e = value as Record<string, unknown>;
  for (const key of ['id', 'name', 'source'] as const)
    if (!isText(e[key])) bad(`.${key}`, 'must be a non-empty string');
  if (!isObject(e['match'])) bad('.match', 'must be an object');
  for (const [key, list] of Object.entries(e['match'] as Record<string, unknown>)) {
    if (!MATCH_KEYS.includes(key)) bad(`.match.${key}`, `is not one of ${MATCH_KEYS.join(', ')}`);
    if (!isTextList(list)) bad(`.match.${key}`, 'must be a non-empty array of strings');
  }
  if (!Array.isArray(e['terms']) || e['terms'].length === 0) bad('.terms', 'must be a non-empty array');
  (e['terms'] as unknown[]).forEach((t, i) => {
    const path = `.terms[${i}]`;
    if (!isObject(t) || !KINDS.includes(String(t['kind']))) bad(`${path}.kind`, `must be one of ${KINDS.join(', ')}`);
    const term = t as Record<string, unknown>;
    const kind = String(term['kind']);
    if (kind.endsWith('-alignment') ? !isTextList(term['targetTypes']) : false) {
      bad(`${path}.targetTypes`, 'must be a non-empty array of strings');
    }
    if (kind === 'grade' && !isTextList(term['resultTypes'])) {
      bad(`${path}.resultTypes`, 'must be a non-empty array of strings');
    }
    if (!kind.endsWith('-alignment') && kind !== 'grade' && !isText(term['property'])) {
      bad(`${path}.property`, 'must be a non-empty string');
    }
    if (
      kind === 'credits' &&
      !(
        (CREDIT_UNITS as readonly unknown[]).includes(term['unit']) ||
        (isText(term['unit']) && CUSTOM_CREDIT_UNIT_PATTERN.test(term['unit']))
      )
    ) {
      bad(`${path}.unit`, 'must be a credit unit (ECTS, HOURS, ..., custom:<name>)');
    }
    if (kind === 'qa-alignment' && !(QA_TYPES as readonly unknown[]).includes(term['qaType'])) {
      bad(`${path}.qaType`, 'must be a quality-assurance type code');
    }
    if (['participation', 'assessment', 'supervision'].includes(kind) && !isObject(term['values'])) {
      bad(`${path}.values`, 'must be an object');
    }
  });
}

/**
 * Checks a community extension definition and returns it frozen, ready for the importers' `extensions`
 * option. Values that the definition maps are not checked against the model here: a value table that gives
 * an invalid element makes the imported document a draft with that issue, never a wrong credential.
 *
 * @param definition - the extension: id, name, source, `match` signals and `terms`
 * @returns the same definition, frozen
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` naming the member that is malformed
 * @example
 * ```ts
 * import { defaultCommunityExtensions, defineCommunityExtension, fromOpenBadge } from 'microcred/interop';
 * const uni = defineCommunityExtension({
 *   id: 'example-uni',
 *   name: 'Example University badges',
 *   source: 'https://uni.example/badges/context.json',
 *   match: { contexts: ['https://uni.example/badges/context.json'] },
 *   terms: [{ kind: 'credits', property: 'studyPoints', unit: 'ECTS' }],
 * });
 * declare const badge: unknown;
 * fromOpenBadge(badge, { extensions: [...defaultCommunityExtensions, uni] });
 * ```
 * @category Interop
 */
export function defineCommunityExtension(definition: CommunityExtension): CommunityExtension {
  checkCommunityExtension(definition, 'extension');
  return Object.freeze({ ...definition });
}
