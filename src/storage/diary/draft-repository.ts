import { database } from '../db/open-database';
import { fromStored, fromStoredOne, guardLock, toStored } from '../lock/record-codec';
import type { DiaryDraft } from './diary-draft';

/** Unsaved diary text, kept at every keystroke (sealed while the lock is on, like entries). */
export const draftRepository = {
  async get(key: string): Promise<DiaryDraft | undefined> {
    const db = await database();
    return fromStoredOne('drafts', await db.transaction(['drafts'], 'readonly', ({ drafts }) => drafts.get(key)));
  },

  async save(draft: DiaryDraft): Promise<void> {
    const db = await database();
    const [record] = await toStored('drafts', [draft]);
    await db.transaction(['drafts', 'meta'], 'readwrite', async ({ drafts, meta }) => {
      await guardLock(meta);
      await drafts.put(record!);
    });
  },

  async discard(key: string): Promise<void> {
    const db = await database();
    await db.transaction(['drafts'], 'readwrite', ({ drafts }) => drafts.delete(key));
  },

  async all(): Promise<DiaryDraft[]> {
    const db = await database();
    return fromStored('drafts', await db.transaction(['drafts'], 'readonly', ({ drafts }) => drafts.getAll()));
  },
};
