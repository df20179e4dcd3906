import { MicrocredInteropError } from '../../errors.js';
import { assertAchievement } from '../shared/achievement.js';
import { finishImport } from '../shared/finish.js';
import { isObject } from '../shared/json.js';
import { importExtensions, importMode } from '../shared/options.js';
import { readContext } from '../shared/reader.js';
import { readUntrusted } from '../shared/untrusted.js';
import type { ImportOptions, ImportResult } from '../types.js';
import { readOpenBadgeParts } from './read-parts.js';

/**
 * Imports an Open Badges 3.0 credential (`OpenBadgeCredential` / `AchievementCredential`, as JSON) into
 * the model. Native fields are read where the model has a counterpart (achievement name and language,
 * issuer profile, `awardedDate`, EQF and ISCED-F alignments, identity objects, ...); microcred extension
 * terms, when present, give the exact model values. Community micro-credential terms (Edubadges `ECTS`,
 * `participationType`, `ext:EQF` alignments, DC4EU, your own: the `extensions` option) are read as their
 * Annex I elements, each with a `community-term` warning naming the term. Every other part is kept in `extensions` with a
 * warning (or rejected, with `{ unmappable: 'reject' }`). A bare `creditsAvailable` has no unit and is
 * never read as ECTS. Nothing is invented: a badge that lacks Annex I elements gives a draft with the
 * `missing` list.
 *
 * @param doc - the credential as parsed JSON (not a JWT)
 * @param options - how to treat unmappable parts and incomplete documents
 * @returns a complete credential, or a draft with its missing elements and issues; warnings either way
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` with the document path, in reject mode or when
 *   `doc` is not an object; `ERR_INTEROP_NOT_ACHIEVEMENT` for an `EndorsementCredential` or a CLR `ClrCredential`
 * @throws MicrocredValidationError `ERR_VALIDATION` with `requireComplete: true` and an incomplete document
 * @throws MicrocredValidationError `ERR_INPUT_TOO_LARGE` past the default input limits; `ERR_VALIDATION` for a
 *   document that cannot be read as data (an accessor property, a revoked Proxy)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { fromOpenBadge } from 'microcred/interop';
 * declare const badge: unknown;
 * const result = fromOpenBadge(badge);
 * if (!result.complete) console.log(result.missing, result.warnings.map((w) => w.code));
 * ```
 * @category Interop
 */
export function fromOpenBadge(doc: unknown, options?: ImportOptions): ImportResult {
  return readUntrusted(doc, options, (input, o) => {
    const ctx = readContext('ob3', importMode(o));
    if (!isObject(input)) throw new MicrocredInteropError([], 'An Open Badge must be a JSON object');
    assertAchievement(input);
    const { native, extension } = readOpenBadgeParts(ctx, input, false, importExtensions(o));
    return finishImport(native, extension, ctx, o);
  });
}
