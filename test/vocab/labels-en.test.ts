import { describe, expect, it } from 'vitest';
import { CREDIT_UNITS } from '../../src/credit/units.js';
import { enVocabularyLabels } from '../../src/locales/en/vocab.js';
import {
  ISCED_LEVELS,
  QF_EHEA_CYCLES,
  STACKABILITY_TYPES,
  SUPERVISION_SETTINGS,
  VOCABULARIES,
  VOCABULARY_LABEL_LISTS,
  type VocabularyLabelList,
} from '../../src/vocab/index.js';
import { lastSegment, readElmVocab } from './elm-files.js';

type Codes = readonly (string | number)[];

/** The codes a label list must label, from the vocab exports (credit units from src/credit). */
function expectedCodes(list: VocabularyLabelList): Codes {
  switch (list) {
    case 'qf-ehea-cycles':
      return QF_EHEA_CYCLES;
    case 'isced-levels':
      return ISCED_LEVELS;
    case 'supervision-settings':
      return SUPERVISION_SETTINGS;
    case 'stackability-types':
      return STACKABILITY_TYPES;
    case 'credit-units':
      return CREDIT_UNITS;
    default:
      return VOCABULARIES[list].codes;
  }
}

describe('enVocabularyLabels', () => {
  it('has exactly the label lists', () => {
    expect(Object.keys(enVocabularyLabels).sort()).toEqual([...VOCABULARY_LABEL_LISTS].sort());
  });

  it.each([...VOCABULARY_LABEL_LISTS])('labels every code of %s, and nothing else', (list) => {
    const labels = enVocabularyLabels[list];
    expect(Object.keys(labels).sort()).toEqual(expectedCodes(list).map(String).sort());
    for (const label of Object.values(labels)) {
      expect(label.trim()).toBe(label);
      expect(label.length).toBeGreaterThan(0);
    }
  });

  it('uses the official English labels of ISCED-F and EQF', () => {
    for (const { uri, label } of readElmVocab('isced-f.json').values) {
      expect(enVocabularyLabels['isced-fields'][lastSegment(uri)]).toBe(label);
    }
    for (const { uri, label } of readElmVocab('eqf.json').values) {
      expect(enVocabularyLabels['eqf-levels'][lastSegment(uri)]).toBe(label);
    }
    expect(enVocabularyLabels['isced-fields']['0613']).toBe('Software and applications development and analysis');
  });

  it('names countries, languages and credit units in English', () => {
    expect(enVocabularyLabels.countries['GR']).toBe('Greece');
    expect(enVocabularyLabels.languages['ga']).toBe('Irish');
    expect(enVocabularyLabels['credit-units']['HOURS']).toBe('notional hours');
    expect(enVocabularyLabels['credit-units']['US-SCH']).toBe('US semester credit hours');
    expect(enVocabularyLabels['participation-modes']['onsite']).toBe('Presential');
    expect(enVocabularyLabels['assessment-types']['none']).toBe('Not assessed');
  });
});
