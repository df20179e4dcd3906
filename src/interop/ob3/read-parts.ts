import { applyCommunityExtensions } from '../community/apply.js';
import { defaultCommunityExtensions } from '../community/built-in.js';
import type { CommunityExtension } from '../community/types.js';
import { type ExtensionRead, emptyExtension, readExtension } from '../shared/extension.js';
import { isObject, type JsonObject } from '../shared/json.js';
import type { ReadContext } from '../shared/reader.js';
import { readNativeBadge } from './read-native.js';

/**
 * The two readings of an Open Badge before they are merged: its native part (with what its community
 * extensions say, see `community/`) and its microcred extension terms. `workloadStated` says that something
 * beyond the extension (e.g. a DC4EU `ECTS` claim) gives `creditsAvailable` its unit. Shared by `fromOpenBadge`,
 * the importers of formats built on Open Badges and the JWT verifier, which reads valid credentials without
 * loading the zod model.
 */
export function readOpenBadgeParts(
  ctx: ReadContext,
  source: JsonObject,
  workloadStated: boolean,
  extensions: readonly CommunityExtension[] = defaultCommunityExtensions,
): { native: JsonObject; extension: ExtensionRead } {
  const community = applyCommunityExtensions(ctx, source, extensions);
  const doc = community.doc;
  const extension = emptyExtension();
  readExtension(ctx, doc, [], extension);
  const subject = doc['credentialSubject'];
  readExtension(ctx, subject, ['credentialSubject'], extension);
  if (isObject(subject)) readExtension(ctx, subject['achievement'], ['credentialSubject', 'achievement'], extension);
  const stated = workloadStated || community.creditsStated || extension.values['workload'] !== undefined;
  const native: JsonObject = { ...readNativeBadge(ctx, doc, stated), ...community.values };
  if (community.assessmentTypes !== undefined) {
    const read = native['assessment'];
    native['assessment'] = { ...(isObject(read) ? read : {}), types: [...community.assessmentTypes] };
  }
  return { native, extension };
}
