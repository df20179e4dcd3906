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
