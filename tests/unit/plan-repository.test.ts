import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newPlan } from '../../src/features/plan/plan-edits';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import { PlanConflictError, planRepository } from '../../src/storage/plans/plan-repository';
import { readPlanReviewDate } from '../../src/storage/plans/plan-review-reminder';
import { freshDatabase } from '../support/fresh-database';

function entry(id: string, occurredAt: string, planItemId?: string): DiaryEntry {
  return { id, occurredAt, createdAt: occurredAt, updatedAt: occurredAt, kind: 'event', text: `tekst ${id}`, tags: [], ...(planItemId ? { planItemId } : {}) };
}


for (const backend of ['indexeddb', 'memory'] as const) {
  describe(`plan repository on ${backend}`, () => {
    beforeEach(async () => {
      await freshDatabase();
      if (backend === 'memory') vi.stubGlobal('indexedDB', undefined);
    });
    afterEach(async () => {
      vi.unstubAllGlobals();
      await freshDatabase();
    });

    it('keeps several plans, newest first, and the newest is the current one', async () => {
      await planRepository.save(newPlan('old', new Date('2026-01-01T00:00:00Z')));
      await planRepository.save(newPlan('new', new Date('2026-06-01T00:00:00Z')));
      expect((await planRepository.all()).map((plan) => plan.id)).toEqual(['new', 'old']);
      expect((await planRepository.current())?.id).toBe('new');
      expect((await planRepository.get('old'))?.id).toBe('old');
    });

    it("mirrors the current plan's review date for the home page, and clears it", async () => {
      await planRepository.save({ ...newPlan('old', new Date('2026-01-01T00:00:00Z')), reviewOn: '2026-02-01' });
      expect(readPlanReviewDate()).toBe('2026-02-01');
      await planRepository.save({ ...newPlan('new', new Date('2026-06-01T00:00:00Z')), reviewOn: '' });
      expect(readPlanReviewDate()).toBeNull();
      await planRepository.remove('new');
      expect(readPlanReviewDate()).toBe('2026-02-01');
    });

    it('refuses to write over a change another tab made, or into an earlier plan', async () => {
      const first = newPlan('old', new Date('2026-01-01T00:00:00Z'));
      await planRepository.save(first);
      await planRepository.save({ ...first, updatedAt: '2026-01-02T00:00:00.000Z' }, { baseUpdatedAt: first.updatedAt });
      // A tab that still holds the first version:
      await expect(planRepository.save({ ...first, updatedAt: '2026-01-03T00:00:00.000Z' }, { baseUpdatedAt: first.updatedAt })).rejects.toThrow(PlanConflictError);
      // Another tab started a newer plan: the old one is read-only now.
      await planRepository.save(newPlan('new', new Date('2026-06-01T00:00:00Z')));
      await expect(planRepository.save({ ...first, updatedAt: '2026-06-02T00:00:00.000Z' }, { baseUpdatedAt: '2026-01-02T00:00:00.000Z' })).rejects.toMatchObject({ reason: 'notCurrent' });
      expect((await planRepository.get('old'))?.updatedAt).toBe('2026-01-02T00:00:00.000Z');
    });

    it('finds the diary entries about plan items through the index, newest first', async () => {
      await diaryRepository.save(entry('a', '2026-03-01T10:00:00.000Z', 'item-1'));
      await diaryRepository.save(entry('b', '2026-03-03T10:00:00.000Z', 'item-1'));
      await diaryRepository.save(entry('c', '2026-03-02T10:00:00.000Z', 'item-2'));
      await diaryRepository.save(entry('d', '2026-03-04T10:00:00.000Z'));
      const found = await diaryRepository.forPlanItems(['item-1', 'item-2', 'item-3']);
      expect(found.get('item-1')?.map((e) => e.id)).toEqual(['b', 'a']);
      expect(found.get('item-2')?.map((e) => e.id)).toEqual(['c']);
      expect(found.get('item-3')).toEqual([]);
    });
  });
}
