import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/model/parse-json-text.js';

function failure(text: string, limits?: { maxBytes: number }): { code: string; issue: string } {
  try {
    parseJsonText(text, limits === undefined ? {} : { limits });
  } catch (e) {
    const err = e as { code: string; issues: { code: string; path: (string | number)[] }[] };
    const first = err.issues[0] as { code: string; path: (string | number)[] };
    return { code: err.code, issue: `${first.code}@${JSON.stringify(first.path)}` };
  }
  return { code: 'none', issue: '' };
}

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a":[1,{"b":"x"}]}')).toEqual({ a: [1, { b: 'x' }] });
    expect(parseJsonText('"x"')).toBe('x');
  });

  it('rejects a member name repeated in one object, with its path, also when escaped differently', () => {
    expect(failure('{"a":1,"a":2}')).toEqual({ code: 'ERR_VALIDATION', issue: 'duplicate_key@["a"]' });
    expect(failure('{"a":1,"\\u0061":2}')).toEqual({ code: 'ERR_VALIDATION', issue: 'duplicate_key@["a"]' });
    expect(failure('{"x":[{"k":1},{"k":1,"k":2}]}')).toEqual({
      code: 'ERR_VALIDATION',
      issue: 'duplicate_key@["x",1,"k"]',
    });
    expect(failure('{"issuer":{"id":"a"},"issuer":{"id":"b"}}').issue).toBe('duplicate_key@["issuer"]');
  });

  it('the same name in different objects, in values or in strings with quotes and commas is fine', () => {
    expect(parseJsonText('{"a":{"a":1},"b":{"a":2},"c":"a\\",\\"a"}')).toEqual({
      a: { a: 1 },
      b: { a: 2 },
      c: 'a","a',
    });
    expect(parseJsonText('[{"a":1},{"a":2}]')).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('invalid JSON is ERR_VALIDATION with the reason', () => {
    const r = failure('{ nope');
    expect(r.code).toBe('ERR_VALIDATION');
    expect(r.issue).toBe('invalid_json@[]');
  });

  it('checks the size in UTF-8 bytes before parsing', () => {
    expect(failure('"abc"', { maxBytes: 5 }).code).toBe('none');
    expect(failure('"abcd"', { maxBytes: 5 })).toEqual({ code: 'ERR_INPUT_TOO_LARGE', issue: 'input_too_large@[]' });
    expect(failure('"éé"', { maxBytes: 5 })).toEqual({ code: 'ERR_INPUT_TOO_LARGE', issue: 'input_too_large@[]' });
  });

  it('rejects a non-string argument with a typed error', () => {
    expect(() => parseJsonText(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'ERR_VALIDATION' }));
  });

  it('a very deep text does not overflow the stack', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(() => parseJsonText(deep)).not.toThrow(RangeError);
  });

  it('property: agrees with JSON.parse on texts without duplicate names (oracle: JSON.stringify output)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonText(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('property: duplicating any member of any object is detected', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 5 }),
        fc.nat(),
        (obj, pick) => {
          const keys = Object.keys(obj);
          const key = keys[pick % keys.length] as string;
          const text = `${JSON.stringify(obj).slice(0, -1)},${JSON.stringify(key)}:null}`;
          expect(failure(text).issue.startsWith('duplicate_key@')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
