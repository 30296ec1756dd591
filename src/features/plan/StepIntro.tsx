import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';
import type { PlanStep } from '../../storage/plans/plan';
import { STEP_MODULES } from './plan-steps';

/** One short explanation, an example, and the modules that explain the step further. */
export function StepIntro({ step }: { step: PlanStep }) {
  const t = useT();
  const locale = useLocale();
  const modules = STEP_MODULES[step].flatMap((id) => {
    const meta = findModule(locale, id);
    return meta ? [meta] : [];
  });
  return (
    <div class="step-intro">
      <p>{t(`plan.steps.${step}.intro`)}</p>
      <p class="step-intro__example">{t(`plan.steps.${step}.example`)}</p>
      {modules.length > 0 && (
        <p class="step-intro__more">
          {t('plan.builder.readMore')}{' '}
          {modules.map((module, index) => (
            <span key={module.id}>
              {index > 0 && ', '}
              <a href={pathFor(locale, { name: 'module', id: module.id })}>{module.title}</a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
