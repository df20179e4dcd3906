/**
 * Internal helpers for the generated data records. Not exported from the package.
 *
 * @module
 */

/**
 * Reads an own property of a data record, never an inherited one (`constructor`, `__proto__`, `toString`).
 *
 * @param record - a generated lookup table
 * @param key - any string, possibly hostile
 * @returns the value, or undefined when `key` is not an own key of `record`
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Tells whether `value` is a string that is an own key of `record`.
 *
 * @param record - a generated lookup table
 * @param value - anything
 * @returns true when `value` is one of the record's keys
 */
export function isOwnKey<K extends string>(record: Readonly<Record<K, unknown>>, value: unknown): value is K {
  return typeof value === 'string' && Object.hasOwn(record, value);
}

/**
 * Returns the part of `uri` after `prefix`, or undefined when `uri` does not start with it.
 *
 * @param uri - any string
 * @param prefix - the concept URI prefix, ending in `/`
 * @returns the last segment
 */
export function uriSuffix(uri: unknown, prefix: string): string | undefined {
  return typeof uri === 'string' && uri.startsWith(prefix) ? uri.slice(prefix.length) : undefined;
}

/**
 * Returns a function that builds a value on its first call and returns the same value afterwards. The
 * generated data holds each mapping in one direction only; the maps the lookups need are built this way,
 * so a bundle that never looks a code up pays for neither the maps nor their construction.
 *
 * @param build - builds the value
 * @returns the memoised getter
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/**
 * Pairs each code with the fixed-width slice of `packed` at its position: `packed` holds one value of
 * `width` characters per code, in the codes' order (or, with `width` 0, space-separated values).
 *
 * @param codes - the list's codes
 * @param packed - the values, concatenated
 * @param width - the width of each value, or 0 for space-separated values
 * @returns a map from code to value
 */
export function unpack<C extends string>(codes: readonly C[], packed: string, width: number): Map<C, string> {
  const values = width === 0 ? packed.split(' ') : codes.map((_, i) => packed.slice(i * width, (i + 1) * width));
  if (values.length !== codes.length) throw new Error('microcred: packed vocabulary data is out of step');
  return new Map(codes.map((code, i) => [code, values[i] as string]));
}

/**
 * The reverse of a map (value → key).
 *
 * @param map - a one-to-one map
 * @returns the map from each value to its key
 */
export function invert<K, V>(map: ReadonlyMap<K, V>): Map<V, K> {
  return new Map([...map].map(([k, v]) => [v, k]));
}
