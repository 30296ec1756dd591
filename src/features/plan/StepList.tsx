import { useT } from '../../app/i18n';
import { PLAN_STEPS, type PlanStep } from '../../storage/plans/plan';
import { stepNumber } from './plan-steps';

/** All eight steps, so the parent can go straight to any of them. */
export function StepList({ current, stepHref }: { current: PlanStep; stepHref: (step: PlanStep) => string }) {
  const t = useT();
  return (
    <nav class="step-list" aria-labelledby="step-list-title">
      <h2 id="step-list-title">{t('plan.builder.allSteps')}</h2>
      <ol>
        {PLAN_STEPS.map((step) => (
          <li key={step}>
            <a href={stepHref(step)} aria-current={step === current ? 'step' : undefined}>
              <span class="step-list__number">{stepNumber(step)}</span> {t(`plan.steps.${step}.title`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
