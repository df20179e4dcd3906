import { MicrocredInteropError } from '../../errors.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import type { Provider } from '../../model/provider.js';
import { compact, type JsonObject } from '../shared/json.js';
import { type Text, toLanguageMap } from '../shared/text.js';
import { EDC_CONTEXT, EDC_SCHEMA, listConcept, VC1_CONTEXT } from './concepts.js';
import { languageConcept } from './language.js';
import { countryConcept, toOrganisation } from './organisation.js';
import { codeTitle, toQualification } from './to-specification.js';

/**
 * The image EDC shows for a credential (its `displayParameter`), which the EDC shapes require.
 *
 * @example
 * ```ts
 * import type { ElmDisplayImage } from 'microcred/interop';
 * const display: ElmDisplayImage = { content: 'iVBORw0KGgo...', mediaType: 'image/png' };
 * ```
 * @category Interop
 */
export interface ElmDisplayImage {
  /** The image, base64-encoded. */
  readonly content: string;
  /** Its media type. */
  readonly mediaType: 'image/png' | 'image/jpeg';
}

/** What the ELM writer needs beyond the model, resolved by `toElm`. */
export interface ElmSettings {
  readonly id: string | undefined;
  readonly issuerId: string | undefined;
  readonly issued: string;
  readonly language: string;
  readonly display: ElmDisplayImage;
}

/** The awarding process is one node, referenced by the assessment (a blank node: ELM needs no IRI for it). */
const AWARDING_PROCESS = '_:awarding-process';
const FILE_TYPES = 'http://publications.europa.eu/resource/authority/file-type';
const ENCODING = 'http://data.europa.eu/snb/encoding/';

/** The native ELM 3 European Digital Credential of a model, without the microcred extension terms. */
export function toNativeElm(mc: MicroCredential, s: ElmSettings): JsonObject {
  const lang = s.language;
  const map = (t: Text | undefined) => (t === undefined ? undefined : toLanguageMap(t, lang));
  const awardedBy = {
    id: AWARDING_PROCESS,
    type: 'AwardingProcess',
    awardingBody: mc.awardingBodies.map((b, i) => organisation(b, lang, false, ['awardingBodies', i, 'country'])),
    awardingDate: mc.issued,
  };
  const learner = mc.learner;
  const primary = languageConcept(lang);
  const languages = [...new Set([lang, ...(typeof mc.title === 'string' ? [] : Object.keys(mc.title))])];
  return compact({
    '@context': [VC1_CONTEXT, EDC_CONTEXT],
    id: s.id,
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    credentialProfiles: [listConcept('credential-types', 'generic')],
    credentialSchema: [{ id: EDC_SCHEMA, type: 'ShaclValidator2017' }],
    displayParameter: {
      type: 'DisplayParameter',
      title: map(mc.title),
      language: languages.flatMap((l) => languageConcept(l) ?? []),
      primaryLanguage: primary,
      individualDisplay: [
        {
          type: 'IndividualDisplay',
          language: primary,
          displayDetail: [{ type: 'DisplayDetail', image: mediaObject(s.display), page: 1 }],
        },
      ],
    },
    issuer: organisation({ ...mc.issuer, ...(s.issuerId === undefined ? {} : { id: s.issuerId }) }, lang, true, [
      'issuer',
      'country',
    ]),
    issued: s.issued,
    validFrom: mc.validFrom ?? mc.issued,
    validUntil: mc.validUntil,
    credentialSubject: compact({
      id: learner.id,
      type: 'Person',
      fullName: learner.fullName === undefined ? undefined : { [lang]: learner.fullName },
      givenName: learner.givenName === undefined ? undefined : { [lang]: learner.givenName },
      familyName: learner.familyName === undefined ? undefined : { [lang]: learner.familyName },
      dateOfBirth: learner.dateOfBirth === undefined ? undefined : `${learner.dateOfBirth}T00:00:00Z`,
      nationalID: nationalIdOf(learner.nationalId),
      identifier: learner.identifiers?.map((i) => ({ type: 'Identifier', notation: i.value, schemeName: i.type })),
      contactPoint:
        learner.email === undefined
          ? undefined
          : [{ type: 'ContactPoint', emailAddress: { id: `mailto:${learner.email}`, type: 'Mailbox' } }],
      hasClaim: compact({
        type: 'LearningAchievement',
        title: map(mc.title),
        description: map(mc.description),
        awardedBy,
        provenBy: mc.grade === undefined ? undefined : [assessmentOf(mc, lang)],
        specifiedBy: toQualification(mc, lang),
      }),
    }),
  });
}

function organisation(p: Provider, lang: string, legalId: boolean, path: (string | number)[]): JsonObject {
  const org = toOrganisation(p, lang, legalId);
  if (org === undefined) throw new MicrocredInteropError(path, `EDC has no country concept for ${p.country}`);
  return org;
}

function nationalIdOf(id: MicroCredential['learner']['nationalId']): JsonObject | undefined {
  const spatial = id === undefined ? undefined : countryConcept(id.country);
  return id === undefined || spatial === undefined
    ? undefined
    : { type: 'LegalIdentifier', notation: id.notation, spatial };
}

function mediaObject(d: ElmDisplayImage): JsonObject {
  const type = d.mediaType === 'image/png' ? 'PNG' : 'JPEG';
  return {
    type: 'MediaObject',
    content: d.content,
    contentType: { id: `${FILE_TYPES}/${type}`, type: 'Concept', inScheme: { id: FILE_TYPES, type: 'ConceptScheme' } },
    contentEncoding: {
      id: `${ENCODING}6146cde7dd`,
      type: 'Concept',
      inScheme: { id: `${ENCODING}25831c2`, type: 'ConceptScheme' },
    },
  };
}

/** The learner's assessment (ELM requires a grade on it, so it exists only when the model has one). */
function assessmentOf(mc: MicroCredential, lang: string): JsonObject {
  const grade = mc.grade as NonNullable<MicroCredential['grade']>;
  const firstType = mc.assessment.types[0];
  return compact({
    type: 'LearningAssessment',
    title: typeof firstType === 'string' ? codeTitle(firstType, lang) : { [lang]: 'assessment' },
    grade: { type: 'Note', noteLiteral: { [lang]: grade.value } },
    awardedBy: AWARDING_PROCESS,
    dateIssued: mc.assessment.date,
    idVerification: listConcept('supervision-types', mc.supervision?.type),
    specifiedBy:
      grade.scheme === undefined
        ? undefined
        : {
            type: 'LearningAssessmentSpecification',
            title: { [lang]: grade.scheme },
            gradingScheme: { type: 'GradingScheme', title: { [lang]: grade.scheme } },
          },
  });
}
