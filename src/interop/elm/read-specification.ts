import { eqfLevelFromUri, iscedFFromUri, vocabularyCodeFromUri } from '../../vocab/index.js';
import { asArray, compact, isObject, type JsonObject, type JsonPath, nonEmpty, text } from '../shared/json.js';
import { leftovers, objectAt, type ReadContext, unmappable } from '../shared/reader.js';
import { fromLanguageMap } from '../shared/text.js';
import { conceptId, externalConcept, readListConcept } from './concepts.js';
import { durationToHours } from './duration.js';
import { fromOrganisation } from './organisation.js';
import { QDR_PREFIX } from './to-specification.js';

const SPEC_KEYS = [
  'id',
  'type',
  'title',
  'description',
  'eqfLevel',
  'nqfLevel',
  'thematicArea',
  'creditPoint',
  'volumeOfLearning',
];
const MORE_KEYS = [
  'learningOutcome',
  'mode',
  'learningSetting',
  'influencedBy',
  'provenBy',
  'entryRequirement',
  'language',
];
const LAST_KEYS = ['accreditation', 'additionalNote', 'supplementaryDocument'];

/** Each item of a one-or-many property with its path (`…/p` for a single value, `…/p/i` in an array). */
export function items(object: JsonObject, key: string, path: JsonPath): [unknown, JsonPath][] {
  const v = object[key];
  return Array.isArray(v) ? v.map((x, i) => [x, [...path, key, i]]) : v === undefined ? [] : [[v, [...path, key]]];
}

/** Notional hours from an xsd:duration (see `durationToHours`); `P60M` is 60 *months*, not hours. */
export function hoursOf(ctx: ReadContext, value: unknown, path: JsonPath): string | undefined {
  const hours = durationToHours(value);
  if (hours !== undefined) return hours;
  if (value !== undefined) unmappable(ctx, 'unmapped-value', path, value, 'Duration not in whole hours (PTnH)');
  return undefined;
}

/** The model's specification-level elements from an ELM Qualification / LearningAchievementSpecification. */
export function readSpecification(ctx: ReadContext, value: unknown, path: JsonPath): JsonObject {
  const q = objectAt(ctx, value, path) ?? {};
  leftovers(ctx, q, path, [...SPEC_KEYS, ...MORE_KEYS, ...LAST_KEYS], true);
  const eqf = eqfLevelFromUri(conceptId(q['eqfLevel']));
  if (q['eqfLevel'] !== undefined && eqf === undefined)
    unmappable(ctx, 'unknown-concept', [...path, 'eqfLevel'], q['eqfLevel'], 'Not an EQF level');
  const nqf = items(q, 'nqfLevel', path).flatMap(([c, p]) => {
    const uri = conceptId(c);
    const label = isObject(c) && isObject(c['prefLabel']) ? text(Object.values(c['prefLabel'])[0]) : undefined;
    if (uri?.startsWith(QDR_PREFIX) !== true) {
      unmappable(ctx, 'unknown-concept', p, c, 'Not a QDR level');
      return [];
    }
    return [{ level: label ?? uri.slice(QDR_PREFIX.length), uri }];
  });
  const subject = items(q, 'thematicArea', path).flatMap(([c, p]) => {
    const code = iscedFFromUri(conceptId(c));
    if (code === undefined) unmappable(ctx, 'unknown-concept', p, c, 'Not an ISCED-F field');
    return code === undefined ? [] : [code];
  });
  const credits = items(q, 'creditPoint', path).flatMap(([c, p]) => {
    const unit = readListConcept(ctx, 'credit-systems', isObject(c) ? c['framework'] : undefined, [...p, 'framework']);
    const point = isObject(c) ? text(c['point']) : undefined;
    leftovers(ctx, c, p, ['id', 'type', 'framework', 'point']);
    return unit === undefined || point === undefined ? [] : [{ value: point, unit }];
  });
  const hours = hoursOf(ctx, q['volumeOfLearning'], [...path, 'volumeOfLearning']);
  return compact({
    specificationId: text(q['id']),
    title: fromLanguageMap(q['title']),
    description: fromLanguageMap(q['description']),
    level: eqf === undefined && nqf.length === 0 ? undefined : compact({ eqf, nqf: nonEmpty(nqf) }),
    subject: nonEmpty(subject),
    workload: credits.length === 0 && hours === undefined ? undefined : compact({ credits: nonEmpty(credits), hours }),
    learningOutcomes: nonEmpty(items(q, 'learningOutcome', path).map(([o, p]) => readOutcome(ctx, o, p))),
    participation: readParticipation(ctx, q, path),
    assessmentTypes: nonEmpty(items(q, 'provenBy', path).flatMap(([a, p]) => readAssessmentSpec(ctx, a, p) ?? [])),
    prerequisites: isObject(q['entryRequirement']) ? fromLanguageMap(q['entryRequirement']['noteLiteral']) : undefined,
    language: nonEmpty(items(q, 'language', path).flatMap(([c, p]) => readListConcept(ctx, 'languages', c, p) ?? [])),
    qualityAssurance: nonEmpty(items(q, 'accreditation', path).flatMap(([a, p]) => readAccreditation(ctx, a, p) ?? [])),
    furtherInformation: readFurther(q),
  });
}

function readOutcome(ctx: ReadContext, value: unknown, path: JsonPath): JsonObject {
  const o = isObject(value) ? value : {};
  leftovers(ctx, o, path, ['id', 'type', 'title', 'dcType', 'reusabilityLevel', 'relatedESCOSkill', 'relatedSkill']);
  const skills = [...items(o, 'relatedESCOSkill', path), ...items(o, 'relatedSkill', path)].flatMap(
    ([c]) => conceptId(c) ?? [],
  );
  return compact({
    id: text(o['id']),
    text: fromLanguageMap(o['title']),
    type: o['dcType'] === undefined ? undefined : readListConcept(ctx, 'skill-types', o['dcType'], [...path, 'dcType']),
    reusabilityLevel:
      o['reusabilityLevel'] === undefined
        ? undefined
        : readListConcept(ctx, 'skill-reuse-levels', o['reusabilityLevel'], [...path, 'reusabilityLevel']),
    relatedSkills: nonEmpty(skills),
  });
}

function readParticipation(ctx: ReadContext, q: JsonObject, path: JsonPath): JsonObject | undefined {
  const modes = items(q, 'mode', path).flatMap(([c, p]) => readListConcept(ctx, 'participation-modes', c, p) ?? []);
  const activities = items(q, 'influencedBy', path).flatMap(([a, p]) => {
    leftovers(ctx, a, p, ctx.own ? ['id', 'type', 'title', 'dcType'] : ['id', 'type', 'dcType']);
    const code = isObject(a)
      ? readListConcept(ctx, 'learning-activity-types', a['dcType'], [...p, 'dcType'])
      : undefined;
    return code === undefined ? [] : [code];
  });
  const setting =
    q['learningSetting'] === undefined
      ? undefined
      : readListConcept(ctx, 'learning-settings', q['learningSetting'], [...path, 'learningSetting']);
  const p = compact({ modes: nonEmpty(modes), activities: nonEmpty(activities), setting });
  return Object.keys(p).length > 0 ? p : undefined;
}

/** An assessment type from a LearningAssessmentSpecification: a list code, or the external concept (noted). */
export function readAssessmentSpec(ctx: ReadContext, value: unknown, path: JsonPath): unknown {
  leftovers(ctx, value, path, ctx.own ? ['id', 'type', 'title', 'dcType'] : ['id', 'type', 'dcType']);
  const dcType = isObject(value) ? value['dcType'] : undefined;
  if (dcType === undefined) return undefined;
  const code = vocabularyCodeFromUri('assessment-types', conceptId(dcType));
  if (code !== undefined) return code;
  if (!ctx.own) {
    const message = 'Assessment type outside the ELM list; kept as an external concept';
    ctx.warnings.push({ code: 'unknown-concept', path: [...path, 'dcType'], message });
  }
  return externalConcept(dcType);
}

function readAccreditation(ctx: ReadContext, value: unknown, path: JsonPath): JsonObject | undefined {
  const a = objectAt(ctx, value, path);
  if (a === undefined) return undefined;
  leftovers(ctx, a, path, [
    'id',
    'type',
    'dcType',
    'title',
    'accreditingAgent',
    'dateIssued',
    'expiryDate',
    'limitEQFLevel',
    'limitField',
    'landingPage',
  ]);
  const agent = fromOrganisation(ctx, a['accreditingAgent'], [...path, 'accreditingAgent']);
  const landing = items(a, 'landingPage', path).map(([w]) => (isObject(w) ? text(w['contentURL']) : undefined));
  return compact({
    id: text(a['id']),
    type: readListConcept(ctx, 'qa-types', a['dcType'], [...path, 'dcType']),
    title: fromLanguageMap(a['title']),
    accreditedBy:
      agent === undefined
        ? undefined
        : compact({ id: agent['id'], legalName: agent['legalName'], country: agent['country'] }),
    issued: text(a['dateIssued'])?.slice(0, 10),
    expiry: text(a['expiryDate'])?.slice(0, 10),
    limitEqfLevels: nonEmpty(items(a, 'limitEQFLevel', path).flatMap(([c]) => eqfLevelFromUri(conceptId(c)) ?? [])),
    limitFields: nonEmpty(items(a, 'limitField', path).flatMap(([c]) => iscedFFromUri(conceptId(c)) ?? [])),
    landingPage: landing.length === 1 ? landing[0] : undefined,
  });
}

function readFurther(q: JsonObject): JsonObject | undefined {
  const note = asArray(q['additionalNote'])[0];
  const links = asArray(q['supplementaryDocument']).flatMap((w) => (isObject(w) ? (text(w['contentURL']) ?? []) : []));
  const f = compact({
    note: isObject(note) ? fromLanguageMap(note['noteLiteral']) : undefined,
    links: nonEmpty(links),
  });
  return Object.keys(f).length > 0 ? f : undefined;
}
