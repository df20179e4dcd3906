/**
 * Sorts a short list in place by insertion, and a long one with `Array.prototype.sort`. The solver sorts
 * thousands of lists of one to a few entries per evaluation (a credential's groups, a node's choices), and the
 * built-in sort allocates a work array on every call; insertion allocates nothing and is stable, like it.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 16) return list.sort(compare);
  for (let i = 1; i < list.length; i += 1) {
    const x = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, x) > 0) {
      list[j + 1] = list[j] as T;
      j -= 1;
    }
    list[j + 1] = x;
  }
  return list;
}

/** Ascending numeric order, for {@link sortSmall}. */
export const ascending = (a: number, b: number): number => a - b;
