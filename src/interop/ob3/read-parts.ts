import { type ExtensionRead, emptyExtension, readExtension } from '../shared/extension.js';
import { isObject, type JsonObject } from '../shared/json.js';
import type { ReadContext } from '../shared/reader.js';
import { readNativeBadge } from './read-native.js';

/**
 * The two readings of an Open Badge before they are merged: its native part and its microcred extension terms.
 * `workloadStated` says that something beyond the extension (e.g. a DC4EU `ECTS` claim) gives
 * `creditsAvailable` its unit. Shared by `fromOpenBadge`, the importers of formats built on Open Badges and the
 * JWT verifier, which reads valid credentials without loading the zod model.
 */
export function readOpenBadgeParts(
  ctx: ReadContext,
  doc: JsonObject,
  workloadStated: boolean,
): { native: JsonObject; extension: ExtensionRead } {
  const extension = emptyExtension();
  readExtension(ctx, doc, [], extension);
  const subject = doc['credentialSubject'];
  readExtension(ctx, subject, ['credentialSubject'], extension);
  if (isObject(subject)) readExtension(ctx, subject['achievement'], ['credentialSubject', 'achievement'], extension);
  const stated = workloadStated || extension.values['workload'] !== undefined;
  return { native: readNativeBadge(ctx, doc, stated), extension };
}
