import { database } from '../db/open-database';
import type { DiaryDraft } from './diary-draft';

/** Unsaved diary text, kept at every keystroke. */
export const draftRepository = {
  async get(key: string): Promise<DiaryDraft | undefined> {
    const db = await database();
    return db.transaction(['drafts'], 'readonly', ({ drafts }) => drafts.get(key));
  },

  async save(draft: DiaryDraft): Promise<void> {
    const db = await database();
    await db.transaction(['drafts'], 'readwrite', ({ drafts }) => drafts.put(draft));
  },

  async discard(key: string): Promise<void> {
    const db = await database();
    await db.transaction(['drafts'], 'readwrite', ({ drafts }) => drafts.delete(key));
  },

  async all(): Promise<DiaryDraft[]> {
    const db = await database();
    return db.transaction(['drafts'], 'readonly', ({ drafts }) => drafts.getAll());
  },
};
