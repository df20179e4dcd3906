import { MicrocredInteropError } from '../../errors.js';
import { asArray, isObject, type JsonObject } from './json.js';

/** What a credential is, by its types: an achievement, or one of the OB 3.0 credentials that award none. */
export type CredentialKind = 'achievement' | 'endorsement' | 'clr' | 'other';

const strings = (value: unknown): string[] => asArray(value).filter((v): v is string => typeof v === 'string');

/**
 * The kind of a credential document: `endorsement` (`EndorsementCredential`, or an `EndorsementSubject`),
 * `clr` (a CLR 2.0 `ClrCredential` / `ClrSubject`), `achievement` when it has an achievement subject (an
 * `achievement` member, or `AchievementSubject`) or declares an OB achievement credential type, else `other`.
 */
export function credentialKind(doc: JsonObject): CredentialKind {
  const types = strings(doc['type']);
  const subjects = asArray(doc['credentialSubject']).filter(isObject);
  const subjectTypes = subjects.flatMap((s) => strings(s['type']));
  if (types.includes('EndorsementCredential') || subjectTypes.includes('EndorsementSubject')) return 'endorsement';
  if (types.includes('ClrCredential') || subjectTypes.includes('ClrSubject')) return 'clr';
  if (
    types.includes('OpenBadgeCredential') ||
    types.includes('AchievementCredential') ||
    subjectTypes.includes('AchievementSubject') ||
    subjects.some((s) => s['achievement'] !== undefined)
  ) {
    return 'achievement';
  }
  return 'other';
}

/**
 * Refuses, with `ERR_INTEROP_NOT_ACHIEVEMENT`, a credential that is an endorsement or a CLR bundle, saying what
 * it is. Called by the micro-credential importers before reading; other documents go on to be read (and, when
 * they hold no elements, give a draft that says so).
 */
export function assertAchievement(doc: JsonObject): void {
  const kind = credentialKind(doc);
  if (kind === 'endorsement') {
    const subject = asArray(doc['credentialSubject']).find(isObject);
    const endorsed = subject === undefined ? undefined : subject['id'];
    throw new MicrocredInteropError(
      ['type'],
      `An EndorsementCredential${typeof endorsed === 'string' ? ` (endorsing ${endorsed})` : ''} is not a micro-credential: it awards no achievement`,
      undefined,
      'ERR_INTEROP_NOT_ACHIEVEMENT',
    );
  }
  if (kind === 'clr') {
    throw new MicrocredInteropError(
      ['type'],
      'A ClrCredential is a bundle of credentials, not one micro-credential: verify it and import each of its verifiableCredential entries (verifyAny does both)',
      undefined,
      'ERR_INTEROP_NOT_ACHIEVEMENT',
    );
  }
}
