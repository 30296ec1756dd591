import { database } from '../db/open-database';
import { fromStored, fromStoredOne, guardLock, toStored } from '../lock/record-codec';
import { lockStatus } from '../lock/lock-state';
import { byNewest, type DiaryEntry } from './diary-entry';
import { publishDiaryChange } from './diary-events';

export interface SaveOptions {
  /** The draft this save completes; it is removed in the same transaction. */
  draftKey?: string;
  /** The updatedAt of the stored entry when the edit began; tells whether another tab saved since. */
  baseUpdatedAt?: string;
}

export interface SaveResult {
  entry: DiaryEntry;
  /** Another tab saved this entry after this edit began: this later save won and replaced it. */
  replacedOther: boolean;
}

/**
 * Diary entries on the device. The only way features read or change them. While the lock is
 * on, entries are sealed on the way in and opened on the way out (see lock/record-codec.ts).
 */
export const diaryRepository = {
  /** Opens the database ahead of the first read (it is opened once per page). */
  async open(): Promise<void> {
    await database();
  },

  async storageKind() {
    return (await database()).kind;
  },

  async newest(limit?: number): Promise<DiaryEntry[]> {
    const db = await database();
    const stored = await db.transaction(['diary'], 'readonly', ({ diary }) => diary.newest(limit));
    return fromStored('diary', stored);
  },

  async get(id: string): Promise<DiaryEntry | undefined> {
    const db = await database();
    return fromStoredOne('diary', await db.transaction(['diary'], 'readonly', ({ diary }) => diary.get(id)));
  },

  async count(): Promise<number> {
    const db = await database();
    return db.transaction(['diary'], 'readonly', ({ diary }) => diary.count());
  },

  async save(entry: DiaryEntry, options: SaveOptions = {}): Promise<SaveResult> {
    const db = await database();
    // One more save than the stored copy has (sealed records keep the count in clear): merges
    // decide "newer" by it, not by a clock that may be wrong.
    const current = await db.transaction(['diary'], 'readonly', ({ diary }) => diary.get(entry.id));
    entry = { ...entry, revision: Math.max(current?.revision ?? 0, entry.revision ?? 0) + 1 };
    const [record] = await toStored('diary', [entry]);
    const replacedOther = await db.transaction(['diary', 'drafts', 'meta'], 'readwrite', async ({ diary, drafts, meta }) => {
      await guardLock(meta);
      const stored = options.baseUpdatedAt === undefined ? undefined : await diary.get(entry.id);
      await diary.put(record!);
      if (options.draftKey !== undefined) await drafts.delete(options.draftKey);
      return stored !== undefined && stored.updatedAt !== options.baseUpdatedAt;
    });
    publishDiaryChange({ type: 'saved', id: entry.id, replacedOther });
    return { entry, replacedOther };
  },

  /** Deletes an entry and returns it, so the parent can undo. */
  async remove(id: string): Promise<DiaryEntry | undefined> {
    const db = await database();
    const removed = await db.transaction(['diary', 'drafts', 'meta'], 'readwrite', async ({ diary, drafts, meta }) => {
      await guardLock(meta);
      const stored = await diary.get(id);
      await diary.delete(id);
      await drafts.delete(id);
      return stored;
    });
    publishDiaryChange({ type: 'deleted', id });
    return lockStatus() === 'locked' ? undefined : fromStoredOne('diary', removed);
  },

  /** Undo of a delete: puts the entry back exactly as it was. */
  async restore(entry: DiaryEntry): Promise<void> {
    const db = await database();
    const [record] = await toStored('diary', [entry]);
    await db.transaction(['diary', 'meta'], 'readwrite', async ({ diary, meta }) => {
      await guardLock(meta);
      await diary.put(record!);
    });
    publishDiaryChange({ type: 'restored', id: entry.id });
  },

  /** The entries about each of these plan items, newest first. */
  async forPlanItems(itemIds: readonly string[]): Promise<Map<string, DiaryEntry[]>> {
    const db = await database();
    const found = await db.transaction(['diary'], 'readonly', ({ diary }) => Promise.all(itemIds.map((id) => diary.matching(id))));
    const opened = await Promise.all(found.map((records) => fromStored('diary', records)));
    return new Map(itemIds.map((id, index) => [id, opened[index]!.sort(byNewest)]));
  },

  /** Every entry, newest first. */
  async all(): Promise<DiaryEntry[]> {
    return (await this.newest()).sort(byNewest);
  },
};
