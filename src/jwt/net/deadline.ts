/** A verification's time budget: an abort signal created only when a step asks for it. */
export interface Deadline {
  /** The signal, aborted when the budget runs out or the caller's signal aborts (created on first use). */
  readonly signal: AbortSignal;
  /** Whether any step asked for the signal (a timer is then running). */
  readonly started: () => boolean;
  /** Stops the timer and detaches from the caller's signal. */
  readonly dispose: () => void;
}

/**
 * Creates a {@link Deadline}. Local steps (decoding, a trusted key, did:key) never ask for the signal, so a
 * verification that stays local creates no timer at all; the first network step or custom resolver starts it.
 */
export function createDeadline(timeoutMs: number, parent: AbortSignal | undefined): Deadline {
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = (): void => controller?.abort();
  const start = (): AbortController => {
    controller = new AbortController();
    const c = controller;
    timer = setTimeout(() => c.abort(), timeoutMs);
    parent?.addEventListener('abort', onAbort, { once: true });
    if (parent?.aborted === true) c.abort();
    return c;
  };
  return {
    get signal() {
      return (controller ?? start()).signal;
    },
    started: () => controller !== undefined,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}
