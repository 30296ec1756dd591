import type { Plan } from '../../storage/plans/plan';
import { planRepository } from '../../storage/plans/plan-repository';
import { createLatestWriter } from '../shared/latest-writer';

type SaveListener = (ok: boolean) => void;
const listeners = new Set<SaveListener>();

/**
 * One writer per page load, shared by every screen of the builder: a screen that opens while
 * the previous one is still saving waits for that save before it reads (see loadPlans).
 */
const writer = createLatestWriter<Plan>(
  (plan) => planRepository.save(plan),
  (ok) => {
    for (const listener of listeners) listener(ok);
  },
);

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
  return planRepository.all();
}
