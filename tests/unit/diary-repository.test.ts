import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupRepository } from '../../src/storage/backup-repository';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';
import { onDiaryChange, type DiaryChange } from '../../src/storage/diary/diary-events';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import { draftRepository } from '../../src/storage/diary/draft-repository';
import type { Plan } from '../../src/storage/plans/plan';
import { planRepository } from '../../src/storage/plans/plan-repository';
import { readPlanReviewDate } from '../../src/storage/plans/plan-review-reminder';
import { readPreferences, savePreferences } from '../../src/storage/preferences';
import { freshDatabase } from '../support/fresh-database';

function entry(id: string, occurredAt: string, patch: Partial<DiaryEntry> = {}): DiaryEntry {
  return { id, occurredAt, createdAt: occurredAt, updatedAt: occurredAt, kind: 'event', text: `tekst ${id}`, tags: [], ...patch };
}

function plan(id: string, createdAt: string, patch: Partial<Plan> = {}): Plan {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    step: 'sort',
    items: [{ id: 'i1', catalogueId: 'meals-to-room', decision: 'stop' }],
    startItemIds: ['i1'],
    changes: [],
    contact: [],
    escalation: { responses: [], whoToCall: '' },
    supporters: [],
    reviewOn: '',
    ...patch,
  };
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
      // Undo puts it back exactly as it was stored: saved once.
      expect(await diaryRepository.get('b')).toEqual({ ...entry('b', '2026-03-02T10:00:00.000Z'), revision: 1 });
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
          plans: [],
        },
        'merge',
      );
      expect(counts).toEqual({ diary: { added: 1, updated: 1, kept: 1, removed: 0 }, plans: { added: 0, updated: 0, kept: 0, removed: 0 } });
      expect((await diaryRepository.get('a'))?.text).toBe('nieuw uit bestand');
      expect((await diaryRepository.get('b'))?.text).toBe('nieuwer op apparaat');
      expect(await diaryRepository.count()).toBe(3);
    });

    it('counts every save, and a merge keeps the copy saved more often, whatever the clocks said', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z', { text: 'eerste versie' }));
      const exported = (await backupRepository.readAll()).diary;
      expect(exported.map((e) => e.revision)).toEqual([1]);
      // Edited later on a device whose clock was a year behind: an older updatedAt, but saved once more.
      await diaryRepository.save({ ...exported[0]!, text: 'later bijgewerkt', updatedAt: '2025-03-01T10:00:00.000Z' });
      expect((await diaryRepository.get('a'))?.revision).toBe(2);
      const counts = await backupRepository.write({ diary: exported, plans: [] }, 'merge');
      expect(counts.diary).toEqual({ added: 0, updated: 0, kept: 1, removed: 0 });
      expect((await diaryRepository.get('a'))?.text).toBe('later bijgewerkt');
      // A copy saved more often elsewhere wins even with an older clock; on the same count, the later clock.
      await backupRepository.write({ diary: [{ ...exported[0]!, text: 'drie keer bewaard', revision: 3, updatedAt: '2024-01-01T10:00:00.000Z' }], plans: [] }, 'merge');
      expect((await diaryRepository.get('a'))?.text).toBe('drie keer bewaard');
      await backupRepository.write({ diary: [{ ...exported[0]!, text: 'zelfde telling, later', revision: 3, updatedAt: '2024-06-01T10:00:00.000Z' }], plans: [] }, 'merge');
      expect((await diaryRepository.get('a'))?.text).toBe('zelfde telling, later');
    });

    it('counts the saves of a plan too, each save one more than the stored copy', async () => {
      await planRepository.save(plan('p1', '2026-03-01T10:00:00.000Z'));
      await planRepository.save(plan('p1', '2026-03-01T10:00:00.000Z'));
      await planRepository.save(plan('p1', '2026-03-01T10:00:00.000Z'));
      expect((await planRepository.all())[0]?.revision).toBe(3);
    });

    it('replaces the diary with a backup', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      await diaryRepository.save(entry('b', '2026-03-02T10:00:00.000Z'));
      const counts = await backupRepository.write({ diary: [entry('c', '2026-03-03T10:00:00.000Z')], plans: [] }, 'replace');
      expect(counts).toEqual({ diary: { added: 1, updated: 0, kept: 0, removed: 2 }, plans: { added: 0, updated: 0, kept: 0, removed: 0 } });
      expect((await diaryRepository.all()).map((e) => e.id)).toEqual(['c']);
    });

    it('changes nothing when writing a backup fails halfway', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      const broken = { id: undefined } as unknown as DiaryEntry; // a record without its key makes the store refuse it
      await expect(backupRepository.write({ diary: [entry('b', '2026-03-02T10:00:00.000Z'), broken], plans: [] }, 'replace')).rejects.toBeTruthy();
      expect((await diaryRepository.all()).map((e) => e.id)).toEqual(['a']);
    });

    it('erases everything: records, drafts and local settings', async () => {
      savePreferences({ country: 'BE' });
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      await draftRepository.save({ key: 'new', savedAt: '2026-03-01T10:00:00.000Z', fields: { occurredAtLocal: '2026-03-01T11:00', kind: 'event', text: 'x', tension: null, tagsText: '' } });
      await planRepository.save(plan('p1', '2026-03-01T10:00:00.000Z', { reviewOn: '2026-04-01' }));
      expect(await backupRepository.counts()).toEqual({ diary: 1, drafts: 1, plans: 1 });
      expect(readPlanReviewDate()).toBe('2026-04-01');
      await backupRepository.eraseEverything();
      expect(await backupRepository.counts()).toEqual({ diary: 0, drafts: 0, plans: 0 });
      expect(readPreferences()).toEqual({});
      expect(readPlanReviewDate()).toBeNull();
    });

    it('reads the diary and the plans for a backup', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      await planRepository.save(plan('p1', '2026-03-01T10:00:00.000Z'));
      expect(await backupRepository.readAll()).toEqual({ diary: [{ ...entry('a', '2026-03-01T10:00:00.000Z'), revision: 1 }], plans: [{ ...plan('p1', '2026-03-01T10:00:00.000Z'), revision: 1 }] });
    });

    it('merges the plans of a backup by id, the newer updatedAt winning, and keeps the rest', async () => {
      await planRepository.save(plan('a', '2026-03-01T10:00:00.000Z', { reviewOn: '2026-04-01' }));
      await planRepository.save(plan('b', '2026-03-02T10:00:00.000Z', { updatedAt: '2026-03-09T10:00:00.000Z', step: 'review' }));
      await planRepository.save(plan('d', '2026-03-04T10:00:00.000Z'));
      const counts = await backupRepository.write(
        {
          diary: [entry('x', '2026-03-01T10:00:00.000Z')],
          plans: [
            plan('a', '2026-03-01T10:00:00.000Z', { updatedAt: '2026-03-05T10:00:00.000Z', step: 'contact' }),
            plan('b', '2026-03-02T10:00:00.000Z', { updatedAt: '2026-03-03T10:00:00.000Z', step: 'now' }),
            plan('c', '2026-03-10T10:00:00.000Z', { reviewOn: '2026-05-01' }),
          ],
        },
        'merge',
      );
      expect(counts).toEqual({ diary: { added: 1, updated: 0, kept: 0, removed: 0 }, plans: { added: 1, updated: 1, kept: 1, removed: 0 } });
      expect((await planRepository.get('a'))?.step).toBe('contact');
      expect((await planRepository.get('b'))?.step).toBe('review');
      expect((await planRepository.all()).map((p) => p.id)).toEqual(['c', 'd', 'b', 'a']);
      // The home page's reminder follows the newest plan, which came from the file.
      expect(readPlanReviewDate()).toBe('2026-05-01');
    });

    it('keeps the device’s plan on a tie', async () => {
      await planRepository.save(plan('a', '2026-03-01T10:00:00.000Z', { step: 'review' }));
      const counts = await backupRepository.write({ diary: [], plans: [plan('a', '2026-03-01T10:00:00.000Z', { step: 'now' })] }, 'merge');
      expect(counts.plans).toEqual({ added: 0, updated: 0, kept: 1, removed: 0 });
      expect((await planRepository.get('a'))?.step).toBe('review');
    });

    it('replaces the diary and the plans together', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      await planRepository.save(plan('p1', '2026-03-01T10:00:00.000Z', { reviewOn: '2026-04-01' }));
      await planRepository.save(plan('p2', '2026-03-02T10:00:00.000Z', { reviewOn: '2026-04-02' }));
      const counts = await backupRepository.write({ diary: [entry('b', '2026-03-02T10:00:00.000Z')], plans: [plan('p2', '2026-03-02T10:00:00.000Z', { reviewOn: '' })] }, 'replace');
      expect(counts).toEqual({ diary: { added: 1, updated: 0, kept: 0, removed: 1 }, plans: { added: 1, updated: 0, kept: 0, removed: 1 } });
      expect((await planRepository.all()).map((p) => p.id)).toEqual(['p2']);
      expect((await planRepository.get('p2'))?.reviewOn).toBe('');
      expect((await diaryRepository.all()).map((e) => e.id)).toEqual(['b']);
      expect(readPlanReviewDate()).toBeNull();
    });

    it('empties the plans when a replace comes from a file without plans', async () => {
      await planRepository.save(plan('p1', '2026-03-01T10:00:00.000Z', { reviewOn: '2026-04-01' }));
      const counts = await backupRepository.write({ diary: [], plans: [] }, 'replace');
      expect(counts.plans).toEqual({ added: 0, updated: 0, kept: 0, removed: 1 });
      expect(await planRepository.all()).toEqual([]);
      expect(readPlanReviewDate()).toBeNull();
    });

    it('changes neither the diary nor the plans when writing a plan fails', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z'));
      await planRepository.save(plan('p1', '2026-03-01T10:00:00.000Z', { reviewOn: '2026-04-01' }));
      const broken = { id: undefined } as unknown as Plan;
      await expect(
        backupRepository.write({ diary: [entry('b', '2026-03-02T10:00:00.000Z')], plans: [plan('p2', '2026-03-02T10:00:00.000Z'), broken] }, 'replace'),
      ).rejects.toBeTruthy();
      expect((await diaryRepository.all()).map((e) => e.id)).toEqual(['a']);
      expect((await planRepository.all()).map((p) => p.id)).toEqual(['p1']);
      expect(readPlanReviewDate()).toBe('2026-04-01');
    });
  });
}
