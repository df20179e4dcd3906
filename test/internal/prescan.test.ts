import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMITS, resolveLimits } from '../../src/internal/input-limits.js';
import { prescan } from '../../src/internal/prescan.js';

const limits = DEFAULT_INPUT_LIMITS;
const codes = (input: unknown, l = limits) => {
  const r = prescan(input, l);
  return { tooLarge: r.tooLarge?.code, issues: r.issues.map((i) => `${i.code}@${i.path.join('.')}`) };
};

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i += 1) v = [v];
  return v;
}

describe('prescan: limits before validation', () => {
  it('accepts plain JSON within the limits', () => {
    expect(codes({ a: [1, 'x', null, true, { b: 2 }] })).toEqual({ tooLarge: undefined, issues: [] });
  });

  it('depth: the root is level 1; maxDepth levels pass, one more fails', () => {
    const l = { ...limits, maxDepth: 3 };
    expect(codes(nested(2), l).tooLarge).toBeUndefined(); // [[1]]: two containers
    expect(codes(nested(3), l).tooLarge).toBeUndefined();
    expect(codes(nested(4), l).tooLarge).toBe('too_deep');
  });

  it('a 100,000-level nesting is refused without overflowing the stack', () => {
    expect(codes(nested(100_000)).tooLarge).toBe('too_deep');
  });

  it('keys, items, string length, nodes and bytes at and past each limit', () => {
    const l = { ...limits, maxKeys: 2, maxItems: 2, maxStringLength: 3, maxNodes: 4, maxBytes: 40 };
    expect(codes({ a: 1, b: 2 }, l).tooLarge).toBeUndefined();
    expect(codes({ a: 1, b: 2, c: 3 }, l).tooLarge).toBe('too_many_keys');
    expect(codes([1, 2], l).tooLarge).toBeUndefined();
    expect(codes([1, 2, 3], l).tooLarge).toBe('too_many_items');
    expect(codes('abc', l).tooLarge).toBeUndefined();
    expect(codes('abcd', l).tooLarge).toBe('string_too_long');
    expect(codes([[1], 2], l).tooLarge).toBeUndefined(); // 4 values
    expect(codes([[1, 2], 3], { ...l, maxItems: 5 }).tooLarge).toBe('too_many_nodes');
    expect(codes(['abc', 'abc', 'abc'], { ...l, maxItems: 9, maxNodes: 99, maxBytes: 19 }).tooLarge).toBe(
      'input_too_large',
    );
  });

  it('names the path of the offending value', () => {
    const r = prescan({ a: { b: ['x'.repeat(10)] } }, { ...limits, maxStringLength: 5 });
    expect(r.tooLarge?.path).toEqual(['a', 'b', 0]);
    expect(r.tooLarge?.params).toEqual({ maximum: 5, actual: 10 });
  });
});

describe('prescan: what is not plain JSON', () => {
  it('reports prototype keys at any depth, from JSON.parse or object literals', () => {
    const parsed = JSON.parse('{"a":{"__proto__":{"polluted":true}},"constructor":1,"b":[{"prototype":2}]}');
    expect(codes(parsed).issues).toEqual([
      'forbidden_key@a.__proto__',
      'forbidden_key@constructor',
      'forbidden_key@b.0.prototype',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports lone surrogates in values and keys, accepts well-formed pairs', () => {
    expect(codes({ a: '\ud800x', '\udc00': 1, ok: '😀' }).issues).toEqual([
      'lone_surrogate@a',
      'lone_surrogate@\udc00',
    ]);
  });

  it('reports non-finite numbers, undefined, functions, bigints, symbols and class instances', () => {
    const input = {
      n: Number.NaN,
      i: Number.POSITIVE_INFINITY,
      u: undefined,
      f: () => 1,
      b: 1n,
      s: Symbol('x'),
      d: new Date(0),
      m: new Map(),
    };
    expect(codes(input).issues).toEqual([
      'not_finite@n',
      'not_finite@i',
      'not_json@u',
      'not_json@f',
      'not_json@b',
      'not_json@s',
      'not_json@d',
      'not_json@m',
    ]);
    expect(prescan({ d: new Date(0) }, limits).issues[0]?.params).toEqual({ received: 'Date' });
  });

  it('accepts null-prototype objects', () => {
    const o = Object.create(null) as Record<string, unknown>;
    o['a'] = 1;
    expect(codes(o).issues).toEqual([]);
  });

  it('reports a cycle but not a value shared by two branches', () => {
    const shared = { x: 1 };
    expect(codes({ a: shared, b: shared }).issues).toEqual([]);
    const cyclic: Record<string, unknown> = { a: { b: 1 } };
    (cyclic['a'] as Record<string, unknown>)['self'] = cyclic;
    expect(codes(cyclic).issues).toEqual(['circular@a.self']);
  });

  it('property: any JSON value within the limits passes with no issue unless it has a forbidden key', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        const hasForbidden = /"(__proto__|constructor|prototype)":/.test(text);
        const r = prescan(value, limits);
        expect(r.tooLarge).toBeUndefined();
        if (!hasForbidden) expect(r.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveLimits', () => {
  it('merges positive integer overrides and rejects anything else', () => {
    expect(resolveLimits(undefined)).toBe(DEFAULT_INPUT_LIMITS);
    expect(resolveLimits({ maxDepth: 8 }).maxDepth).toBe(8);
    expect(resolveLimits({ maxDepth: 8 }).maxKeys).toBe(1000);
    for (const bad of [{ maxDepth: 0 }, { maxDepth: 1.5 }, { maxDepth: -1 }, { maxDepth: '3' }, { nope: 1 }]) {
      expect(() => resolveLimits(bad as never)).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
    }
    expect(() => resolveLimits(null as never)).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
  });
});
