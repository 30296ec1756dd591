import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupRepository } from '../../src/storage/backup-repository';
import { resetDatabaseForTests } from '../../src/storage/db/open-database';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';
import { onDiaryChange, type DiaryChange } from '../../src/storage/diary/diary-events';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import { draftRepository } from '../../src/storage/diary/draft-repository';
import { readPreferences, savePreferences } from '../../src/storage/preferences';

function entry(id: string, occurredAt: string, patch: Partial<DiaryEntry> = {}): DiaryEntry {
  return { id, occurredAt, createdAt: occurredAt, updatedAt: occurredAt, kind: 'event', text: `tekst ${id}`, tags: [], ...patch };
}

async function freshDatabase() {
  await resetDatabaseForTests();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('kier');
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
}

for (const backend of ['indexeddb', 'memory'] as const) {
  describe(`diary repository on ${backend}`, () => {
    beforeEach(async () => {
      await freshDatabase();
      if (backend === 'memory') vi.stubGlobal('indexedDB', undefined);
    });
    afterEach(async () => {
      vi.unstubAllGlobals();
      await freshDatabase();
    });

    it('says where it keeps the data', async () => {
      expect(await diaryRepository.storageKind()).toBe(backend);
    });

    it('saves, reads newest first, and deletes with undo', async () => {
      await diaryRepository.save(entry('b', '2026-03-02T10:00:00.000Z'));
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      await diaryRepository.save(entry('c', '2026-03-03T10:00:00.000Z'));
      expect((await diaryRepository.all()).map((e) => e.id)).toEqual(['c', 'b', 'a']);
      expect((await diaryRepository.newest(2)).map((e) => e.id)).toEqual(['c', 'b']);

      const removed = await diaryRepository.remove('b');
      expect(removed?.id).toBe('b');
      expect(await diaryRepository.count()).toBe(2);
      await diaryRepository.restore(removed!);
      expect(await diaryRepository.get('b')).toEqual(entry('b', '2026-03-02T10:00:00.000Z'));
    });

    it('removes the draft in the same step as the save', async () => {
      await draftRepository.save({ key: 'new', savedAt: '2026-03-01T10:00:00.000Z', fields: { occurredAtLocal: '2026-03-01T11:00', kind: 'event', text: 'x', tension: null, tagsText: '' } });
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'), { draftKey: 'new' });
      expect(await draftRepository.get('new')).toBeUndefined();
    });

    it('tells when a save replaced a version saved elsewhere after the edit began', async () => {
      const first = entry('a', '2026-03-01T10:00:00.000Z');
      await diaryRepository.save(first);
      // Another tab saves a change…
      await diaryRepository.save({ ...first, text: 'van het andere tabblad', updatedAt: '2026-03-01T11:00:00.000Z' }, { baseUpdatedAt: first.updatedAt });
      // …and this tab, which began from the first version, saves later: it wins, and says so.
      const result = await diaryRepository.save({ ...first, text: 'van dit tabblad', updatedAt: '2026-03-01T12:00:00.000Z' }, { baseUpdatedAt: first.updatedAt });
      expect(result.replacedOther).toBe(true);
      expect((await diaryRepository.get('a'))?.text).toBe('van dit tabblad');
    });

    it('announces every change, with ids only', async () => {
      const changes: DiaryChange[] = [];
      const stop = onDiaryChange((change) => changes.push(change));
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z', { text: 'geheim' }));
      await diaryRepository.remove('a');
      stop();
      expect(changes).toEqual([
        { type: 'saved', id: 'a', replacedOther: false },
        { type: 'deleted', id: 'a' },
      ]);
      expect(JSON.stringify(changes)).not.toContain('geheim');
    });

    it('merges a backup by id, the newer updatedAt winning', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z', { text: 'oud', updatedAt: '2026-03-01T10:00:00.000Z' }));
      await diaryRepository.save(entry('b', '2026-03-02T10:00:00.000Z', { text: 'nieuwer op apparaat', updatedAt: '2026-03-09T10:00:00.000Z' }));
      const counts = await backupRepository.write(
        {
          diary: [
            entry('a', '2026-03-01T10:00:00.000Z', { text: 'nieuw uit bestand', updatedAt: '2026-03-05T10:00:00.000Z' }),
            entry('b', '2026-03-02T10:00:00.000Z', { text: 'ouder uit bestand', updatedAt: '2026-03-03T10:00:00.000Z' }),
            entry('c', '2026-03-03T10:00:00.000Z'),
          ],
        },
        'merge',
      );
      expect(counts).toEqual({ added: 1, updated: 1, kept: 1, removed: 0 });
      expect((await diaryRepository.get('a'))?.text).toBe('nieuw uit bestand');
      expect((await diaryRepository.get('b'))?.text).toBe('nieuwer op apparaat');
      expect(await diaryRepository.count()).toBe(3);
    });

    it('replaces the diary with a backup', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      await diaryRepository.save(entry('b', '2026-03-02T10:00:00.000Z'));
      const counts = await backupRepository.write({ diary: [entry('c', '2026-03-03T10:00:00.000Z')] }, 'replace');
      expect(counts).toEqual({ added: 1, updated: 0, kept: 0, removed: 2 });
      expect((await diaryRepository.all()).map((e) => e.id)).toEqual(['c']);
    });

    it('changes nothing when writing a backup fails halfway', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      const broken = { id: undefined } as unknown as DiaryEntry; // a record without its key makes the store refuse it
      await expect(backupRepository.write({ diary: [entry('b', '2026-03-02T10:00:00.000Z'), broken] }, 'replace')).rejects.toBeTruthy();
      expect((await diaryRepository.all()).map((e) => e.id)).toEqual(['a']);
    });

    it('erases everything: records, drafts and local settings', async () => {
      savePreferences({ country: 'BE' });
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      await draftRepository.save({ key: 'new', savedAt: '2026-03-01T10:00:00.000Z', fields: { occurredAtLocal: '2026-03-01T11:00', kind: 'event', text: 'x', tension: null, tagsText: '' } });
      expect(await backupRepository.counts()).toEqual({ diary: 1, drafts: 1 });
      await backupRepository.eraseEverything();
      expect(await backupRepository.counts()).toEqual({ diary: 0, drafts: 0 });
      expect(readPreferences()).toEqual({});
    });
  });
}
