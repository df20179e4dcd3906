import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonObject } from '../../../src/jwt/encoding/json-object.js';

const parse = (text: string) => parseJsonObject(new TextEncoder().encode(text));

describe('parseJsonObject', () => {
  it('parses objects and refuses other JSON, invalid UTF-8 and invalid JSON', () => {
    expect(parse('{"a":1}')).toMatchObject({ ok: true, value: { a: 1 } });
    expect(parse('[1]')).toEqual({ ok: false, failure: 'not-object' });
    expect(parse('null')).toEqual({ ok: false, failure: 'not-object' });
    expect(parse('{"a":')).toEqual({ ok: false, failure: 'json' });
    expect(parseJsonObject(Uint8Array.of(0x7b, 0xc3, 0x7d))).toEqual({ ok: false, failure: 'utf8' });
  });

  it('refuses a repeated member name at any depth, however it is spelt', () => {
    for (const text of [
      '{"a":1,"a":2}',
      '{"x":{"b":1,"b":1}}',
      '{"x":[{"c":1,"c":2}]}',
      '{"a":1,"\\u0061":2}',
      '{"a" : 1, "a"\n:2}',
    ]) {
      expect(parse(text), text).toEqual({ ok: false, failure: 'duplicate' });
    }
  });

  it('is not fooled by colons, quotes and backslashes inside strings', () => {
    for (const text of ['{"a":"b\\":c","d":"\\\\"}', '{"k":"\\\\\\":"}', '{"a":"x\\"","b":":"}', '{"":"a"}']) {
      expect(parse(text).ok, text).toBe(true);
    }
  });

  it('property: agrees with JSON.parse on duplicate-free objects', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (value) => {
        const text = JSON.stringify(value);
        expect(parse(text)).toMatchObject({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 300, seed: Number(process.env['FC_SEED'] ?? 5) },
    );
  });
});
