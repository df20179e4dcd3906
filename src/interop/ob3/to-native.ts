import { MicrocredInteropError } from '../../errors.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import { eqfLevelUri, iscedFUri } from '../../vocab/index.js';
import { compact, type JsonObject } from '../shared/json.js';
import { firstText } from '../shared/text.js';
import { toProfile } from './profile.js';
import {
  EQF_TARGET_TYPE,
  ISCED_F_TARGET_TYPE,
  isIdentityType,
  OB3_CONTEXT,
  OUTCOME_TARGET_TYPE,
  VC2_CONTEXT,
} from './terms.js';

/** The ids an Open Badge needs, resolved from the model or the caller's options. */
export interface BadgeIds {
  readonly id: string;
  readonly issuerId: string;
  readonly achievementId: string;
}

/** The native OB 3.0 AchievementCredential of a model, without the microcred extension terms. */
export function toNativeBadge(mc: MicroCredential, ids: BadgeIds): JsonObject {
  const outcomes = mc.learningOutcomes.map((o) => `- ${firstText(o.text).text.replaceAll('\n', ' ')}`).join('\n');
  const title = firstText(mc.title);
  return compact({
    '@context': [VC2_CONTEXT, OB3_CONTEXT],
    id: ids.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: title.text,
    issuer: toProfile(mc.issuer, ids.issuerId),
    validFrom: mc.validFrom ?? mc.issued,
    validUntil: mc.validUntil,
    awardedDate: mc.issued,
    credentialStatus: statusOf(mc),
    credentialSubject: compact({
      id: mc.learner.id,
      type: ['AchievementSubject'],
      identifier: identitiesOf(mc),
      result: mc.grade === undefined ? undefined : [{ type: ['Result'], value: mc.grade.value }],
      achievement: compact({
        id: ids.achievementId,
        type: ['Achievement'],
        achievementType: 'MicroCredential',
        name: title.text,
        inLanguage: title.language,
        description: mc.description === undefined ? outcomes : firstText(mc.description).text,
        criteria: {
          narrative: mc.assessment.description === undefined ? outcomes : firstText(mc.assessment.description).text,
        },
        alignment: alignmentsOf(mc),
        creditsAvailable: ectsNumber(mc),
      }),
    }),
  });
}

/**
 * The credential's status entries, every one of them, so that a verifier of the badge checks them: a single entry
 * as OB 3.0's one status object, several (a revocation and a suspension list) as the array VC 2.0 allows. OB 3.0
 * requires the status object's `id`, which a Bitstring Status List entry may omit: an entry without one is given
 * `<statusListCredential>#<statusListIndex>` (the form of the Bitstring Status List examples; never the list's
 * own URL), and the model's entries travel unchanged in the extension terms, so the import gives them back.
 */
function statusOf(mc: MicroCredential): JsonObject | JsonObject[] | undefined {
  const entries = mc.credentialStatus?.map(
    (e): JsonObject => (e.id === undefined ? { id: `${e.statusListCredential}#${e.statusListIndex}`, ...e } : { ...e }),
  );
  if (entries === undefined) return undefined;
  return entries.length === 1 ? entries[0] : entries;
}

function identitiesOf(mc: MicroCredential): JsonObject[] | undefined {
  const out: JsonObject[] = [];
  if (mc.learner.fullName !== undefined) {
    out.push({ type: 'IdentityObject', identityHash: mc.learner.fullName, identityType: 'name', hashed: false });
  }
  for (const i of mc.learner.identifiers ?? []) {
    if (!isIdentityType(i.type)) continue;
    out.push(
      compact({ type: 'IdentityObject', identityHash: i.value, identityType: i.type, hashed: i.hashed, salt: i.salt }),
    );
  }
  return out.length > 0 ? out : undefined;
}

function alignmentsOf(mc: MicroCredential): JsonObject[] | undefined {
  const out: JsonObject[] = [];
  if ('eqf' in mc.level && mc.level.eqf !== undefined) {
    const code = String(mc.level.eqf);
    out.push({
      type: ['Alignment'],
      targetName: `EQF level ${code}`,
      targetFramework: 'European Qualifications Framework',
      targetCode: code,
      targetType: EQF_TARGET_TYPE,
      targetUrl: eqfLevelUri(mc.level.eqf),
    });
  }
  for (const code of mc.subject ?? []) {
    out.push({
      type: ['Alignment'],
      targetName: `ISCED-F ${code}`,
      targetFramework: 'ISCED-F 2013',
      targetCode: code,
      targetType: ISCED_F_TARGET_TYPE,
      targetUrl: iscedFUri(code),
    });
  }
  for (const outcome of mc.learningOutcomes) {
    for (const skill of outcome.relatedSkills ?? []) {
      out.push({
        type: ['Alignment'],
        targetName: firstText(outcome.text).text,
        targetType: OUTCOME_TARGET_TYPE,
        targetUrl: skill,
      });
    }
  }
  return out.length > 0 ? out : undefined;
}

/** ECTS credits as a JSON number, only when the number is exact (its decimal reads back unchanged). */
export function ectsNumber(mc: MicroCredential): number | undefined {
  const ects = mc.workload.credits?.filter((c) => c.unit === 'ECTS') ?? [];
  if (ects.length !== 1 || ects[0] === undefined) return undefined;
  const n = Number(ects[0].value);
  return Number.isFinite(n) && String(n) === ects[0].value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')
    ? n
    : undefined;
}

/** The id of the credential, issuer and achievement, or `ERR_INTEROP_UNMAPPABLE` with the model path. */
export function badgeIds(
  mc: MicroCredential,
  options: { readonly id?: string; readonly issuerId?: string; readonly achievementId?: string },
): BadgeIds {
  const id = mc.id ?? options.id;
  const issuerId = mc.issuer.id ?? options.issuerId;
  const achievementId = mc.specificationId ?? options.achievementId;
  if (id === undefined)
    throw new MicrocredInteropError(['id'], 'Open Badges 3.0 requires a credential id: set id or options.id');
  if (issuerId === undefined) {
    throw new MicrocredInteropError(
      ['issuer', 'id'],
      'Open Badges 3.0 requires an issuer id: set issuer.id or options.issuerId',
    );
  }
  if (achievementId === undefined) {
    throw new MicrocredInteropError(
      ['specificationId'],
      'Open Badges 3.0 requires an achievement id: set specificationId or options.achievementId',
    );
  }
  return { id, issuerId, achievementId };
}
