import { describe, expect, it } from 'vitest';
import {
  EQF_LEVELS,
  EQF_SCHEME_URI,
  eqfForQfEheaCycle,
  eqfLevelFromUri,
  eqfLevelUri,
  ISCED_LEVELS,
  isEqfLevel,
  isIscedLevel,
  QF_EHEA_CYCLE_INFO,
  QF_EHEA_CYCLES,
  qfEheaCycleForEqf,
} from '../../src/vocab/index.js';
import { readElmVocab } from './elm-files.js';

describe('EQF', () => {
  const official = readElmVocab('eqf.json');

  it('has levels 1 to 8 and the official scheme', () => {
    expect(EQF_LEVELS).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(EQF_SCHEME_URI).toBe(official.conceptScheme);
  });

  it('round-trips every official URI', () => {
    expect(official.values).toHaveLength(8);
    for (const { uri } of official.values) {
      const level = eqfLevelFromUri(uri);
      expect(level).toBeDefined();
      if (level !== undefined) expect(eqfLevelUri(level)).toBe(uri);
    }
    expect(EQF_LEVELS.map(eqfLevelUri)).toEqual(official.values.map((v) => v.uri));
  });

  it('rejects what is not a level', () => {
    for (const v of [0, 9, 6.5, '6', Number.NaN, null, undefined]) expect(isEqfLevel(v)).toBe(false);
    for (const uri of [
      'http://data.europa.eu/snb/eqf/9',
      'http://data.europa.eu/snb/eqf/06',
      'https://data.europa.eu/snb/eqf/6',
      'http://data.europa.eu/snb/eqf/25831c2',
      42,
    ]) {
      expect(eqfLevelFromUri(uri)).toBeUndefined();
    }
  });
});

describe('QF-EHEA cycles', () => {
  it('map to EQF 5–8 and back', () => {
    expect(QF_EHEA_CYCLES).toEqual(['short', 'first', 'second', 'third']);
    expect(QF_EHEA_CYCLES.map(eqfForQfEheaCycle)).toEqual([5, 6, 7, 8]);
    for (const cycle of QF_EHEA_CYCLES) expect(qfEheaCycleForEqf(eqfForQfEheaCycle(cycle))).toBe(cycle);
    for (const level of [1, 2, 3, 4, 9, '7']) expect(qfEheaCycleForEqf(level)).toBeUndefined();
  });

  it('hold the ECTS Users’ Guide figures as decimal strings, without invented minima', () => {
    expect(QF_EHEA_CYCLE_INFO.short).toEqual({ eqfLevel: 5, iscedLevel: 5, typicalEcts: ['120'] });
    expect(QF_EHEA_CYCLE_INFO.first).toEqual({ eqfLevel: 6, iscedLevel: 6, typicalEcts: ['180', '240'] });
    expect(QF_EHEA_CYCLE_INFO.second).toEqual({
      eqfLevel: 7,
      iscedLevel: 7,
      typicalEcts: ['90', '120'],
      minEcts: '60',
    });
    expect(QF_EHEA_CYCLE_INFO.third).toEqual({ eqfLevel: 8, iscedLevel: 8, typicalEcts: [] });
  });
});

describe('ISCED 2011 levels', () => {
  it('are 0 to 8', () => {
    expect(ISCED_LEVELS).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ISCED_LEVELS.every(isIscedLevel)).toBe(true);
    for (const v of [-1, 9, 1.5, '0', 'ED6']) expect(isIscedLevel(v)).toBe(false);
  });
});
