import { database } from '../db/open-database';
import { fromStored, fromStoredOne, guardLock, toStored } from '../lock/record-codec';
import { byNewestPlan, type Plan } from './plan';
import { publishPlanSaved } from './plan-events';
import { writePlanReviewDate } from './plan-review-reminder';

/**
 * A save refused because the plan changed in another tab since this one read it ('changed'),
 * or because a newer plan was started there and this one is now an earlier, read-only plan
 * ('notCurrent'). Nothing was written; the tab should load the stored plans again.
 */
export class PlanConflictError extends Error {
  constructor(readonly reason: 'changed' | 'notCurrent') {
    super(`The plan was changed elsewhere (${reason})`);
    this.name = 'PlanConflictError';
  }
}


/**
 * Plans on the device. The newest plan is the one the parent works on; earlier plans stay
 * readable. The only way features read or change plans. Sealed while the lock is on.
 */
export const planRepository = {
  /** 'memory' when the browser refuses IndexedDB: nothing outlives the tab, and the UI says so. */
  async storageKind() {
    return (await database()).kind;
  },

  /** Every plan, newest first. */
  async all(): Promise<Plan[]> {
    const db = await database();
    // The date index gives newest first, ties by id: the order of byNewestPlan.
    return fromStored('plans', await db.transaction(['plans'], 'readonly', ({ plans }) => plans.newest()));
  },

  async get(id: string): Promise<Plan | undefined> {
    const db = await database();
    return fromStoredOne('plans', await db.transaction(['plans'], 'readonly', ({ plans }) => plans.get(id)));
  },

  /** The plan the parent works on: the newest one. */
  async current(): Promise<Plan | undefined> {
    const db = await database();
    const [newest] = await db.transaction(['plans'], 'readonly', ({ plans }) => plans.newest(1));
    return fromStoredOne('plans', newest);
  },

  /**
   * Stores the current plan as it is now (every field is saved as it changes). With
   * `baseUpdatedAt` (the version this tab last read or wrote), a plan that another tab changed
   * since, or that is no longer the newest, is refused with a PlanConflictError.
   */
  async save(plan: Plan, options: { baseUpdatedAt?: string } = {}): Promise<void> {
    const db = await database();
    // One more save than the stored copy has (see DiaryEntry.revision).
    const current = await db.transaction(['plans'], 'readonly', ({ plans }) => plans.get(plan.id));
    plan = { ...plan, revision: Math.max(current?.revision ?? 0, plan.revision ?? 0) + 1 };
    const [record] = await toStored('plans', [plan]);
    await db.transaction(['plans', 'meta'], 'readwrite', async ({ plans, meta }) => {
      await guardLock(meta);
      const [stored, [newest]] = await Promise.all([plans.get(plan.id), plans.newest(1)]);
      if (stored && options.baseUpdatedAt !== undefined && stored.updatedAt !== options.baseUpdatedAt) throw new PlanConflictError('changed');
      if (newest && newest.id !== plan.id && byNewestPlan(newest, record!) < 0) throw new PlanConflictError('notCurrent');
      await plans.put(record!);
    });
    writePlanReviewDate(plan.reviewOn);
    publishPlanSaved(plan.id);
  },

  async remove(id: string): Promise<void> {
    const db = await database();
    await db.transaction(['plans', 'meta'], 'readwrite', async ({ plans, meta }) => {
      await guardLock(meta);
      await plans.delete(id);
    });
    await this.syncReviewReminder();
  },

  /** Brings the home page's reminder in line with the stored plans (after an import). */
  async syncReviewReminder(): Promise<void> {
    writePlanReviewDate((await this.current())?.reviewOn ?? '');
  },
};
