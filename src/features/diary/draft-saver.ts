import type { DiaryDraft } from '../../storage/diary/diary-draft';

/**
 * Writes drafts one at a time, always the latest: typing fast never queues hundreds of writes,
 * and an older keystroke never lands after a newer one.
 */
export function createDraftSaver(save: (draft: DiaryDraft) => Promise<void>) {
  let pending: DiaryDraft | null = null;
  let running: Promise<void> | null = null;

  const drain = async () => {
    while (pending) {
      const next = pending;
      pending = null;
      try {
        await save(next);
      } catch {
        // Storage refused (full, or closed by a newer version): the text is still on screen.
      }
    }
    running = null;
  };

  return {
    write(draft: DiaryDraft): void {
      pending = draft;
      running ??= drain();
    },
    /** Resolves once every draft written so far is stored. */
    idle(): Promise<void> {
      return running ?? Promise.resolve();
    },
  };
}
