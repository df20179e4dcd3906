import { describe, expect, it } from 'vitest';
import {
  STACKABILITY_TYPES,
  SUPERVISION_SETTINGS,
  SUPERVISION_TYPES,
  VOCABULARIES,
  vocabularyCodeFromUri,
  vocabularyUri,
} from '../../src/vocab/index.js';

describe('Annex I enumerations', () => {
  it('has the three supervision values, the two settings and the two stackability options', () => {
    expect(SUPERVISION_TYPES).toEqual([
      'unsupervised-no-id-verification',
      'supervised-no-id-verification',
      'supervised-with-id-verification',
    ]);
    expect(SUPERVISION_SETTINGS).toEqual(['online', 'onsite']);
    expect(STACKABILITY_TYPES).toEqual(['stand-alone', 'integrated']);
  });

  it('maps only the two known ELM supervision-verification URIs', () => {
    const scheme = 'http://data.europa.eu/snb/supervision-verification/';
    expect(VOCABULARIES['supervision-types'].schemeUri).toBe(`${scheme}25831c2`);
    expect(vocabularyUri('supervision-types', 'unsupervised-no-id-verification')).toBe(`${scheme}c598449d64`);
    expect(vocabularyUri('supervision-types', 'supervised-with-id-verification')).toBe(`${scheme}70be69aaf9`);
    expect(vocabularyUri('supervision-types', 'supervised-no-id-verification')).toBeUndefined();
    expect(vocabularyCodeFromUri('supervision-types', `${scheme}c598449d64`)).toBe('unsupervised-no-id-verification');
    expect(vocabularyCodeFromUri('supervision-types', `${scheme}70be69aaf9`)).toBe('supervised-with-id-verification');
    expect(vocabularyCodeFromUri('supervision-types', `${scheme}25831c2`)).toBeUndefined();
  });
});
