import type { MicroCredential } from '../../model/micro-credential.js';
import { MICROCRED_CONTEXT_URL } from '../contexts.js';
import { extensionTerms } from '../shared/extension.js';
import type { JsonObject } from '../shared/json.js';
import { checkUriOption } from '../shared/options.js';
import { readContext } from '../shared/reader.js';
import type { ExportOptions } from '../types.js';
import { readNativeBadge } from './read-native.js';
import { badgeIds, toNativeBadge } from './to-native.js';

/**
 * Options of {@link toOpenBadge}: the ids Open Badges 3.0 requires when the model lacks them.
 *
 * @example
 * ```ts
 * import type { OpenBadgeOptions } from 'microcred/interop';
 * const options: OpenBadgeOptions = { achievementId: 'https://uni.example/achievements/data-literacy' };
 * ```
 * @category Interop
 */
export interface OpenBadgeOptions extends ExportOptions {
  /** The achievement id, used when the model has no `specificationId`. */
  readonly achievementId?: string;
}

/** Where each extension term goes: on the AchievementSubject (about the learner) or the Achievement. */
const ON_SUBJECT: ReadonlySet<string> = new Set(['learner', 'grade', 'supervision', 'extensions', 'absent']);

/**
 * Exports a micro-credential as an Open Badges 3.0 `OpenBadgeCredential` (an AchievementCredential), a
 * plain JSON object ready to sign. EQF level and ISCED-F fields become alignments; every element OB 3.0
 * cannot hold exactly (workload with its unit, the full level, participation, quality assurance,
 * supervision, stackability, the other languages of multilingual text, ...) goes in the microcred
 * extension context as `microcred:<field>`, so {@link fromOpenBadge} gives back the same model. The
 * output validates against the official OB 3.0 AchievementCredential JSON Schema.
 *
 * Ids given in `options` become part of the credential: importing it gives them back in the model.
 * `validFrom` is the model's `validFrom`, or the date of issuing when it has none; `awardedDate` is the
 * date of issuing. A required `description` the model lacks is the list of learning outcomes; such
 * derived values are marked in `microcred:absent` and not read back.
 *
 * @param mc - a valid micro-credential
 * @param options - ids the model lacks (credential, issuer, achievement) and a warning callback
 * @returns the credential as JSON
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` with the model path when a required id is missing
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` when an id option is not a URI
 * @example
 * ```ts
 * import { parseMicroCredential } from 'microcred';
 * import { toOpenBadge } from 'microcred/interop';
 * declare const json: unknown;
 * const badge = toOpenBadge(parseMicroCredential(json), { achievementId: 'https://uni.example/achievements/dl' });
 * badge['type']; // ['VerifiableCredential', 'OpenBadgeCredential']
 * ```
 * @category Interop
 */
export function toOpenBadge(mc: MicroCredential, options: OpenBadgeOptions = {}): Record<string, unknown> {
  for (const name of ['id', 'issuerId', 'achievementId'] as const) checkUriOption(name, options[name]);
  const ids = badgeIds(mc, options);
  const native = toNativeBadge(mc, ids);
  // Ids from the options are data the document now holds: the import gives them back.
  const stated = { ...mc, id: ids.id, specificationId: ids.achievementId, issuer: { ...mc.issuer, id: ids.issuerId } };
  const back = readNativeBadge(readContext('ob3', 'keep'), structuredClone(native), true);
  const { terms, keys } = extensionTerms(stated, back, options.onWarning);
  if (keys.length === 0) return native;
  const subject = { ...(native['credentialSubject'] as JsonObject) };
  const achievement = { ...(subject['achievement'] as JsonObject) };
  for (const key of keys) {
    const target = ON_SUBJECT.has(key.slice('microcred:'.length)) ? subject : achievement;
    target[key] = terms[key];
  }
  subject['achievement'] = achievement;
  return {
    ...native,
    '@context': [...(native['@context'] as string[]), MICROCRED_CONTEXT_URL],
    credentialSubject: subject,
  };
}
