import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { PLAN_STEPS, type Plan, type PlanStep } from '../../storage/plans/plan';
import { planRepository } from '../../storage/plans/plan-repository';
import { newPlan } from './plan-edits';
import { loadPlans, onPlanConflict, onPlanSaved, savePlan } from './plan-store';
import { leavePlanNotice } from './plan-notice';
import { onPlanSavedElsewhere } from '../../storage/plans/plan-events';
import { ChangedElsewhere } from './ChangedElsewhere';
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
  const { path, query, route } = useLocation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [saveFailed, setSaveFailed] = useState(false);
  const [elsewhere, setElsewhere] = useState(false);
  const [generation, setGeneration] = useState(0);
  const latest = useRef<Loaded>(loaded);
  latest.current = loaded;
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
  }, [generation]);

  useEffect(() => onPlanSaved((ok) => setSaveFailed(!ok)), []);

  // Another tab saved a plan: if it is this one with other content, or a newer plan now exists,
  // say so before the parent types on (a save from here would be refused; see plan-store.ts).
  useEffect(() => onPlanConflict(() => setElsewhere(true)), []);
  useEffect(
    () =>
      onPlanSavedElsewhere(() => {
        const shown = latest.current;
        if (shown.status !== 'ready' || !shown.stored) return;
        void planRepository
          .current()
          .then((current) => {
            if (current && (current.id !== shown.plan.id || current.updatedAt !== shown.plan.updatedAt)) setElsewhere(true);
          })
          .catch(() => undefined);
      }),
    [],
  );

  const reload = () => {
    setElsewhere(false);
    setSaveFailed(false);
    setGeneration((value) => value + 1);
  };

  // Without a step in the URL, continue where the parent left off. Only on the builder's own
  // address: right after "Klaar" the router still shows this page for a moment while the URL is
  // already the plan page's (no `?n=`), and resuming then sent the parent back to step 8.
  const onBuilder = path === pathFor(locale, { name: 'planStep' });
  useEffect(() => {
    if (loaded.status === 'ready' && asked === null && onBuilder) route(`${pathFor(locale, { name: 'planStep' })}?n=${stepNumber(loaded.plan.step)}`, true);
  }, [loaded.status, asked, onBuilder]);

  // Remember the step (also after Back and Forward), once the plan is stored. Moving between
  // steps changes nothing in the plan: "last changed" stays.
  useEffect(() => {
    if (loaded.status !== 'ready' || !loaded.stored || asked === null || loaded.plan.step === asked) return;
    store((plan) => ({ ...plan, step: asked }), { changed: false });
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

  /** Applies a change and saves it; `changed: false` for bookkeeping that keeps "last changed". */
  const store = (change: (plan: Plan) => Plan, { changed }: { changed: boolean }) => {
    setLoaded((current) => {
      if (current.status !== 'ready') return current;
      const next = change(current.plan);
      const plan = changed ? { ...next, updatedAt: new Date().toISOString() } : next;
      savePlan(plan);
      return { ...current, plan, stored: true };
    });
  };
  /** A change the parent made: saved at once, and "last changed" moves to now. */
  const update = (change: (plan: Plan) => Plan) => store(change, { changed: true });

  const stepHref = (target: PlanStep) => `${pathFor(locale, { name: 'planStep' })}?n=${stepNumber(target)}`;
  const previous = PLAN_STEPS[number - 2];
  const next = PLAN_STEPS[number];

  return (
    <div class="page plan-builder">
      {/* The step number is part of the heading that gets focus, so a screen reader says it on every step. */}
      <h1 ref={heading} tabIndex={-1}>
        <span class="plan-builder__progress">{t('plan.builder.progress', { number, total: PLAN_STEPS.length })}</span> {title}
      </h1>
      {loaded.status === 'loading' && <p class="muted">{t('plan.loading')}</p>}
      {elsewhere && <ChangedElsewhere onReload={reload} />}
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
                  leavePlanNotice('ready');
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
