/**
 * Finds the first object member name that appears twice in the same object of a JSON text that
 * `JSON.parse` has already accepted (so the grammar is known to be valid). Names are compared after
 * unescaping, so `"a"` and `"\u0061"` are the same name. Iterative: nesting depth cannot overflow the stack.
 *
 * @returns the path to the duplicate (ending with the repeated name), or undefined
 */
export function findDuplicateKey(text: string): (string | number)[] | undefined {
  const frames: Frame[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = frames[frames.length - 1];
      if (top !== undefined && top.kind === 'object' && top.expectKey) {
        const name = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(name)) return [...pathOf(frames.slice(0, -1)), name];
        top.keys.add(name);
        top.current = name;
        top.expectKey = false;
      }
      i = end;
      continue;
    }
    if (c === OPEN_BRACE)
      frames.push({ kind: 'object', keys: new Set(), expectKey: true, current: undefined, index: 0 });
    else if (c === OPEN_BRACKET)
      frames.push({ kind: 'array', keys: new Set(), expectKey: false, current: undefined, index: 0 });
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) frames.pop();
    else if (c === COMMA) {
      const top = frames[frames.length - 1];
      if (top !== undefined) {
        if (top.kind === 'object') top.expectKey = true;
        else top.index += 1;
      }
    }
    i += 1;
  }
  return undefined;
}

interface Frame {
  readonly kind: 'object' | 'array';
  readonly keys: Set<string>;
  expectKey: boolean;
  current: string | undefined;
  index: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/** Index just past the closing quote of the string starting at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i += 1;
  }
  return i;
}

/** The path of the value being read in each enclosing frame. */
function pathOf(frames: readonly Frame[]): (string | number)[] {
  return frames.map((f) => (f.kind === 'object' ? (f.current ?? '') : f.index));
}
