import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeList, groupedCodes, labelTable, levelledCodes } from '../../src/vocab/own.js';

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const digit = fc.constantFrom(...'0123456789');

describe('groupedCodes', () => {
  it('decodes any sorted set of two-letter codes written one group per first letter', () => {
    const codesArb = fc
      .uniqueArray(
        fc.tuple(letter, letter).map(([a, b]) => `${a}${b}`),
        { minLength: 1, maxLength: 60 },
      )
      .map((codes) => [...codes].sort());
    fc.assert(
      fc.property(codesArb, (codes) => {
        // Oracle: a first letter's group is that letter followed by the second letter of each of its codes.
        const firsts = [...new Set(codes.map((c) => c[0]))];
        const packed = firsts
          .map(
            (f) =>
              f +
              codes
                .filter((c) => c[0] === f)
                .map((c) => c[1])
                .join(''),
          )
          .join(' ');
        expect(groupedCodes(packed)).toEqual(codes);
      }),
    );
  });
});

describe('levelledCodes', () => {
  it('lists each broad field, then its narrow fields, then their detailed fields', () => {
    const fieldArb = fc.record({
      broad: fc.tuple(digit, digit).map(([a, b]) => `${a}${b}`),
      narrow: fc.uniqueArray(fc.record({ last: digit, detailed: fc.uniqueArray(digit, { maxLength: 4 }) }), {
        selector: (n) => n.last,
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(fieldArb, { selector: (f) => f.broad, minLength: 1, maxLength: 5 }), (fields) => {
        const packed = fields
          .map((f) => [f.broad, ...f.narrow.map((n) => n.last + n.detailed.join(''))].join(' '))
          .join(',');
        const expected = fields.flatMap((f) => [
          f.broad,
          ...f.narrow.map((n) => f.broad + n.last),
          ...f.narrow.flatMap((n) => n.detailed.map((d) => f.broad + n.last + d)),
        ]);
        expect(levelledCodes(packed)).toEqual(expected);
      }),
    );
  });

  it('reads the documented example', () => {
    expect(levelledCodes('01 1012 88')).toEqual(['01', '011', '018', '0110', '0111', '0112', '0188']);
  });
});

describe('codeList and labelTable', () => {
  it('pairs each code with the label at its position', () => {
    const codes = codeList<readonly ['a', 'b-c', 'd']>('a b-c d');
    expect(codes).toEqual(['a', 'b-c', 'd']);
    expect(labelTable(codes, 'A|B, C|D')).toEqual({ a: 'A', 'b-c': 'B, C', d: 'D' });
    expect(Object.keys(labelTable(codes, 'A|B, C|D'))).toEqual(['a', 'b-c', 'd']);
  });

  it('fails loudly when labels and codes are out of step', () => {
    expect(() => labelTable(['a', 'b'], 'A')).toThrow(/out of step/);
    expect(() => labelTable(['a'], 'A|B')).toThrow(/out of step/);
  });

  it('keeps a code that names a prototype key as an own entry', () => {
    const table = labelTable(['__proto__', 'x'], 'P|X');
    expect(Object.hasOwn(table, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(table)).toBe(Object.prototype);
  });

  it('writes a label as its parent label, or that label with a suffix, when given suffixes', () => {
    const codes = ['01', '011', '0110', '0119', '0111'];
    const table = labelTable(codes, 'Education||0|1|Education science', [' nfd', ' nec']);
    expect(table).toEqual({
      '01': 'Education',
      '011': 'Education',
      '0110': 'Education nfd',
      '0119': 'Education nec',
      '0111': 'Education science',
    });
    // Without suffixes, an empty or one-digit label is taken as written.
    expect(labelTable(['a', 'ab'], 'A|0')).toEqual({ a: 'A', ab: '0' });
  });

  it('fails loudly on a derived label without a parent or with an unknown suffix', () => {
    expect(() => labelTable(['01', '022'], 'Education|', [' nfd'])).toThrow(/out of step/);
    expect(() => labelTable(['01', '011'], 'Education|3', [' nfd'])).toThrow(/out of step/);
  });
});
