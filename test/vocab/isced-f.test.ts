import { describe, expect, it } from 'vitest';
import {
  ISCED_F_CODES,
  ISCED_F_SCHEME_URI,
  iscedFAncestors,
  iscedFFromUri,
  iscedFLevel,
  iscedFParent,
  iscedFUri,
  isIscedFCode,
} from '../../src/vocab/index.js';
import { lastSegment, readElmVocab } from './elm-files.js';

const official = readElmVocab('isced-f.json');
const officialCodes = official.values.map((v) => lastSegment(v.uri));

describe('ISCED-F 2013', () => {
  it('holds the 220 official codes in the official order: 12 broad, 58 narrow, 150 detailed', () => {
    expect(ISCED_F_CODES).toEqual(officialCodes);
    expect(ISCED_F_CODES).toHaveLength(220);
    expect(ISCED_F_CODES.filter((c) => iscedFLevel(c) === 'broad')).toHaveLength(12);
    expect(ISCED_F_CODES.filter((c) => iscedFLevel(c) === 'narrow')).toHaveLength(58);
    expect(ISCED_F_CODES.filter((c) => iscedFLevel(c) === 'detailed')).toHaveLength(150);
    expect(ISCED_F_SCHEME_URI).toBe(official.conceptScheme);
  });

  it('round-trips every official URI', () => {
    for (const { uri } of official.values) {
      const code = iscedFFromUri(uri);
      expect(code).toBeDefined();
      if (code !== undefined) expect(iscedFUri(code)).toBe(uri);
    }
  });

  it('keeps leading zeros: 0613 → 061 → 06, and 613 is not a code', () => {
    expect(isIscedFCode('0613')).toBe(true);
    expect(isIscedFCode('613')).toBe(false);
    expect(isIscedFCode(613)).toBe(false);
    expect(iscedFParent('0613')).toBe('061');
    expect(iscedFParent('061')).toBe('06');
    expect(iscedFParent('06')).toBeUndefined();
    expect(iscedFAncestors('0613')).toEqual(['061', '06']);
    expect(iscedFAncestors('06')).toEqual([]);
    expect(iscedFLevel('0613')).toBe('detailed');
    expect(iscedFLevel('613')).toBeUndefined();
    expect(iscedFParent('613')).toBeUndefined();
    expect(iscedFAncestors('613')).toEqual([]);
  });

  it('gives every non-broad code a parent that is one digit shorter and in the list', () => {
    for (const code of ISCED_F_CODES) {
      const parent = iscedFParent(code);
      if (code.length === 2) {
        expect(parent).toBeUndefined();
      } else {
        expect(parent).toBe(code.slice(0, -1));
      }
      expect(iscedFAncestors(code)).toHaveLength(code.length - 2);
    }
  });

  it('knows the residual codes', () => {
    for (const code of ['000', '0000', '0610', '068', '0688', '0619', '99', '999', '9999']) {
      expect(isIscedFCode(code)).toBe(true);
    }
    expect(iscedFAncestors('9999')).toEqual(['999', '99']);
  });

  it('rejects URIs outside the list', () => {
    for (const uri of [
      'http://data.europa.eu/snb/isced-f/613',
      'http://data.europa.eu/snb/isced-f/0617',
      'https://data.europa.eu/snb/isced-f/0613',
      'http://data.europa.eu/snb/isced-f/25831c2',
      'http://data.europa.eu/snb/isced-f/',
      undefined,
    ]) {
      expect(iscedFFromUri(uri)).toBeUndefined();
    }
  });
});
