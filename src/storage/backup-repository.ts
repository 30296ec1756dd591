import { database } from './db/open-database';
import { STORE_NAMES } from './db/schema';
import type { DiaryEntry } from './diary/diary-entry';
import { publishDiaryChange } from './diary/diary-events';
import { removeAllLocalData } from './local-store';

/** Everything personal a backup file carries (plans join here once they exist). */
export interface BackupRecords {
  diary: DiaryEntry[];
}

export type ImportMode = 'merge' | 'replace';

export interface ImportCounts {
  added: number;
  updated: number;
  /** Entries in the file that were not newer than the ones on the device. */
  kept: number;
  /** Entries on the device that a replace removed. */
  removed: number;
}

/** Reads and writes all records at once, for backups and for "delete everything". */
export const backupRepository = {
  async readAll(): Promise<BackupRecords> {
    const db = await database();
    return db.transaction(['diary'], 'readonly', async ({ diary }) => ({ diary: await diary.getAll() }));
  },

  /**
   * Writes validated records in one transaction: `replace` swaps the diary for the file's;
   * `merge` adds new ids and takes the file's version where its updatedAt is newer.
   * If anything fails, nothing has changed.
   */
  async write(records: BackupRecords, mode: ImportMode): Promise<ImportCounts> {
    const db = await database();
    const counts = await db.transaction(['diary'], 'readwrite', async ({ diary }) => {
      const existing = new Map((await diary.getAll()).map((entry) => [entry.id, entry]));
      const result: ImportCounts = { added: 0, updated: 0, kept: 0, removed: 0 };
      if (mode === 'replace') {
        const incoming = new Set(records.diary.map((entry) => entry.id));
        result.removed = [...existing.keys()].filter((id) => !incoming.has(id)).length;
        await diary.clear();
        existing.clear();
      }
      const changed = records.diary.filter((entry) => {
        const current = existing.get(entry.id);
        if (!current) result.added += 1;
        else if (entry.updatedAt > current.updatedAt) result.updated += 1;
        else {
          result.kept += 1;
          return false;
        }
        return true;
      });
      await diary.putAll(changed);
      return result;
    });
    publishDiaryChange({ type: 'replaced' });
    return counts;
  },

  /** Removes every record of every store on this device, and the app's local settings. */
  async eraseEverything(): Promise<void> {
    const db = await database();
    await db.transaction(STORE_NAMES, 'readwrite', async (stores) => {
      for (const name of STORE_NAMES) await stores[name].clear();
    });
    removeAllLocalData();
    publishDiaryChange({ type: 'replaced' });
  },

  /** How many records of each kind are on the device, for the delete confirmation. */
  async counts(): Promise<{ diary: number; drafts: number }> {
    const db = await database();
    return db.transaction(['diary', 'drafts'], 'readonly', async ({ diary, drafts }) => ({ diary: await diary.count(), drafts: await drafts.count() }));
  },
};
