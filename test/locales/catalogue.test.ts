import { describe, expect, it } from 'vitest';
import { formatIssue, vocabularyLabel } from '../../src/locales/catalogue.js';
import { en } from '../../src/locales/en/index.js';
import { VOCABULARY_LABEL_LISTS } from '../../src/vocab/index.js';

describe('the English catalogue', () => {
  it('has a label map for every vocabulary list', () => {
    expect(Object.keys(en.vocabulary).sort()).toEqual([...VOCABULARY_LABEL_LISTS].sort());
  });

  it('formats issues from their params, joining lists', () => {
    expect(formatIssue({ code: 'too_small', path: [], message: '', params: { minimum: 1 } }, en)).toBe(
      'Too small: expected at least 1',
    );
    expect(formatIssue({ code: 'at_least_one', path: [], message: '', params: { fields: ['a', 'b'] } }, en)).toBe(
      'At least one of a, b is required',
    );
    expect(formatIssue({ code: 'too_big', path: [], message: '', params: {} }, en)).toBe(
      'Too big: expected at most {maximum}',
    );
  });

  it('looks up labels by list and code, and refuses unknown lists', () => {
    expect(vocabularyLabel('countries', 'EE', en)).toBe('Estonia');
    expect(vocabularyLabel('eqf-levels', 6, en)).toBe('Level 6');
    expect(vocabularyLabel('isced-fields', '0613', en)).toMatch(/Software and applications development/);
    expect(vocabularyLabel('countries', 'XK', en)).toBeUndefined();
    expect(vocabularyLabel('countries', '__proto__', en)).toBeUndefined();
    expect(() => vocabularyLabel('planets' as never, 'x', en)).toThrow(
      expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }),
    );
  });
});
