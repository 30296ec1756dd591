import { database } from '../db/open-database';
import { byNewestPlan, type Plan } from './plan';
import { writePlanReviewDate } from './plan-review-reminder';

/**
 * Plans on the device. The newest plan is the one the parent works on; earlier plans stay
 * readable. The only way features read or change plans.
 */
export const planRepository = {
  /** 'memory' when the browser refuses IndexedDB: nothing outlives the tab, and the UI says so. */
  async storageKind() {
    return (await database()).kind;
  },

  /** Every plan, newest first. */
  async all(): Promise<Plan[]> {
    const db = await database();
    const plans = await db.transaction(['plans'], 'readonly', ({ plans }) => plans.getAll());
    return plans.sort(byNewestPlan);
  },

  async get(id: string): Promise<Plan | undefined> {
    const db = await database();
    return db.transaction(['plans'], 'readonly', ({ plans }) => plans.get(id));
  },

  /** The plan the parent works on: the newest one. */
  async current(): Promise<Plan | undefined> {
    return (await this.all())[0];
  },

  /** Stores the plan as it is now (every field is saved as it changes). */
  async save(plan: Plan): Promise<void> {
    const db = await database();
    const newest = await db.transaction(['plans'], 'readwrite', async ({ plans }) => {
      await plans.put(plan);
      return (await plans.getAll()).sort(byNewestPlan)[0];
    });
    if (newest) writePlanReviewDate(newest.reviewOn);
  },

  async remove(id: string): Promise<void> {
    const db = await database();
    const newest = await db.transaction(['plans'], 'readwrite', async ({ plans }) => {
      await plans.delete(id);
      return (await plans.getAll()).sort(byNewestPlan)[0];
    });
    writePlanReviewDate(newest?.reviewOn ?? '');
  },

  /** Brings the home page's reminder in line with the stored plans (after an import). */
  async syncReviewReminder(): Promise<void> {
    writePlanReviewDate((await this.current())?.reviewOn ?? '');
  },
};
