import { vocabularyCodeFromUri } from '../../vocab/index.js';
import { asArray, compact, isObject, type JsonObject, type JsonPath, nonEmpty, text } from '../shared/json.js';
import { leftovers, note, objectAt, type ReadContext, unmappable } from '../shared/reader.js';
import { fromLanguageMap, singleText } from '../shared/text.js';
import { conceptId } from './concepts.js';
import { fromOrganisation } from './organisation.js';
import { items, readAssessmentSpec, readSpecification } from './read-specification.js';

const ROOT_KEYS = ['@context', 'id', 'type', 'issuer', 'validFrom', 'validUntil', 'credentialSubject'];
const OWN_KEYS = ['credentialProfiles', 'credentialSchema', 'displayParameter', 'issued'];
const PERSON_KEYS = [
  'id',
  'type',
  'fullName',
  'givenName',
  'familyName',
  'dateOfBirth',
  'nationalID',
  'identifier',
  'contactPoint',
  'hasClaim',
];
const CLAIM_KEYS = ['id', 'type', 'title', 'description', 'awardedBy', 'provenBy', 'specifiedBy', 'influencedBy'];

/**
 * Reads the native part of an ELM European Digital Credential into the model's shape. In a document
 * microcred wrote (`own`), the display parameter, credential profile, schema and sealing time were made
 * from the model and the options, so they are not kept as unknown parts.
 */
export function readNativeElm(ctx: ReadContext, doc: JsonObject): JsonObject {
  const own = ctx.own;
  leftovers(ctx, doc, [], own ? [...ROOT_KEYS, ...OWN_KEYS] : ROOT_KEYS, true);
  const person = objectAt(ctx, doc['credentialSubject'], ['credentialSubject']) ?? {};
  leftovers(ctx, person, ['credentialSubject'], PERSON_KEYS);
  const claims = items(person, 'hasClaim', ['credentialSubject']);
  for (const [extra, p] of claims.slice(1)) unmappable(ctx, 'unmapped-value', p, extra, 'A further claim');
  const [claimValue, claimPath] = claims[0] ?? [undefined, ['credentialSubject', 'hasClaim']];
  const claim = objectAt(ctx, claimValue, claimPath) ?? {};
  leftovers(ctx, claim, claimPath, CLAIM_KEYS, true);
  const awarded = objectAt(ctx, claim['awardedBy'], [...claimPath, 'awardedBy']) ?? {};
  leftovers(ctx, awarded, [...claimPath, 'awardedBy'], ['id', 'type', 'awardingBody', 'awardingDate']);
  const bodies = items(awarded, 'awardingBody', [...claimPath, 'awardedBy']).flatMap(
    ([b, p]) => fromOrganisation(ctx, b, p) ?? [],
  );
  const spec = readSpecification(ctx, claim['specifiedBy'], [...claimPath, 'specifiedBy']);
  const { assessmentTypes, ...specElements } = spec;
  const proven = readAssessment(ctx, claim, claimPath, assessmentTypes);
  const activities = items(claim, 'influencedBy', claimPath).flatMap(([a, p]) => activityOf(ctx, a, p) ?? []);
  const participation = mergeActivities(specElements['participation'], activities);
  const issued = issuedOf(ctx, doc, awarded, own);
  return compact({
    ...specElements,
    id: text(doc['id']),
    learner: readPerson(ctx, person),
    title: fromLanguageMap(claim['title']) ?? specElements['title'],
    description: fromLanguageMap(claim['description']) ?? specElements['description'],
    issuer: fromOrganisation(ctx, doc['issuer'], ['issuer']),
    awardingBodies: nonEmpty(bodies),
    issued,
    participation,
    ...proven,
    validFrom: text(doc['validFrom']),
    validUntil: text(doc['validUntil']),
  });
}

function issuedOf(ctx: ReadContext, doc: JsonObject, awarded: JsonObject, own: boolean): string | undefined {
  const date = text(awarded['awardingDate']);
  if (!own && doc['issued'] !== undefined && doc['issued'] !== date) {
    unmappable(ctx, 'unknown-property', ['issued'], doc['issued'], 'Sealing time, not the date of issuing');
  }
  if (date !== undefined) return date;
  const validFrom = text(doc['validFrom']);
  if (validFrom !== undefined)
    note(ctx, 'date-fallback', ['validFrom'], 'No awardingDate: the date of issuing is read from validFrom');
  return validFrom;
}

function readPerson(ctx: ReadContext, p: JsonObject): JsonObject | undefined {
  const path: JsonPath = ['credentialSubject'];
  const name = (key: string) => {
    const v = singleText(p[key]);
    if (p[key] !== undefined && v === undefined)
      unmappable(ctx, 'unmapped-value', [...path, key], p[key], 'Name in several languages');
    return v;
  };
  const dob = text(p['dateOfBirth']);
  const dateOfBirth = dob?.endsWith('T00:00:00Z') === true ? dob.slice(0, 10) : undefined;
  if (dob !== undefined && dateOfBirth === undefined)
    unmappable(ctx, 'unmapped-value', [...path, 'dateOfBirth'], dob, 'A date of birth with a time of day');
  const nid = isObject(p['nationalID']) ? p['nationalID'] : undefined;
  const country = vocabularyCodeFromUri('countries', conceptId(nid?.['spatial']));
  const identifiers = asArray(p['identifier']).flatMap((i) =>
    isObject(i) && text(i['notation']) !== undefined && text(i['schemeName']) !== undefined
      ? [{ type: i['schemeName'], value: i['notation'], hashed: false }]
      : [],
  );
  if (asArray(p['identifier']).length !== identifiers.length)
    unmappable(ctx, 'invalid-value', [...path, 'identifier'], p['identifier'], 'Identifiers');
  if (nid !== undefined && (country === undefined || text(nid['notation']) === undefined))
    unmappable(ctx, 'unmapped-value', [...path, 'nationalID'], nid, 'National id');
  const mailbox = conceptId((asArray(p['contactPoint'])[0] as JsonObject | undefined)?.['emailAddress']);
  const email =
    mailbox?.startsWith('mailto:') === true && asArray(p['contactPoint']).length === 1 ? mailbox.slice(7) : undefined;
  if (p['contactPoint'] !== undefined && email === undefined)
    unmappable(ctx, 'unmapped-value', [...path, 'contactPoint'], p['contactPoint'], 'Contact points');
  const learner = compact({
    id: text(p['id']),
    fullName: name('fullName'),
    givenName: name('givenName'),
    familyName: name('familyName'),
    nationalId: country === undefined || nid === undefined ? undefined : { notation: nid['notation'], country },
    identifiers: nonEmpty(identifiers),
    dateOfBirth,
    email,
  });
  return Object.keys(learner).length > 0 ? learner : undefined;
}

/** Assessment, grade and supervision from the claim's LearningAssessment(s) and the specification's types. */
function readAssessment(ctx: ReadContext, claim: JsonObject, claimPath: JsonPath, specTypes: unknown): JsonObject {
  const types: unknown[] = Array.isArray(specTypes) ? [...specTypes] : [];
  const proven = items(claim, 'provenBy', claimPath);
  for (const [extra, p] of proven.slice(1)) unmappable(ctx, 'unmapped-value', p, extra, 'A further assessment');
  const [value, path] = proven[0] ?? [undefined, [...claimPath, 'provenBy']];
  const a = objectAt(ctx, value, path);
  if (a === undefined) return types.length === 0 ? {} : { assessment: { types } };
  leftovers(ctx, a, path, [
    'id',
    'type',
    ...(ctx.own ? ['title'] : []),
    'grade',
    'awardedBy',
    'dateIssued',
    'idVerification',
    'specifiedBy',
  ]);
  const s = isObject(a['specifiedBy']) ? a['specifiedBy'] : {};
  leftovers(ctx, s, [...path, 'specifiedBy'], ['id', 'type', ...(ctx.own ? ['title'] : []), 'gradingScheme', 'dcType']);
  const scheme = isObject(s['gradingScheme']) ? singleText(s['gradingScheme']['title']) : undefined;
  leftovers(ctx, s['gradingScheme'], [...path, 'specifiedBy', 'gradingScheme'], ['id', 'type', 'title']);
  const ownType = readAssessmentSpec(ctx, { dcType: s['dcType'] }, [...path, 'specifiedBy']);
  if (ownType !== undefined && !types.some((t) => JSON.stringify(t) === JSON.stringify(ownType))) types.push(ownType);
  const grade = isObject(a['grade']) ? singleText(a['grade']['noteLiteral']) : undefined;
  if (a['grade'] !== undefined && grade === undefined)
    unmappable(ctx, 'unmapped-value', [...path, 'grade'], a['grade'], 'Grade in several languages');
  const supervision = vocabularyCodeFromUri('supervision-types', conceptId(a['idVerification']));
  if (a['idVerification'] !== undefined && supervision === undefined) {
    unmappable(
      ctx,
      'unmapped-value',
      [...path, 'idVerification'],
      a['idVerification'],
      'Supervision concept without an Annex value',
    );
  }
  return compact({
    assessment:
      types.length === 0 && a['dateIssued'] === undefined
        ? undefined
        : compact({ types: nonEmpty(types), date: text(a['dateIssued']) }),
    grade: grade === undefined ? undefined : compact({ value: grade, scheme }),
    supervision: supervision === undefined ? undefined : { type: supervision },
  });
}

/** The activity type of a LearningActivity (its specification's type); the rest of the node is kept. */
function activityOf(ctx: ReadContext, value: unknown, path: JsonPath): string | undefined {
  const a = objectAt(ctx, value, path);
  if (a === undefined) return undefined;
  leftovers(ctx, a, path, ['specifiedBy']);
  const s = isObject(a['specifiedBy']) ? a['specifiedBy'] : {};
  leftovers(ctx, s, [...path, 'specifiedBy'], ['dcType']);
  const code = vocabularyCodeFromUri('learning-activity-types', conceptId(s['dcType']));
  if (s['dcType'] !== undefined && code === undefined)
    unmappable(ctx, 'unknown-concept', [...path, 'specifiedBy', 'dcType'], s['dcType'], 'Activity type');
  return code;
}

function mergeActivities(participation: unknown, activities: readonly string[]): unknown {
  if (activities.length === 0) return participation;
  const p = isObject(participation) ? participation : {};
  const known = Array.isArray(p['activities']) ? p['activities'] : [];
  return { ...p, activities: [...new Set([...known, ...activities])] };
}
