import { asArray, isObject, type JsonObject } from '../shared/json.js';
import type { CommunityExtension } from './types.js';

const strings = (value: unknown): string[] => asArray(value).filter((v): v is string => typeof v === 'string');

/** Tells whether a document carries one of the signals of an extension's `match`. */
export function matchesExtension(extension: CommunityExtension, doc: JsonObject): boolean {
  const { contexts, types, achievementTypes, schemas, vct } = extension.match;
  const subject = doc['credentialSubject'];
  const achievement = isObject(subject) && isObject(subject['achievement']) ? subject['achievement'] : {};
  const any = (wanted: readonly string[] | undefined, present: readonly string[]): boolean =>
    wanted !== undefined && present.some((v) => wanted.includes(v));
  return (
    any(contexts, strings(doc['@context'])) ||
    any(types, strings(achievement['type'])) ||
    any(achievementTypes, strings(achievement['achievementType'])) ||
    any(
      schemas,
      asArray(doc['credentialSchema']).flatMap((s) => (isObject(s) ? strings(s['id']) : [])),
    ) ||
    any(vct, strings(doc['vct']))
  );
}
