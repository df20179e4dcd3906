import {
  asArray,
  compact,
  isObject,
  type JsonObject,
  type JsonPath,
  nonEmpty,
  text,
} from '../../interop/shared/json.js';
import { type ReadContext, unmappable } from '../../interop/shared/reader.js';
import { QA_TYPES, vocabularyCodeFromUri, vocabularyUri } from '../../vocab/index.js';
import {
  ASSESSMENT_TYPES,
  assessmentConcept,
  PARTICIPATION_READ,
  QA_TARGET_TYPE,
  SUPERVISION_TYPES,
  TERM_KEYS,
} from './terms.js';

const PATH: JsonPath = ['credentialSubject', 'achievement'];
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** The DC4EU claims read into model values, and the document without them for the Open Badges reader. */
export interface Dc4euTermsRead {
  readonly doc: JsonObject;
  readonly values: JsonObject;
  /** The assessment types `assessmentType` names; they join the assessment read from `criteria`. */
  readonly assessmentTypes?: readonly unknown[];
  /** `ECTS` gives the unit of `creditsAvailable` (same number), so that one is not an unknown part. */
  readonly ectsStated: boolean;
}

/**
 * Reads the DC4EU claims of a document (see `terms.ts`): `ECTS` as ECTS credits, `assessmentType` as an
 * assessment type, `participationType` as
 * participation modes or activities, `supervisionType` with `identityChecked` as the supervision element, and
 * `ext:QualityAssurance` alignments as quality-assurance records. A value without a model counterpart is
 * kept with a warning, never guessed.
 */
export function readDc4euTerms(ctx: ReadContext, doc: JsonObject): Dc4euTermsRead {
  const subject = doc['credentialSubject'];
  const achievement = isObject(subject) ? subject['achievement'] : undefined;
  if (!isObject(subject) || !isObject(achievement)) return { doc, values: {}, ectsStated: false };
  const assessmentTypes = readAssessment(ctx, achievement['assessmentType']);
  const rest = Object.fromEntries(Object.entries(achievement).filter(([k]) => !TERM_KEYS.includes(k)));
  const alignments = asArray(achievement['alignment']);
  const qa = alignments.filter((a) => isObject(a) && a['targetType'] === QA_TARGET_TYPE);
  if (achievement['alignment'] !== undefined) {
    rest['alignment'] = alignments.filter((a) => !qa.includes(a));
    if ((rest['alignment'] as unknown[]).length === 0) delete rest['alignment'];
  }
  const workload = readEcts(ctx, achievement['ECTS']);
  const values = compact({
    workload,
    participation: readParticipation(ctx, achievement['participationType']),
    supervision: readSupervision(ctx, achievement['supervisionType'], achievement['identityChecked']),
    qualityAssurance: nonEmpty(qa.flatMap((a) => readQa(ctx, a as JsonObject, alignments.indexOf(a)))),
  });
  const credits = achievement['creditsAvailable'];
  return {
    doc: { ...doc, credentialSubject: { ...subject, achievement: rest } },
    values,
    ...(assessmentTypes === undefined ? {} : { assessmentTypes }),
    ectsStated: workload !== undefined && (credits === undefined || credits === achievement['ECTS']),
  };
}

function readEcts(ctx: ReadContext, value: unknown): JsonObject | undefined {
  if (value === undefined) return undefined;
  const decimal = typeof value === 'number' && value > 0 ? String(value) : '';
  if (DECIMAL.test(decimal)) return { credits: [{ value: decimal, unit: 'ECTS' }] };
  unmappable(ctx, 'invalid-value', [...PATH, 'ECTS'], value, 'ECTS must be a positive number');
  return undefined;
}

function readAssessment(ctx: ReadContext, value: unknown): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (value === 'portfolio') return ['portfolio'];
  if (typeof value === 'string' && ASSESSMENT_TYPES.includes(value)) {
    return [{ id: assessmentConcept(value), label: value }];
  }
  unmappable(ctx, 'unknown-concept', [...PATH, 'assessmentType'], value, 'An assessment type microcred does not know');
  return undefined;
}

function readParticipation(ctx: ReadContext, value: unknown): JsonObject | undefined {
  if (value === undefined) return undefined;
  const read =
    typeof value === 'string' && Object.hasOwn(PARTICIPATION_READ, value) ? PARTICIPATION_READ[value] : undefined;
  if (read !== undefined) return { ...read };
  unmappable(ctx, 'unmapped-value', [...PATH, 'participationType'], value, 'A participation type with no model mode');
  return undefined;
}

function readSupervision(ctx: ReadContext, type: unknown, checked: unknown): JsonObject | undefined {
  if (type === undefined && checked === undefined) return undefined;
  if (checked !== undefined && typeof checked !== 'boolean') {
    unmappable(ctx, 'invalid-value', [...PATH, 'identityChecked'], checked, 'identityChecked must be a boolean');
    return undefined;
  }
  const read = supervisionOf(type, checked);
  if (read !== undefined) return read;
  unmappable(
    ctx,
    'unmapped-value',
    [...PATH, 'supervisionType'],
    { supervisionType: type, identityChecked: checked },
    'A supervision type and identity check that name no single Annex value',
  );
  return undefined;
}

/** The Annex value the two claims name together, or undefined when they conflict or say too little. */
function supervisionOf(type: unknown, checked: boolean | undefined): JsonObject | undefined {
  if (type === undefined) return checked === true ? { type: 'supervised-with-id-verification' } : undefined;
  if (type === SUPERVISION_TYPES.unsupervised && checked !== true) return { type: 'unsupervised-no-id-verification' };
  if (type === SUPERVISION_TYPES.supervised && checked !== true) return { type: 'supervised-no-id-verification' };
  if (type === SUPERVISION_TYPES.onsite && checked !== false) {
    return { type: 'supervised-with-id-verification', setting: 'onsite' };
  }
  // "supervised online" alone does not say whether identity was verified.
  if (type === SUPERVISION_TYPES.online && checked === true) {
    return { type: 'supervised-with-id-verification', setting: 'online' };
  }
  if (type === SUPERVISION_TYPES.online && checked === false) return { type: 'supervised-no-id-verification' };
  return undefined;
}

/** A QA alignment whose `targetCode` is a QA type code or concept URI, else kept (a decision number is no type). */
function readQa(ctx: ReadContext, alignment: JsonObject, i: number): JsonObject[] {
  const code = text(alignment['targetCode']);
  const url = text(alignment['targetUrl']);
  const type =
    code !== undefined && (QA_TYPES as readonly string[]).includes(code)
      ? code
      : code !== undefined && /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(code)
        ? (vocabularyCodeFromUri('qa-types', code) ?? { id: code })
        : undefined;
  if (type === undefined) {
    unmappable(ctx, 'unknown-concept', [...PATH, 'alignment', i], alignment, 'A QA alignment without a QA type');
    return [];
  }
  const typeUrl = typeof type === 'string' ? vocabularyUri('qa-types', type as (typeof QA_TYPES)[number]) : type.id;
  const name = text(alignment['targetName']);
  return [
    compact({
      type,
      title: name === undefined || name === code ? undefined : name,
      landingPage: url !== undefined && url !== typeUrl && /^https?:\/\/[^\s/?#]+\S*$/.test(url) ? url : undefined,
    }),
  ];
}
