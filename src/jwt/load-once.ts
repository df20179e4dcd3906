/**
 * A loader of an optional part of the verifier (a reader only some credentials need): the first call imports
 * it, later calls hand out the loaded module without waiting. A failed import is tried again on the next call.
 */
export function loadOnce<T>(load: () => Promise<T>): () => T | Promise<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return () => {
    if (loaded !== undefined) return loaded;
    pending ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
