import { CREDIT_UNITS } from '../../credit/index.js';
import type { JsonObject } from '../../interop/shared/json.js';
import { type ReadContext, unmappable } from '../../interop/shared/reader.js';
import { QA_TYPES } from '../../vocab/index.js';

const QA: readonly string[] = QA_TYPES;
/** The EU issuer's sample values, which name the two generic ELM-free quality-assurance types. */
const EU_QA: Readonly<Record<string, string>> = {
  'Internal Evaluation': 'internal-quality-assurance',
  'External Evaluation': 'external-quality-assurance',
};
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const STUDY_PART = /^(\d{1,30}(?:\.\d{1,30})?) (\S+)$/;
const UNITS: readonly string[] = CREDIT_UNITS;

/**
 * Reads the type's own claims into the model's shape, inventing nothing: what a claim cannot say (assessment,
 * participation, supervision, …) stays absent. Values of an unexpected JSON type are ignored here and
 * reported by the caller as missing elements.
 */
export function readLearningClaims(ctx: ReadContext, claims: Readonly<JsonObject>): JsonObject {
  const str = (name: string): string | undefined => {
    const v = claims[name];
    return typeof v === 'string' && /\S/.test(v) ? v : undefined;
  };
  const strings = (name: string): string[] | undefined => {
    const v = claims[name];
    return Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && /\S/.test(s))
      ? (v as string[])
      : undefined;
  };
  const authority = str('issuing_authority');
  const country = str('issuing_country');
  const iss = str('iss');
  const body =
    authority === undefined || country === undefined
      ? undefined
      : { ...(iss === undefined ? {} : { id: iss }), legalName: authority, country };
  const identification = str('learner_identification');
  const learner: JsonObject = {};
  if (identification !== undefined) {
    if (URI.test(identification)) learner['id'] = identification;
    else learner['identifiers'] = [{ type: 'learner-identification', value: identification, hashed: false }];
  }
  if (str('given_name') !== undefined) learner['givenName'] = str('given_name');
  if (str('family_name') !== undefined) learner['familyName'] = str('family_name');
  const date = str('date_of_issuance');
  const expiry = str('date_of_expiry');
  const eqf = claims['level_of_learning_experience'];
  const stack = claims['integration_stackability_options'];
  const out: JsonObject = {
    learner: Object.keys(learner).length > 0 ? learner : undefined,
    title: str('achievement_title'),
    description: str('achievement_description'),
    issuer: body,
    awardingBodies: body === undefined ? undefined : [body],
    issued: date === undefined ? undefined : `${date}T00:00:00Z`,
    validUntil: expiry === undefined ? undefined : `${expiry}T00:00:00Z`,
    learningOutcomes: strings('learning_outcomes')?.map((text) => ({ text })),
    workload: readStudyTime(ctx, str('expected_study_time')),
    level: typeof eqf === 'number' && Number.isInteger(eqf) && eqf >= 1 && eqf <= 8 ? { eqf } : undefined,
    qualityAssurance: readQa(ctx, strings('types_of_quality_assurance')),
    prerequisites: strings('prerequisites_to_enroll')?.join('; '),
    grade: str('assessment_grade') === undefined ? undefined : { value: str('assessment_grade') },
    stackability: typeof stack === 'boolean' ? { type: stack ? 'integrated' : 'stand-alone' } : undefined,
    language: strings('language_of_classes'),
  };
  return out;
}

function readQa(ctx: ReadContext, values: readonly string[] | undefined): JsonObject[] | undefined {
  const out: JsonObject[] = [];
  for (const [i, t] of (values ?? []).entries()) {
    const code = EU_QA[t] ?? t;
    if (QA.includes(code)) out.push({ type: code });
    else if (URI.test(t)) out.push({ type: { id: t } });
    else unmappable(ctx, 'unmapped-value', ['types_of_quality_assurance', i], t, `"${t}" is no known QA type`);
  }
  return out.length > 0 ? out : undefined;
}

/** "5 ECTS, 140 hours" → credits and hours; free text that does not follow that form gives no workload. */
function readStudyTime(ctx: ReadContext, text: string | undefined): JsonObject | undefined {
  if (text === undefined) return undefined;
  const notRead = (): undefined => {
    unmappable(
      ctx,
      'unmapped-value',
      ['expected_study_time'],
      text,
      'The study time is free text, not credits or hours',
    );
    return undefined;
  };
  const credits: { value: string; unit: string }[] = [];
  let hours: string | undefined;
  for (const part of text.split(', ')) {
    const match = STUDY_PART.exec(part);
    if (match === null) return notRead();
    const [, value, unit] = match as unknown as [string, string, string];
    if (unit === 'hours') hours = value;
    else if (UNITS.includes(unit) || /^custom:[a-z0-9-]+$/.test(unit)) credits.push({ value, unit });
    else return notRead();
  }
  return { ...(credits.length > 0 ? { credits } : {}), ...(hours === undefined ? {} : { hours }) };
}
