const DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Why {@link parseJsonObject} refused its input. */
export type JsonObjectFailure = 'utf8' | 'json' | 'not-object' | 'duplicate';

/**
 * Decodes UTF-8 (fatal: malformed sequences are refused) and parses a JSON object, refusing duplicate member
 * names at any depth. `JSON.parse` keeps the last of two equal names; a second parser might keep the first,
 * so duplicates are where two readers of one token could disagree.
 */
export function parseJsonObject(
  bytes: Uint8Array,
): { ok: true; value: Record<string, unknown>; text: string } | { ok: false; failure: JsonObjectFailure } {
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    return { ok: false, failure: 'utf8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, failure: 'json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, failure: 'not-object' };
  if (countMemberNames(text) !== countKeys(value)) return { ok: false, failure: 'duplicate' };
  return { ok: true, value: value as Record<string, unknown>, text };
}

/**
 * Counts the member names in JSON text: in valid JSON, exactly the strings followed by a colon. When this
 * differs from the keys `JSON.parse` kept, some object repeated a name. Jumps from quote to quote with
 * `indexOf`, so the cost is in the number of strings, not of characters.
 */
function countMemberNames(text: string): number {
  let count = 0;
  const n = text.length;
  let open = text.indexOf('"');
  while (open !== -1) {
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
    if (close === -1) break;
    let k = close + 1;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      k += 1;
    }
    if (text.charCodeAt(k) === 58) count += 1;
    open = text.indexOf('"', k);
  }
  return count;
}

/** Whether the quote at `at` is escaped: preceded by an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

/** Counts own keys of every object in a parsed JSON value, iteratively. */
function countKeys(root: unknown): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key in value) {
      count += 1;
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return count;
}
