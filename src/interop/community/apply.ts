import { asArray, isObject, type JsonObject } from '../shared/json.js';
import type { ReadContext } from '../shared/reader.js';
import { matchesExtension } from './matches.js';
import { readTerm, type TermState } from './read-term.js';
import type { CommunityExtension } from './types.js';

/** What the community extensions of a document gave, and the document without the terms they read. */
export interface CommunityRead {
  /** The document without the terms that were read (unread terms stay, for the importer to keep). */
  readonly doc: JsonObject;
  /** Model values read from the terms. */
  readonly values: JsonObject;
  /** Assessment types read from the terms; they join the assessment read from `criteria`. */
  readonly assessmentTypes?: readonly unknown[];
  /** A credits term gave the unit of `creditsAvailable` (same number), so that one is not an unknown part. */
  readonly creditsStated: boolean;
}

/**
 * Applies every extension the document activates, in order; a term read by one extension is gone for the
 * next. Each value read is noted as a `community-term` warning naming the source term and the extension.
 */
export function applyCommunityExtensions(
  ctx: ReadContext,
  doc: JsonObject,
  extensions: readonly CommunityExtension[],
): CommunityRead {
  const subject = doc['credentialSubject'];
  const achievement = isObject(subject) ? subject['achievement'] : undefined;
  const active = extensions.filter((e) => matchesExtension(e, doc));
  if (!isObject(subject) || !isObject(achievement) || active.length === 0) {
    return { doc, values: {}, creditsStated: false };
  }
  const state: TermState = {
    ctx,
    achievement: { ...achievement },
    results: [...asArray(subject['result'])],
    values: {},
    assessmentTypes: [],
    usedAlignments: new Set(),
  };
  const alignments = asArray(achievement['alignment']);
  for (const extension of active) for (const term of extension.terms) readTerm(state, term, extension, alignments);
  const rest = state.achievement;
  if (achievement['alignment'] !== undefined) {
    const left = alignments.filter((a) => !state.usedAlignments.has(a));
    if (left.length > 0) rest['alignment'] = left;
    else delete rest['alignment'];
  }
  const newSubject: JsonObject = { ...subject, achievement: rest };
  if (subject['result'] !== undefined) {
    if (state.results.length > 0) newSubject['result'] = state.results;
    else delete newSubject['result'];
  }
  const credits = (state.values['workload'] as { credits?: { value: string }[] } | undefined)?.credits?.[0];
  const available = rest['creditsAvailable'];
  const creditsStated = credits !== undefined && (available === undefined || String(available) === credits.value);
  if (creditsStated && available !== undefined) delete rest['creditsAvailable'];
  return {
    doc: { ...doc, credentialSubject: newSubject },
    values: state.values,
    ...(state.assessmentTypes.length > 0 ? { assessmentTypes: state.assessmentTypes } : {}),
    creditsStated,
  };
}
