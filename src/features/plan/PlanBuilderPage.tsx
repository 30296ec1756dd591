import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { PLAN_STEPS, type Plan, type PlanStep } from '../../storage/plans/plan';
import { planRepository } from '../../storage/plans/plan-repository';
import { newPlan } from './plan-edits';
import { loadPlans, onPlanSaved, savePlan } from './plan-store';
import { stepFromQuery, stepNumber } from './plan-steps';
import { StepIntro } from './StepIntro';
import { StepList } from './StepList';
import { StepBody } from './steps/StepBody';
import { StorageWarnings } from '../diary/StorageWarnings';

type Loaded = { status: 'loading' } | { status: 'ready'; plan: Plan; stored: boolean; storageKind: 'indexeddb' | 'memory' };

/**
 * `/nl/plan/stap?n=3`: the builder, one step per screen. It works on the newest plan; a plan
 * is stored from the parent's first change (opening the builder stores nothing), then at
 * every change. Without `?n=` it opens where the parent left off.
 */
export default function PlanBuilderPage() {
  const t = useT();
  const locale = useLocale();
  const { query, route } = useLocation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [saveFailed, setSaveFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const asked = stepFromQuery(query.n);
  const step: PlanStep = asked ?? (loaded.status === 'ready' ? loaded.plan.step : 'now');
  const number = stepNumber(step);
  const title = t(`plan.steps.${step}.title`);
  usePageHead({ title: t('plan.builder.pageTitle', { number, title }) });

  useEffect(() => {
    let live = true;
    void Promise.all([loadPlans(), planRepository.storageKind()]).then(([plans, storageKind]) => {
      if (!live) return;
      const current = plans[0];
      setLoaded(current ? { status: 'ready', plan: current, stored: true, storageKind } : { status: 'ready', plan: newPlan(crypto.randomUUID(), new Date()), stored: false, storageKind });
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => onPlanSaved((ok) => setSaveFailed(!ok)), []);

  // Without a step in the URL, continue where the parent left off.
  useEffect(() => {
    if (loaded.status === 'ready' && asked === null) route(`${pathFor(locale, { name: 'planStep' })}?n=${stepNumber(loaded.plan.step)}`, true);
  }, [loaded.status, asked]);

  // Remember the step (also after Back and Forward), once the plan is stored.
  useEffect(() => {
    if (loaded.status !== 'ready' || !loaded.stored || asked === null || loaded.plan.step === asked) return;
    update((plan) => ({ ...plan, step: asked }));
  }, [loaded.status, asked]);

  // A new step is a new screen: focus its heading, as a page load would.
  const previousStep = useRef<PlanStep | null>(null);
  useEffect(() => {
    if (loaded.status !== 'ready') return;
    if (previousStep.current !== null && previousStep.current !== step) {
      heading.current?.focus();
      window.scrollTo(0, 0);
    }
    previousStep.current = step;
  }, [step, loaded.status]);

  const update = (change: (plan: Plan) => Plan) => {
    setLoaded((current) => {
      if (current.status !== 'ready') return current;
      const plan = { ...change(current.plan), updatedAt: new Date().toISOString() };
      savePlan(plan);
      return { ...current, plan, stored: true };
    });
  };

  const stepHref = (target: PlanStep) => `${pathFor(locale, { name: 'planStep' })}?n=${stepNumber(target)}`;
  const previous = PLAN_STEPS[number - 2];
  const next = PLAN_STEPS[number];

  return (
    <div class="page plan-builder">
      <p class="plan-builder__progress">{t('plan.builder.progress', { number, total: PLAN_STEPS.length })}</p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {loaded.status === 'loading' && <p class="muted">{t('plan.loading')}</p>}
      {loaded.status === 'ready' && (
        <>
          <StorageWarnings storageKind={loaded.storageKind} outdated={false} />
          <StepIntro step={step} />
          <StepBody step={step} plan={loaded.plan} update={update} stepHref={stepHref} />
          {saveFailed && (
            <p class="form-problem" role="alert">
              {t('plan.builder.saveFailed')}
            </p>
          )}
          <nav class="plan-builder__nav" aria-label={t('plan.builder.stepNav')}>
            {previous ? (
              <a class="button" href={stepHref(previous)} rel="prev">
                {t('plan.builder.previous')}
              </a>
            ) : (
              <a class="button" href={pathFor(locale, { name: 'plan' })}>
                {t('plan.builder.toPlan')}
              </a>
            )}
            {next ? (
              <a class="button button--primary" href={stepHref(next)} rel="next">
                {t('plan.builder.next')}
              </a>
            ) : (
              <button
                type="button"
                class="button button--primary"
                onClick={() => {
                  update((plan) => ({ ...plan, completedAt: plan.completedAt ?? new Date().toISOString() }));
                  route(pathFor(locale, { name: 'plan' }));
                }}
              >
                {t('plan.builder.done')}
              </button>
            )}
          </nav>
          <p class="hint">{t('plan.builder.autosave')}</p>
          <StepList current={step} stepHref={stepHref} />
        </>
      )}
    </div>
  );
}
