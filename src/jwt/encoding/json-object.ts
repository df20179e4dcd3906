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
 * differs from the keys `JSON.parse` kept, some object repeated a name.
 */
function countMemberNames(text: string): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) !== 34) {
      i += 1;
      continue;
    }
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 34) break;
      else i += 1;
    }
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i += 1;
    }
    if (i < n && text.charCodeAt(i) === 58) count += 1;
  }
  return count;
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
