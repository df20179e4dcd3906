/**
 * English labels of the short lists a report's findings name (QF-EHEA cycles, supervision types, credit units).
 * `enVocabularyLabels` takes them from here, and so does the English default of `formatReport`, which thereby
 * needs neither the rest of the English labels nor the error messages.
 *
 * @module
 */

/** QF-EHEA cycles in English. */
export const EN_QF_EHEA_CYCLE_LABELS: Readonly<Record<string, string>> = {
  short: 'Short cycle',
  first: 'First cycle',
  second: 'Second cycle',
  third: 'Third cycle',
};

/** The Annex's supervision types in English. */
export const EN_SUPERVISION_TYPE_LABELS: Readonly<Record<string, string>> = {
  'unsupervised-no-id-verification': 'Unsupervised, with no identity verification',
  'supervised-no-id-verification': 'Supervised, with no identity verification',
  'supervised-with-id-verification': 'Supervised online or onsite, with identity verification',
};

/** Credit units in English. */
export const EN_CREDIT_UNIT_LABELS: Readonly<Record<string, string>> = {
  ECTS: 'ECTS credits',
  HOURS: 'notional hours',
  'UK-CATS': 'UK credits (CATS)',
  'NZ-CREDIT': 'New Zealand credits',
  'US-SCH': 'US semester credit hours',
  ECVET: 'ECVET points',
};
