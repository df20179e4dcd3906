import { ectsNumber } from '../../interop/ob3/to-native.js';
import { asArray, compact, type JsonObject } from '../../interop/shared/json.js';
import { firstText } from '../../interop/shared/text.js';
import type { MicroCredential } from '../../model/micro-credential.js';
import { vocabularyUri } from '../../vocab/index.js';
import {
  ASSESSMENT_OF_ELM,
  ASSESSMENT_TYPES,
  assessmentConcept,
  EDUCREDENTIAL_ACHIEVEMENT,
  EDUCREDENTIAL_CONTEXT,
  PARTICIPATION_OF_MODE,
  QA_TARGET_TYPE,
  SUPERVISION_TYPES,
} from './terms.js';

/**
 * Adds to an Open Badges export the DC4EU claims that carry Annex I elements plain Open Badges cannot:
 * `ECTS`, `assessmentType`, `participationType`, `supervisionType` and `identityChecked` on the achievement (with the
 * Edubadges context and type that define them), and one `ext:QualityAssurance` alignment per quality-assurance
 * record that has a URL to point at. Returns a new document.
 */
export function withDc4euTerms(doc: JsonObject, mc: MicroCredential): JsonObject {
  const subject = doc['credentialSubject'] as JsonObject;
  const achievement = subject['achievement'] as JsonObject;
  const terms = compact({
    ECTS: ectsNumber(mc),
    assessmentType: assessmentType(mc),
    participationType: participationType(mc),
    ...supervision(mc),
  });
  const qa = qaAlignments(mc);
  const withTerms = Object.keys(terms).length > 0;
  const next: JsonObject = {
    ...achievement,
    ...(withTerms ? { type: [...asArray(achievement['type']), EDUCREDENTIAL_ACHIEVEMENT] } : {}),
    ...terms,
    ...(qa.length > 0 ? { alignment: [...asArray(achievement['alignment']), ...qa] } : {}),
  };
  return {
    ...doc,
    ...(withTerms ? { '@context': [...asArray(doc['@context']), EDUCREDENTIAL_CONTEXT] } : {}),
    credentialSubject: { ...subject, achievement: next },
  };
}

/** The one `assessmentType` the assessment types map to, if there is exactly one. */
function assessmentType(mc: MicroCredential): string | undefined {
  const values = new Set<string>();
  for (const type of mc.assessment.types) {
    const value =
      typeof type === 'string'
        ? ASSESSMENT_OF_ELM[type]
        : ASSESSMENT_TYPES.find((t) => assessmentConcept(t) === type.id);
    if (value !== undefined) values.add(value);
  }
  return values.size === 1 ? [...values][0] : undefined;
}

/** The one `participationType` the modes (and a volunteering activity) map to, if there is exactly one. */
function participationType(mc: MicroCredential): string | undefined {
  const values = new Set<string>();
  for (const mode of mc.participation.modes ?? []) {
    const value = PARTICIPATION_OF_MODE[mode];
    if (value !== undefined) values.add(value);
  }
  if (mc.participation.activities?.includes('volunteering') === true) values.add('volunteering');
  return values.size === 1 ? [...values][0] : undefined;
}

function supervision(mc: MicroCredential): JsonObject {
  const s = mc.supervision;
  if (s === undefined) return {};
  if (s.type === 'unsupervised-no-id-verification') {
    return { supervisionType: SUPERVISION_TYPES.unsupervised, identityChecked: false };
  }
  if (s.type === 'supervised-no-id-verification') {
    return { supervisionType: SUPERVISION_TYPES.supervised, identityChecked: false };
  }
  return s.setting === undefined
    ? { identityChecked: true }
    : { supervisionType: SUPERVISION_TYPES[s.setting], identityChecked: true };
}

/**
 * A QA record as an alignment: `targetCode` its type (code or concept URI), `targetName` its title (or the
 * code), `targetUrl` its landing page or else its type's concept URI. A record with neither is not written:
 * an Open Badges alignment needs a URL, and pointing at anything else would say something the record does not.
 */
function qaAlignments(mc: MicroCredential): JsonObject[] {
  const out: JsonObject[] = [];
  for (const q of mc.qualityAssurance) {
    const code = typeof q.type === 'string' ? q.type : q.type.id;
    const url = q.landingPage ?? (typeof q.type === 'string' ? vocabularyUri('qa-types', q.type) : q.type.id);
    if (url === undefined) continue;
    out.push({
      type: ['Alignment'],
      targetName: q.title === undefined ? code : firstText(q.title).text,
      targetCode: code,
      targetType: QA_TARGET_TYPE,
      targetUrl: url,
    });
  }
  return out;
}
