import type { SafeParseResult } from '../../internal/parse-with.js';

/**
 * A memo of parsed targets and policies, so that an office evaluating thousands of portfolios against the same
 * target and policy objects validates them once. An entry is reused only while the object still serialises to
 * the same text (a replacer marks `undefined` and functions, which plain JSON would drop), so a changed object
 * is parsed again; a value JSON cannot hold skips the memo. Keys are weak: entries go when the objects go.
 */
export interface ParseMemo<T> {
  readonly entries: WeakMap<object, { readonly text: string; readonly result: SafeParseResult<T> }>;
}

/** A fresh memo. */
export function parseMemo<T>(): ParseMemo<T> {
  return { entries: new WeakMap() };
}

function fingerprint(input: object): string | undefined {
  try {
    return JSON.stringify(input, (_, v: unknown) =>
      v === undefined ? '\u0000undefined' : typeof v === 'function' ? '\u0000function' : v,
    );
  } catch {
    return undefined;
  }
}

/** Parses `input`, or returns the memoised result for the same object with the same content. */
export function parseWithMemo<T>(
  memo: ParseMemo<T>,
  parse: (input: unknown) => SafeParseResult<T>,
  input: unknown,
): SafeParseResult<T> {
  if (typeof input !== 'object' || input === null) return parse(input);
  const text = fingerprint(input);
  if (text === undefined) return parse(input);
  const hit = memo.entries.get(input);
  if (hit !== undefined && hit.text === text) return hit.result;
  const result = parse(input);
  memo.entries.set(input, { text, result });
  return result;
}
