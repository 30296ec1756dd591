import type { PlanStep } from '../../../storage/plans/plan';
import { ChangeStep } from './ChangeStep';
import { ContactStep } from './ContactStep';
import { EscalationStep } from './EscalationStep';
import { NowStep } from './NowStep';
import { ReviewStep } from './ReviewStep';
import { SortStep } from './SortStep';
import { StartStep } from './StartStep';
import type { StepProps } from './step-props';
import { SupportStep } from './SupportStep';

const SCREENS = {
  now: NowStep,
  sort: SortStep,
  start: StartStep,
  change: ChangeStep,
  contact: ContactStep,
  escalation: EscalationStep,
  support: SupportStep,
  review: ReviewStep,
} satisfies Record<PlanStep, (props: StepProps) => unknown>;

export function StepBody({ step, ...props }: StepProps & { step: PlanStep }) {
  const Screen = SCREENS[step];
  return <Screen {...props} />;
}
