/**
 * English labels for every code of every vocabulary list. The long lists (ISCED-F fields, countries,
 * languages and the ELM lists) are generated from their official sources into
 * `src/vocab/data/labels-en.ts`; the rest is written here.
 *
 * @module
 */

import { EN_GENERATED_LABEL_DATA as generated } from '../../vocab/data/labels-en.js';
import type { VocabularyLabels } from '../../vocab/index.js';

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
  'qf-ehea-cycles': {
    short: 'Short cycle',
    first: 'First cycle',
    second: 'Second cycle',
    third: 'Third cycle',
  },
  'isced-fields': generated['isced-fields'],
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
  countries: generated.countries,
  languages: generated.languages,
  'supervision-types': {
    'unsupervised-no-id-verification': 'Unsupervised, with no identity verification',
    'supervised-no-id-verification': 'Supervised, with no identity verification',
    'supervised-with-id-verification': 'Supervised online or onsite, with identity verification',
  },
  'supervision-settings': {
    online: 'Online',
    onsite: 'Onsite',
  },
  'stackability-types': {
    'stand-alone': 'Stand-alone, independent micro-credential',
    integrated: 'Integrated, stackable towards another credential',
  },
  'assessment-types': { ...generated['assessment-types'], none: 'Not assessed' },
  'participation-modes': generated['participation-modes'],
  'learning-activity-types': generated['learning-activity-types'],
  'learning-settings': generated['learning-settings'],
  'learning-schedule-types': generated['learning-schedule-types'],
  'learning-opportunity-types': generated['learning-opportunity-types'],
  'target-groups': generated['target-groups'],
  'qa-types': {
    ...generated['qa-types'],
    'internal-quality-assurance': 'Internal quality assurance',
    'external-quality-assurance': 'External quality assurance',
  },
  'skill-types': generated['skill-types'],
  'skill-reuse-levels': generated['skill-reuse-levels'],
  'credential-types': generated['credential-types'],
  'credit-systems': generated['credit-systems'],
  'credit-units': {
    ECTS: 'ECTS credits',
    HOURS: 'notional hours',
    'UK-CATS': 'UK credits (CATS)',
    'NZ-CREDIT': 'New Zealand credits',
    'US-SCH': 'US semester credit hours',
    ECVET: 'ECVET points',
  },
};
