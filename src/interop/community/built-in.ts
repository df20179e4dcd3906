import {
  ASSESSMENT_TYPES,
  assessmentConcept,
  EDUCREDENTIAL_ACHIEVEMENT,
  EDUCREDENTIAL_CONTEXT,
  PARTICIPATION_READ,
  QA_TARGET_TYPE,
  SUPERVISION_TYPES,
} from '../../eudi/dc4eu/terms.js';
import type { CommunityAssessmentType, CommunityExtension, CommunityTerm } from './types.js';

/**
 * The Edubadges / educredentials micro-credential terms (educredentials/obv3-examples
 * `contexts/educredential.json`, `schemas/microcredential*.json`), with the alignment spellings of the
 * Edubadges production serializer (`ext:<framework>Alignment`) and of the newer Edubadges model
 * (`ext:EQFLevel`). The value tables are the ones the DC4EU attestation reader uses.
 */
const EDUBADGES_TERMS: readonly CommunityTerm[] = [
  { kind: 'credits', property: 'ECTS', unit: 'ECTS' },
  // SBU: Dutch study-load hours (MBO); timeInvestment: hours of learning. Both are notional hours.
  { kind: 'hours', property: 'SBU' },
  { kind: 'hours', property: 'timeInvestment' },
  {
    kind: 'participation',
    property: 'participationType',
    values: PARTICIPATION_READ as Extract<CommunityTerm, { kind: 'participation' }>['values'],
  },
  {
    kind: 'assessment',
    property: 'assessmentType',
    values: Object.fromEntries(
      ASSESSMENT_TYPES.map((v): [string, CommunityAssessmentType] => [
        v,
        v === 'portfolio' ? 'portfolio' : { id: assessmentConcept(v), label: v },
      ]),
    ),
  },
  {
    kind: 'supervision',
    property: 'supervisionType',
    identityProperty: 'identityChecked',
    values: {
      [SUPERVISION_TYPES.unsupervised]: {
        unchecked: { type: 'unsupervised-no-id-verification' },
        unstated: { type: 'unsupervised-no-id-verification' },
      },
      [SUPERVISION_TYPES.supervised]: {
        unchecked: { type: 'supervised-no-id-verification' },
        unstated: { type: 'supervised-no-id-verification' },
      },
      // "supervised online" alone does not say whether identity was verified.
      [SUPERVISION_TYPES.online]: {
        checked: { type: 'supervised-with-id-verification', setting: 'online' },
        unchecked: { type: 'supervised-no-id-verification' },
      },
      [SUPERVISION_TYPES.onsite]: {
        checked: { type: 'supervised-with-id-verification', setting: 'onsite' },
        unstated: { type: 'supervised-with-id-verification', setting: 'onsite' },
      },
    },
  },
  { kind: 'level-alignment', targetTypes: ['ext:EQF', 'ext:EQFAlignment', 'ext:EQFLevel'] },
  // The Dutch micro-credential framework requires an accredited (NVAO) provider: external QA.
  { kind: 'qa-alignment', targetTypes: [QA_TARGET_TYPE], qaType: 'external-quality-assurance' },
  { kind: 'grade', resultTypes: ['ext:ECTSGradeScore'] },
];

const edubadges: CommunityExtension = {
  id: 'edubadges',
  name: 'Edubadges (educredentials OB 3.0 extension)',
  source: EDUCREDENTIAL_CONTEXT,
  match: { contexts: [EDUCREDENTIAL_CONTEXT], types: [EDUCREDENTIAL_ACHIEVEMENT] },
  terms: EDUBADGES_TERMS,
};

const edubadgesModel: CommunityExtension = {
  id: 'edubadges-model',
  name: 'Edubadges metadata model (EdubadgesAchievement)',
  source: 'https://github.com/edubadges/edubadges-server/wiki/Edubadges-Metadata-Model-OB3',
  match: { types: ['EdubadgesAchievement'] },
  // In this model `creditsAvailable` holds the ECTS credits.
  terms: [{ kind: 'credits', property: 'creditsAvailable', unit: 'ECTS' }, ...EDUBADGES_TERMS],
};

const dc4eu: CommunityExtension = {
  id: 'dc4eu',
  name: 'DC4EU micro-credential (urn:eudi:micro_credential:1)',
  source: 'https://github.com/dc4eu/vc/blob/main/metadata/vctm_microcredential.json',
  match: { vct: ['urn:eudi:micro_credential:1'] },
  // The DC4EU Go model writes SBU under the JSON key `sbu`.
  terms: [...EDUBADGES_TERMS, { kind: 'hours', property: 'sbu' }],
};

const myNextId: CommunityExtension = {
  id: 'mynextid',
  name: 'MyNextID micro-credential v1',
  source: 'https://github.com/MyNextID/credentials/tree/main/microcredential/v1',
  // `achievementType: MicroCredential` alone does not state a credit unit: this extension is not applied by
  // default, only when a caller who knows the issuer passes it (its `ectsPoints` input becomes creditsAvailable).
  match: { achievementTypes: ['MicroCredential'] },
  terms: [{ kind: 'credits', property: 'creditsAvailable', unit: 'ECTS' }],
};

/**
 * The built-in community extensions: `edubadges` (educredentials OB 3.0 terms, all three Edubadges
 * spellings), `edubadgesModel` (the `EdubadgesAchievement` model, where `creditsAvailable` is ECTS), `dc4eu`
 * (`urn:eudi:micro_credential:1`) and `myNextId` (MyNextID micro-credentials, where `creditsAvailable` is
 * ECTS; not applied by default because nothing in the document says so).
 *
 * @example
 * ```ts
 * import { communityExtensions, defaultCommunityExtensions, fromOpenBadge } from 'microcred/interop';
 * declare const badge: unknown;
 * // A MyNextID issuer: read its creditsAvailable as ECTS.
 * fromOpenBadge(badge, { extensions: [...defaultCommunityExtensions, communityExtensions.myNextId] });
 * ```
 * @category Interop
 */
export const communityExtensions: {
  readonly edubadges: CommunityExtension;
  readonly edubadgesModel: CommunityExtension;
  readonly dc4eu: CommunityExtension;
  readonly myNextId: CommunityExtension;
} = Object.freeze({ edubadges, edubadgesModel, dc4eu, myNextId });

/**
 * The community extensions the importers apply when no `extensions` option is given: those a document
 * activates by its own context, type or `vct` (`edubadgesModel`, `edubadges`, `dc4eu`).
 *
 * @example
 * ```ts
 * import { defaultCommunityExtensions } from 'microcred/interop';
 * defaultCommunityExtensions.map((e) => e.id); // ['edubadges-model', 'edubadges', 'dc4eu']
 * ```
 * @category Interop
 */
export const defaultCommunityExtensions: readonly CommunityExtension[] = Object.freeze([
  edubadgesModel,
  edubadges,
  dc4eu,
]);
