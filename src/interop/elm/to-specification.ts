import type { MicroCredential } from '../../model/micro-credential.js';
import type { QualityAssurance } from '../../model/quality-assurance.js';
import { eqfLevelUri, iscedFUri, VOCABULARIES } from '../../vocab/index.js';
import { compact, type JsonObject, nonEmpty } from '../shared/json.js';
import { type Text, toLanguageMap } from '../shared/text.js';
import { concept, ESCO_SKILL_PREFIX, ESCO_SKILLS_SCHEME, listConcept } from './concepts.js';
import { hoursToDuration } from './duration.js';
import { languageConcept } from './language.js';
import { toOrganisation } from './organisation.js';

export const QDR_PREFIX = 'http://data.europa.eu/snb/qdr/';
const QDR_SCHEME = `${QDR_PREFIX}25831c2`;

/** A code of an ELM list in words, the title ELM requires of a specification: `project-work` → `project work`. */
export function codeTitle(code: string, language: string): Record<string, string> {
  return { [language]: code.replaceAll('-', ' ') };
}

const note = (t: Text, language: string): JsonObject => ({ type: 'Note', noteLiteral: toLanguageMap(t, language) });
const midnight = (date: string): string => `${date}T00:00:00Z`;

/** The ELM `Qualification` (the specification of the achievement) of a model. */
export function toQualification(mc: MicroCredential, language: string): JsonObject {
  const map = (t: Text | undefined) => (t === undefined ? undefined : toLanguageMap(t, language));
  const level = 'notApplicable' in mc.level ? undefined : mc.level;
  const credits = (mc.workload.credits ?? []).flatMap((c) => {
    const framework = listConcept('credit-systems', c.unit);
    return framework === undefined ? [] : [{ type: 'CreditPoint', framework, point: c.value }];
  });
  return compact({
    id: mc.specificationId,
    type: 'Qualification',
    title: map(mc.title),
    description: map(mc.description),
    eqfLevel:
      level?.eqf === undefined ? undefined : concept(eqfLevelUri(level.eqf), VOCABULARIES['eqf-levels'].schemeUri),
    nqfLevel: nonEmpty(
      (level?.nqf ?? []).flatMap((n) => (n.uri?.startsWith(QDR_PREFIX) === true ? [concept(n.uri, QDR_SCHEME)] : [])),
    ),
    thematicArea: mc.subject?.map((code) => concept(iscedFUri(code), VOCABULARIES['isced-fields'].schemeUri)),
    creditPoint: nonEmpty(credits),
    volumeOfLearning: mc.workload.hours === undefined ? undefined : hoursToDuration(mc.workload.hours),
    learningOutcome: mc.learningOutcomes.map((o) =>
      compact({
        id: o.id,
        type: 'LearningOutcome',
        title: toLanguageMap(o.text, language),
        dcType: listConcept('skill-types', o.type),
        reusabilityLevel: listConcept('skill-reuse-levels', o.reusabilityLevel),
        relatedESCOSkill: nonEmpty(
          (o.relatedSkills ?? [])
            .filter((s) => s.startsWith(ESCO_SKILL_PREFIX))
            .map((s) => concept(s, ESCO_SKILLS_SCHEME)),
        ),
        relatedSkill: nonEmpty(
          (o.relatedSkills ?? []).filter((s) => !s.startsWith(ESCO_SKILL_PREFIX)).map((s) => concept(s)),
        ),
      }),
    ),
    mode: nonEmpty((mc.participation.modes ?? []).flatMap((m) => listConcept('participation-modes', m) ?? [])),
    learningSetting: listConcept('learning-settings', mc.participation.setting),
    influencedBy: nonEmpty(
      (mc.participation.activities ?? []).flatMap((a) =>
        typeof a === 'string'
          ? [
              {
                type: 'LearningActivitySpecification',
                title: codeTitle(a, language),
                dcType: listConcept('learning-activity-types', a),
              },
            ]
          : [],
      ),
    ),
    provenBy: mc.assessment.types.flatMap((t) => {
      if (typeof t !== 'string') {
        const title = t.label === undefined ? { [language]: t.id } : toLanguageMap(t.label, language);
        return [
          {
            type: 'LearningAssessmentSpecification',
            title,
            dcType: compact({ ...concept(t.id, t.scheme), prefLabel: t.label === undefined ? undefined : title }),
          },
        ];
      }
      const dcType = listConcept('assessment-types', t);
      return dcType === undefined
        ? []
        : [{ type: 'LearningAssessmentSpecification', title: codeTitle(t, language), dcType }];
    }),
    entryRequirement: mc.prerequisites === undefined ? undefined : note(mc.prerequisites, language),
    language: nonEmpty((mc.language ?? []).flatMap((tag) => languageConcept(tag) ?? [])),
    accreditation: nonEmpty(mc.qualityAssurance.flatMap((qa) => toAccreditation(qa, language) ?? [])),
    additionalNote:
      mc.furtherInformation?.note === undefined ? undefined : [note(mc.furtherInformation.note, language)],
    supplementaryDocument: mc.furtherInformation?.links?.map((url) => ({ type: 'WebResource', contentURL: url })),
  });
}

/**
 * An ELM `Accreditation`, when the record has what ELM requires: an ELM type and an accrediting body with a
 * country. Jurisdictions are not written: EDC takes ATU regions there, not countries.
 */
function toAccreditation(qa: QualityAssurance, language: string): JsonObject | undefined {
  const dcType = typeof qa.type === 'string' ? listConcept('qa-types', qa.type) : undefined;
  const agent = qa.accreditedBy;
  if (dcType === undefined || agent?.country === undefined || typeof qa.type !== 'string') return undefined;
  const accreditingAgent = toOrganisation({ ...agent, country: agent.country }, language, false);
  if (accreditingAgent === undefined) return undefined;
  return compact({
    id: qa.id,
    type: 'Accreditation',
    dcType,
    title: qa.title === undefined ? codeTitle(qa.type, language) : toLanguageMap(qa.title, language),
    accreditingAgent,
    dateIssued: qa.issued === undefined ? undefined : midnight(qa.issued),
    expiryDate: qa.expiry === undefined ? undefined : midnight(qa.expiry),
    limitEQFLevel: qa.limitEqfLevels?.map((l) => concept(eqfLevelUri(l), VOCABULARIES['eqf-levels'].schemeUri)),
    limitField: qa.limitFields?.map((f) => concept(iscedFUri(f), VOCABULARIES['isced-fields'].schemeUri)),
    landingPage: qa.landingPage === undefined ? undefined : [{ type: 'WebResource', contentURL: qa.landingPage }],
  });
}
