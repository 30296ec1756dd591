import { useEffect, useState } from 'preact/hooks';
import { measureSince } from '../../app/measure';
import { onDatabaseOutdated } from '../../storage/db/open-database';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import { onDiaryChange } from '../../storage/diary/diary-events';
import { diaryRepository } from '../../storage/diary/diary-repository';

// Start opening the database as soon as the diary's code is loaded, before the first render.
if (typeof window !== 'undefined') void diaryRepository.open();

/** How many entries the first screen needs; the rest load right after. */
export const FIRST_SCREEN = 40;

export interface DiaryEntriesState {
  /** Newest first; null while the first read is under way. */
  entries: DiaryEntry[] | null;
  /** False while only the first screen of entries is loaded. */
  complete: boolean;
  /** 'memory': the browser refuses storage and nothing is kept after this tab closes. */
  storageKind: 'indexeddb' | 'memory' | null;
  /** Another tab runs a newer version of the app: this page must be reloaded. */
  outdated: boolean;
}

/**
 * The diary entries on the device, kept current: the first screen is read at once (newest
 * first, via the date index), then everything, and again after any change in any tab.
 */
export function useDiaryEntries(): DiaryEntriesState {
  const [state, setState] = useState<DiaryEntriesState>({ entries: null, complete: false, storageKind: null, outdated: false });

  useEffect(() => {
    let live = true;
    let generation = 0;
    const loadAll = async () => {
      const mine = ++generation;
      const [entries, storageKind] = await Promise.all([diaryRepository.all(), diaryRepository.storageKind()]);
      if (live && mine === generation) setState((current) => ({ ...current, entries, complete: true, storageKind }));
    };
    const loadFirst = async () => {
      const mine = generation;
      const started = performance.now();
      const [entries, storageKind] = await Promise.all([diaryRepository.newest(FIRST_SCREEN), diaryRepository.storageKind()]);
      measureSince('kier-diary-first-read', started);
      if (live && mine === generation) setState((current) => ({ ...current, entries, storageKind }));
      if (entries.length < FIRST_SCREEN) {
        if (live && mine === generation) setState((current) => ({ ...current, complete: true }));
      } else {
        await loadAll();
      }
    };
    void loadFirst();
    const stopChanges = onDiaryChange(() => void loadAll());
    const stopOutdated = onDatabaseOutdated(() => live && setState((current) => ({ ...current, outdated: true })));
    return () => {
      live = false;
      stopChanges();
      stopOutdated();
    };
  }, []);

  return state;
}
