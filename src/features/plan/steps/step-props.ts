import type { Plan, PlanStep } from '../../../storage/plans/plan';

/** What every step screen gets: the plan, a way to change it (saved at once), and step links. */
export interface StepProps {
  plan: Plan;
  update: (change: (plan: Plan) => Plan) => void;
  stepHref: (step: PlanStep) => string;
}
