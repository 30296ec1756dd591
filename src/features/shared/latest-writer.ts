/**
 * Writes values one at a time, always the latest: typing fast never queues hundreds of writes,
 * and an older value never lands after a newer one. Used for diary drafts and plans.
 */
export function createLatestWriter<T>(save: (value: T) => Promise<void>, onResult?: (ok: boolean, error?: unknown) => void) {
  let pending: { value: T } | null = null;
  let running: Promise<void> | null = null;

  const drain = async () => {
    while (pending) {
      const next = pending.value;
      pending = null;
      try {
        await save(next);
        onResult?.(true);
      } catch (error) {
        // Storage refused (full, closed by a newer version, or a conflict): the text is still on screen.
        onResult?.(false, error);
      }
    }
    running = null;
  };

  return {
    write(value: T): void {
      pending = { value };
      running ??= drain();
    },
    /** Resolves once every value written so far is stored (or refused). */
    idle(): Promise<void> {
      return running ?? Promise.resolve();
    },
  };
}
