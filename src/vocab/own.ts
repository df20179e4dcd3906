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

/**
 * The codes of a generated list, packed into one space-separated string: one string costs a bundle far less than
 * an array literal of the same codes. The generator writes the list's literal tuple type as `T`; the vocabulary
 * tests check that the decoded codes match it and the upstream lists.
 *
 * @param packed - the codes, space-separated
 * @returns the codes, in order
 */
export function codeList<T extends readonly string[]>(packed: string): T {
  return packed.split(' ') as readonly string[] as T;
}

/**
 * Two-character codes packed by their first character: space-separated groups, each the shared first character
 * followed by every second character (`'ADEF BAB'` is AD, AE, AF, BA, BB). Sorted codes stay sorted.
 *
 * @param packed - the groups
 * @returns the codes, in order
 */
export function groupedCodes<T extends readonly string[]>(packed: string): T {
  const codes: string[] = [];
  for (const group of packed.split(' ')) {
    for (const second of group.slice(1)) codes.push(`${group[0]}${second}`);
  }
  return codes as readonly string[] as T;
}

/**
 * A three-level code list (ISCED-F: 2-digit broad fields, 3-digit narrow, 4-digit detailed) packed in its official
 * order: comma-separated broad fields, each the broad code then one space-separated token per narrow field (its
 * last digit, then the last digits of its detailed fields). A broad field comes first, then its narrow fields,
 * then their detailed fields (`'01 1012 88'` is 01, 011, 018, 0110, 0111, 0112, 0188).
 *
 * @param packed - the broad fields
 * @returns the codes, in order
 */
export function levelledCodes<T extends readonly string[]>(packed: string): T {
  const codes: string[] = [];
  for (const field of packed.split(',')) {
    const [broad, ...narrow] = field.split(' ') as [string, ...string[]];
    codes.push(broad, ...narrow.map((token) => `${broad}${token[0]}`));
    for (const token of narrow) for (const digit of token.slice(1)) codes.push(`${broad}${token[0]}${digit}`);
  }
  return codes as readonly string[] as T;
}

/**
 * A label table keyed by code, from the labels packed into one string in the codes' order, separated by `|`
 * (no label holds one; the generators check it). The codes are written once, in their code list, rather than
 * again as the keys of every locale's table. For a hierarchical list (ISCED-F), `suffixes` lets a label be
 * written as its parent's (the code without its last character): an empty label is the parent's label, and a
 * label of one digit `d` is the parent's label followed by `suffixes[d]` (" not further defined"). Parents come
 * before their children in the list.
 *
 * @param codes - the list's codes
 * @param packed - the labels, in the codes' order, joined with `|`
 * @param suffixes - the suffixes a one-digit label refers to
 * @returns code → label, in the codes' order
 * @throws Error when the labels and the codes are out of step (a generator bug)
 */
export function labelTable(
  codes: readonly string[],
  packed: string,
  suffixes?: readonly string[],
): Readonly<Record<string, string>> {
  const labels = packed.split('|');
  if (labels.length !== codes.length) throw new Error('microcred: packed vocabulary labels are out of step');
  const table = new Map<string, string>();
  codes.forEach((code, i) => {
    let label = labels[i] as string;
    if (suffixes !== undefined && /^\d?$/.test(label)) {
      const parent = table.get(code.slice(0, -1));
      const suffix = label === '' ? '' : suffixes[Number(label)];
      if (parent === undefined || suffix === undefined)
        throw new Error('microcred: packed vocabulary labels are out of step');
      label = `${parent}${suffix}`;
    }
    table.set(code, label);
  });
  return Object.fromEntries(table);
}
