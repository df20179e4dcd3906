/** Options of {@link createLoaderCache}. */
export interface LoaderCacheOptions {
  /** Most entries kept; the least recently used goes first. */
  readonly maxEntries: number;
  /** How long a failure is remembered, so one bad source cannot trigger a request per token. */
  readonly failureTtlMs: number;
  /** The clock, in milliseconds since the epoch. */
  readonly clock: () => number;
}

/** A loaded value and until when it may be reused. */
export interface Expiring<V> {
  readonly value: V;
  readonly expiresAt: number;
}

/** A bounded cache of asynchronous loads with single-flight and a failure cooldown. */
export interface LoaderCache<V> {
  /**
   * Returns the cached value for `key` while it is fresh; otherwise runs `load` once, however many callers
   * ask at the same time, and caches its value until the `expiresAt` it returns (or its error for the cooldown).
   */
  readonly load: (key: string, load: () => Promise<Expiring<V>>) => Promise<V>;
  /** Forgets everything. */
  readonly clear: () => void;
}

interface Entry<V> {
  readonly promise: Promise<Expiring<V>>;
  settled?: { readonly expiresAt: number };
}

/** Creates a {@link LoaderCache}: a closure over a `Map` (insertion order is the recency order). */
export function createLoaderCache<V>(options: LoaderCacheOptions): LoaderCache<V> {
  const entries = new Map<string, Entry<V>>();
  const load = async (key: string, loader: () => Promise<Expiring<V>>): Promise<V> => {
    const now = options.clock();
    const existing = entries.get(key);
    if (existing !== undefined && (existing.settled === undefined || existing.settled.expiresAt > now)) {
      entries.delete(key);
      entries.set(key, existing);
      return (await existing.promise).value;
    }
    const entry: Entry<V> = { promise: loader() };
    entries.set(key, entry);
    while (entries.size > options.maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
    try {
      const result = await entry.promise;
      entry.settled = { expiresAt: result.expiresAt };
      if (result.expiresAt <= options.clock() && entries.get(key) === entry) entries.delete(key);
      return result.value;
    } catch (error) {
      entry.settled = { expiresAt: options.clock() + options.failureTtlMs };
      if (options.failureTtlMs <= 0 && entries.get(key) === entry) entries.delete(key);
      throw error;
    }
  };
  return { load, clear: () => entries.clear() };
}
