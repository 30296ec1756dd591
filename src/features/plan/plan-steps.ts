import { PLAN_STEPS, type PlanStep } from '../../storage/plans/plan';

/** The modules that explain each step; the builder links back to them. */
export const STEP_MODULES: Record<PlanStep, readonly string[]> = {
  now: ['het-hotel-patroon'],
  sort: ['wat-accepteer-ik', 'het-hotel-patroon'],
  start: ['wat-accepteer-ik'],
  change: ['wat-accepteer-ik', 'rustig-blijven'],
  contact: ['contact-herstellen'],
  escalation: ['rustig-blijven', 'crisis-herkennen'],
  support: ['praat-erover', 'zorg-voor-jezelf'],
  review: ['zorg-voor-jezelf', 'hulp-zoeken'],
};

/** Steps are numbered 1–8 in URLs ("?n=3") and on screen. */
export function stepNumber(step: PlanStep): number {
  return PLAN_STEPS.indexOf(step) + 1;
}

/** The step for "?n=…", or null when it is not a step number. */
export function stepFromQuery(value: string | undefined): PlanStep | null {
  if (value === undefined || !/^[1-8]$/.test(value)) return null;
  return PLAN_STEPS[Number(value) - 1] ?? null;
}
