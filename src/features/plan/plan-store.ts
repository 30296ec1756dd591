import type { Plan } from '../../storage/plans/plan';
import { PlanConflictError, planRepository } from '../../storage/plans/plan-repository';
import { createLatestWriter } from '../shared/latest-writer';

type SaveListener = (ok: boolean) => void;
const listeners = new Set<SaveListener>();
const conflictListeners = new Set<() => void>();

/** The updatedAt of each plan as this tab last read or wrote it: a save is refused if the stored one differs. */
const known = new Map<string, string>();

/**
 * One writer per page load, shared by every screen of the builder: a screen that opens while
 * the previous one is still saving waits for that save before it reads (see loadPlans).
 */
const writer = createLatestWriter<Plan>(
  async (plan) => {
    const base = known.get(plan.id);
    await planRepository.save(plan, base === undefined ? {} : { baseUpdatedAt: base });
    known.set(plan.id, plan.updatedAt);
  },
  (ok, error) => {
    if (error instanceof PlanConflictError) {
      for (const listener of conflictListeners) listener();
      return;
    }
    for (const listener of listeners) listener(ok);
  },
);

/** Another tab changed this plan, or started a newer one: this tab's change was not stored. */
export function onPlanConflict(listener: () => void): () => void {
  conflictListeners.add(listener);
  return () => conflictListeners.delete(listener);
}

export function savePlan(plan: Plan): void {
  writer.write(plan);
}

/** Resolves once every change made so far is stored. */
export function plansSaved(): Promise<void> {
  return writer.idle();
}

export function onPlanSaved(listener: SaveListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every plan, newest first, after any save still under way. */
export async function loadPlans(): Promise<Plan[]> {
  await writer.idle();
  const plans = await planRepository.all();
  for (const plan of plans) known.set(plan.id, plan.updatedAt);
  return plans;
}
