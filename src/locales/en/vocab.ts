/**
 * English labels for every code of every vocabulary list. The long lists (ISCED-F fields, countries,
 * languages and the ELM lists) are generated from their official sources into
 * `src/vocab/data/labels-en.ts`; the rest is written here and in `report-labels.ts`.
 *
 * @module
 */

import * as generated from '../../vocab/data/labels-en.js';
import type { VocabularyLabels } from '../../vocab/index.js';
import { EN_CREDIT_UNIT_LABELS, EN_QF_EHEA_CYCLE_LABELS, EN_SUPERVISION_TYPE_LABELS } from './report-labels.js';

/**
 * English labels, keyed by list (`VocabularyLabelList` in `microcred`) and then by code. ISCED-F and ELM labels are
 * the official English labels, verbatim; country names come from i18n-iso-countries and language names
 * from the `langs` package (ISO 639 English names). Numeric codes are keyed as strings (`'6'`).
 *
 * @example
 * ```ts
 * import { enVocabularyLabels } from 'microcred/locales';
 * enVocabularyLabels['isced-fields']['0613']; // 'Software and applications development and analysis'
 * enVocabularyLabels['credit-units']['US-SCH']; // 'US semester credit hours'
 * ```
 * @category Vocabularies
 */
export const enVocabularyLabels: VocabularyLabels = {
  'eqf-levels': {
    '1': 'Level 1',
    '2': 'Level 2',
    '3': 'Level 3',
    '4': 'Level 4',
    '5': 'Level 5',
    '6': 'Level 6',
    '7': 'Level 7',
    '8': 'Level 8',
  },
  'qf-ehea-cycles': EN_QF_EHEA_CYCLE_LABELS,
  'isced-fields': generated.EN_LABELS_ISCED_FIELDS,
  'isced-levels': {
    '0': 'Early childhood education',
    '1': 'Primary education',
    '2': 'Lower secondary education',
    '3': 'Upper secondary education',
    '4': 'Post-secondary non-tertiary education',
    '5': 'Short-cycle tertiary education',
    '6': "Bachelor's or equivalent level",
    '7': "Master's or equivalent level",
    '8': 'Doctoral or equivalent level',
  },
  countries: generated.EN_LABELS_COUNTRIES,
  languages: generated.EN_LABELS_LANGUAGES,
  'supervision-types': EN_SUPERVISION_TYPE_LABELS,
  'supervision-settings': {
    online: 'Online',
    onsite: 'Onsite',
  },
  'stackability-types': {
    'stand-alone': 'Stand-alone, independent micro-credential',
    integrated: 'Integrated, stackable towards another credential',
  },
  'assessment-types': { ...generated.EN_LABELS_ASSESSMENT_TYPES, none: 'Not assessed' },
  'participation-modes': generated.EN_LABELS_PARTICIPATION_MODES,
  'learning-activity-types': generated.EN_LABELS_LEARNING_ACTIVITY_TYPES,
  'learning-settings': generated.EN_LABELS_LEARNING_SETTINGS,
  'learning-schedule-types': generated.EN_LABELS_LEARNING_SCHEDULE_TYPES,
  'learning-opportunity-types': generated.EN_LABELS_LEARNING_OPPORTUNITY_TYPES,
  'target-groups': generated.EN_LABELS_TARGET_GROUPS,
  'qa-types': {
    ...generated.EN_LABELS_QA_TYPES,
    'internal-quality-assurance': 'Internal quality assurance',
    'external-quality-assurance': 'External quality assurance',
  },
  'skill-types': generated.EN_LABELS_SKILL_TYPES,
  'skill-reuse-levels': generated.EN_LABELS_SKILL_REUSE_LEVELS,
  'credential-types': generated.EN_LABELS_CREDENTIAL_TYPES,
  'credit-systems': generated.EN_LABELS_CREDIT_SYSTEMS,
  'credit-units': EN_CREDIT_UNIT_LABELS,
};
