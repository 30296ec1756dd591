import type { StoreAccess } from './db/database';
import { database } from './db/open-database';
import { STORE_NAMES } from './db/schema';
import type { DiaryEntry } from './diary/diary-entry';
import { publishDiaryChange } from './diary/diary-events';
import { removeAllLocalData } from './local-store';
import type { Plan } from './plans/plan';
import { planRepository } from './plans/plan-repository';
import { fromStored, guardLock, toStored } from './lock/record-codec';
import { setLockOff } from './lock/lock-state';
import { publishLockChange } from './lock/lock-events';

/** Everything personal a backup file carries. */
export interface BackupRecords {
  diary: DiaryEntry[];
  plans: Plan[];
}

export type ImportMode = 'merge' | 'replace';

/** What an import did to one kind of record. */
export interface RecordCounts {
  added: number;
  updated: number;
  /** Records in the file that were not newer than the ones on the device. */
  kept: number;
  /** Records on the device that a replace removed. */
  removed: number;
}

/** What an import did, per kind of record. */
export interface ImportCounts {
  diary: RecordCounts;
  plans: RecordCounts;
}

/** How many records of each kind are on the device. */
export interface DeviceCounts {
  diary: number;
  drafts: number;
  plans: number;
}

/**
 * Writes one kind of record: `replace` empties the store first; `merge` adds new ids and
 * takes the file's version where it is newer (isNewerCopy; on a tie, the device's stays).
 */
/**
 * The file's copy wins when it was saved more often; on the same count, when its updatedAt is
 * later. Counting saves first means a device whose clock was wrong (a year behind, or ahead)
 * cannot make an older copy overwrite a newer one. A copy from before Kier counted saves (no
 * `revision`) is compared by updatedAt alone, as it always was.
 */
export function isNewerCopy(candidate: { revision?: number; updatedAt: string }, current: { revision?: number; updatedAt: string }): boolean {
  if (candidate.revision !== undefined && current.revision !== undefined && candidate.revision !== current.revision) return candidate.revision > current.revision;
  return candidate.updatedAt > current.updatedAt;
}

async function writeRecords<R extends { id: string; updatedAt: string; revision?: number }>(store: StoreAccess<R>, records: readonly R[], mode: ImportMode): Promise<RecordCounts> {
  const existing = new Map((await store.getAll()).map((record) => [record.id, record]));
  const counts: RecordCounts = { added: 0, updated: 0, kept: 0, removed: 0 };
  if (mode === 'replace') {
    const incoming = new Set(records.map((record) => record.id));
    counts.removed = [...existing.keys()].filter((id) => !incoming.has(id)).length;
    await store.clear();
    existing.clear();
  }
  const changed = records.filter((record) => {
    const current = existing.get(record.id);
    if (!current) counts.added += 1;
    else if (isNewerCopy(record, current)) counts.updated += 1;
    else {
      counts.kept += 1;
      return false;
    }
    return true;
  });
  await store.putAll(changed);
  return counts;
}

/** Reads and writes all records at once, for backups and for "delete everything". */
export const backupRepository = {
  async readAll(): Promise<BackupRecords> {
    const db = await database();
    const stored = await db.transaction(['diary', 'plans'], 'readonly', async ({ diary, plans }) => ({ diary: await diary.getAll(), plans: await plans.getAll() }));
    return { diary: await fromStored('diary', stored.diary), plans: await fromStored('plans', stored.plans) };
  },

  /**
   * Writes validated records, the diary and the plans, in one transaction: `replace` swaps
   * both for the file's; `merge` adds new ids and takes the file's version where its
   * updatedAt is newer. If anything fails, nothing has changed.
   */
  async write(records: BackupRecords, mode: ImportMode): Promise<ImportCounts> {
    const db = await database();
    // Sealed first (while the lock is on), outside the transaction; dates stay readable for the merge.
    const [diaryRecords, planRecords] = await Promise.all([toStored('diary', records.diary), toStored('plans', records.plans)]);
    const counts = await db.transaction(['diary', 'plans', 'meta'], 'readwrite', async ({ diary, plans, meta }) => {
      await guardLock(meta);
      return { diary: await writeRecords(diary, diaryRecords, mode), plans: await writeRecords(plans, planRecords, mode) };
    });
    publishDiaryChange({ type: 'replaced' });
    // The home page mirrors the newest plan's review date. The import itself has succeeded
    // by now, so a failure here must not report it as failed.
    await planRepository.syncReviewReminder().catch(() => undefined);
    return counts;
  },

  /** Removes every record of every store on this device, and the app's local settings. */
  async eraseEverything(): Promise<void> {
    const db = await database();
    await db.transaction(STORE_NAMES, 'readwrite', async (stores) => {
      for (const name of STORE_NAMES) await stores[name].clear();
    });
    removeAllLocalData();
    // The lock went with the meta store: what is written from now on is in clear, as on a new device.
    setLockOff();
    publishLockChange();
    publishDiaryChange({ type: 'replaced' });
  },

  /** How many records of each kind are on the device, for the import and delete confirmations. */
  async counts(): Promise<DeviceCounts> {
    const db = await database();
    return db.transaction(['diary', 'drafts', 'plans'], 'readonly', async ({ diary, drafts, plans }) => ({
      diary: await diary.count(),
      drafts: await drafts.count(),
      plans: await plans.count(),
    }));
  },
};
