import { eqfLevelFromUri, iscedFFromUri } from '../../vocab/index.js';
import { asArray, compact, isObject, type JsonObject, type JsonPath, nonEmpty, text } from '../shared/json.js';
import { leftovers, note, objectAt, type ReadContext, unmappable } from '../shared/reader.js';
import { fromLanguageMap } from '../shared/text.js';
import { fromProfile } from './profile.js';
import { EQF_TARGET_TYPE, ISCED_F_TARGET_TYPE, OUTCOME_TARGET_TYPE } from './terms.js';

const ROOT_KEYS = ['@context', 'id', 'type', 'name', 'issuer', 'validFrom', 'validUntil', 'awardedDate'];
const SUBJECT_KEYS = ['id', 'type', 'identifier', 'result', 'achievement'];
const ACHIEVEMENT_KEYS = [
  'id',
  'type',
  'achievementType',
  'name',
  'inLanguage',
  'description',
  'criteria',
  'alignment',
];

/**
 * Reads the native part of an OB 3.0 credential into the model's shape. `workloadStated` says whether the
 * document's microcred extension states the workload: only then is `creditsAvailable` explained; a bare
 * OB number has no unit and is kept, never read as ECTS.
 */
export function readNativeBadge(ctx: ReadContext, doc: JsonObject, workloadStated: boolean): JsonObject {
  leftovers(ctx, doc, [], [...ROOT_KEYS, 'credentialStatus', 'credentialSubject'], true);
  const subject = objectAt(ctx, doc['credentialSubject'], ['credentialSubject']) ?? {};
  leftovers(ctx, subject, ['credentialSubject'], SUBJECT_KEYS, true);
  const path: JsonPath = ['credentialSubject', 'achievement'];
  const achievement = objectAt(ctx, subject['achievement'], path) ?? {};
  leftovers(ctx, achievement, path, [...ACHIEVEMENT_KEYS, 'creditsAvailable'], true);
  if (achievement['creditsAvailable'] !== undefined && !workloadStated) {
    unmappable(
      ctx,
      'unmapped-value',
      [...path, 'creditsAvailable'],
      achievement['creditsAvailable'],
      'creditsAvailable has no unit',
    );
  }
  const language = text(achievement['inLanguage']);
  const name = text(achievement['name']);
  const docName = text(doc['name']);
  if (docName !== undefined && docName !== name)
    unmappable(ctx, 'unknown-property', ['name'], docName, 'Credential name');
  const alignments = readAlignments(ctx, achievement['alignment'], [...path, 'alignment']);
  const issuer = fromProfile(ctx, doc['issuer'], ['issuer']);
  return compact({
    id: text(doc['id']),
    specificationId: text(achievement['id']),
    learner: readLearner(ctx, subject),
    title: name === undefined ? undefined : language === undefined ? name : fromLanguageMap({ [language]: name }),
    description: fromLanguageMap(achievement['description']),
    issuer,
    // In Open Badges the issuer is the body that awards the achievement (Annex I (d)).
    awardingBodies: issuer === undefined ? undefined : [issuer],
    issued: issuedOf(ctx, doc),
    learningOutcomes: alignments.outcomes,
    level: alignments.eqf === undefined ? undefined : { eqf: alignments.eqf },
    assessment: readCriteria(ctx, achievement['criteria'], [...path, 'criteria']),
    grade: readGrade(ctx, subject['result'], ['credentialSubject', 'result']),
    subject: alignments.fields,
    validFrom: text(doc['validFrom']),
    validUntil: text(doc['validUntil']),
    credentialStatus: readStatus(ctx, doc['credentialStatus']),
  });
}

function readStatus(ctx: ReadContext, value: unknown): JsonObject[] | undefined {
  if (value === undefined) return undefined;
  // One status object (OB 3.0), or several entries as VC 2.0 allows (a revocation and a suspension list).
  const entries = Array.isArray(value) ? value : [value];
  if (entries.length > 0 && entries.every((e) => isObject(e) && e['type'] === 'BitstringStatusListEntry')) {
    return entries as JsonObject[];
  }
  unmappable(
    ctx,
    'unmapped-value',
    ['credentialStatus'],
    value,
    'Status method other than a Bitstring Status List entry',
  );
  return undefined;
}

function issuedOf(ctx: ReadContext, doc: JsonObject): string | undefined {
  const awarded = text(doc['awardedDate']);
  if (awarded !== undefined) return awarded;
  const validFrom = text(doc['validFrom']);
  if (validFrom !== undefined)
    note(ctx, 'date-fallback', ['validFrom'], 'No awardedDate: the date of issuing is read from validFrom');
  return validFrom;
}

function readLearner(ctx: ReadContext, subject: JsonObject): JsonObject | undefined {
  const identifiers: JsonObject[] = [];
  let fullName: string | undefined;
  asArray(subject['identifier']).forEach((entry, i) => {
    const path: JsonPath = ['credentialSubject', 'identifier', i];
    const io = objectAt(ctx, entry, path);
    if (io === undefined) return;
    leftovers(ctx, io, path, ['type', 'identityHash', 'identityType', 'hashed', 'salt']);
    const value = text(io['identityHash']);
    const type = text(io['identityType']);
    if (type === 'name' && io['hashed'] === false && fullName === undefined && io['salt'] === undefined)
      fullName = value;
    else if (value !== undefined && type !== undefined && typeof io['hashed'] === 'boolean') {
      identifiers.push(compact({ type, value, hashed: io['hashed'], salt: text(io['salt']) }));
    } else unmappable(ctx, 'invalid-value', path, entry, 'Incomplete IdentityObject');
  });
  const learner = compact({ id: text(subject['id']), fullName, identifiers: nonEmpty(identifiers) });
  return Object.keys(learner).length > 0 ? learner : undefined;
}

interface Alignments {
  readonly eqf?: number | undefined;
  readonly fields?: string[] | undefined;
  readonly outcomes?: JsonObject[] | undefined;
}

function readAlignments(ctx: ReadContext, value: unknown, path: JsonPath): Alignments {
  let eqf: number | undefined;
  const fields: string[] = [];
  const outcomes = new Map<string, string[]>();
  asArray(value).forEach((entry, i) => {
    const a = isObject(entry) ? entry : {};
    const url = a['targetUrl'];
    const level =
      a['targetType'] === EQF_TARGET_TYPE || eqfLevelFromUri(url) !== undefined ? eqfLevelFromUri(url) : undefined;
    const field = a['targetType'] === ISCED_F_TARGET_TYPE ? iscedFFromUri(url) : undefined;
    const name = text(a['targetName']);
    if (level !== undefined && eqf === undefined) eqf = level;
    else if (field !== undefined) fields.push(field);
    else if (a['targetType'] === OUTCOME_TARGET_TYPE && name !== undefined && typeof url === 'string') {
      outcomes.set(name, [...(outcomes.get(name) ?? []), url]);
    } else unmappable(ctx, 'unknown-concept', [...path, i], entry, 'Alignment not mapped to the model');
  });
  return {
    eqf,
    fields: nonEmpty(fields),
    outcomes: nonEmpty([...outcomes].map(([text, relatedSkills]) => ({ text, relatedSkills }))),
  };
}

function readCriteria(ctx: ReadContext, value: unknown, path: JsonPath): JsonObject | undefined {
  const criteria = objectAt(ctx, value, path);
  leftovers(ctx, criteria, path, ['narrative']);
  const narrative = text(criteria?.['narrative']);
  return narrative === undefined ? undefined : { description: narrative };
}

function readGrade(ctx: ReadContext, value: unknown, path: JsonPath): JsonObject | undefined {
  const results = asArray(value);
  const first = results[0];
  if (results.length === 1 && isObject(first) && text(first['value']) !== undefined) {
    leftovers(ctx, first, [...path, 0], ['type', 'value']);
    return { value: first['value'] };
  }
  if (value !== undefined) unmappable(ctx, 'unknown-property', path, value, 'Results other than one grade');
  return undefined;
}
