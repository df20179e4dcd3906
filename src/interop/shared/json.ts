/** A JSON object as read from an untrusted document. */
export type JsonObject = Record<string, unknown>;

/** A path into a JSON document: keys and array indexes. */
export type JsonPath = readonly (string | number)[];

/** Tells whether a value is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON-LD's "one or many": undefined → [], an array → itself, anything else → [value]. */
export function asArray(value: unknown): readonly unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The RFC 6901 JSON Pointer of a path: `['a', 0, 'b/c']` → `/a/0/b~1c`. */
export function jsonPointer(path: JsonPath): string {
  return path.map((k) => `/${String(k).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Structural equality of two JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** A copy of an object without its undefined-valued keys (so optional fields stay absent, not undefined). */
export function compact<T extends JsonObject>(object: T): T {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(object)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** A non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && /\S/.test(value) ? value : undefined;
}

/** `value` when it is a non-empty array, else undefined (the model never holds empty arrays). */
export function nonEmpty<T>(value: readonly T[]): T[] | undefined {
  return value.length > 0 ? [...value] : undefined;
}
