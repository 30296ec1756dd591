import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';
import type { DiaryEntry } from '../../storage/diary/diary-entry';
import { diaryRepository } from '../../storage/diary/diary-repository';
import { PLAN_LIMITS, type Plan } from '../../storage/plans/plan';
import { isReviewDue } from '../../storage/plans/plan-review-reminder';
import { InstallGuide } from '../keep-safe/InstallGuide';
import { StorageWarnings } from '../diary/StorageWarnings';
import { EarlierPlans } from './EarlierPlans';
import { NewPlan } from './NewPlan';
import { localDateKey } from '../shared/local-date';
import { formatTimestampDay } from './plan-dates';
import { loadPlans } from './plan-store';
import { stepNumber } from './plan-steps';
import { PlanSummary } from './PlanSummary';
import { takePlanNotice } from './plan-notice';
import { planReturnValue, RETURN_PARAMETER } from './plan-return';
import { startItems } from './plan-edits';
import { planRepository } from '../../storage/plans/plan-repository';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; plans: Plan[]; plan: Plan | undefined; entries: Map<string, DiaryEntry[]>; storageKind: 'indexeddb' | 'memory' };

/**
 * `/nl/plan`: the current plan as a summary, with the diary entries about its items;
 * `/nl/plan?id=…`: an earlier plan, to read. Without a plan: what the builder is, and a start.
 */
export default function PlanPage() {
  const t = useT();
  const locale = useLocale();
  const { query } = useLocation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  // "Je plan is klaar." after the builder's last step (or "saved" after a diary entry), once.
  const [notice] = useState(takePlanNotice);
  const id = query.id;

  useEffect(() => {
    let live = true;
    const load = async (): Promise<Loaded> => {
      const [plans, storageKind] = await Promise.all([loadPlans(), planRepository.storageKind()]);
      const plan = id ? plans.find((candidate) => candidate.id === id) : plans[0];
      // Every item of the plan, not only the start items: an entry keeps its place when its
      // item is unticked or sorted again (the summary shows it under "other points").
      const entries = plan ? await diaryRepository.forPlanItems(plan.items.map((item) => item.id)) : new Map<string, DiaryEntry[]>();
      return { status: 'ready', plans, plan, entries, storageKind };
    };
    setLoaded({ status: 'loading' });
    void load().then((next) => live && setLoaded(next));
    return () => {
      live = false;
    };
  }, [id]);

  const current = loaded.status === 'ready' && loaded.plan !== undefined && loaded.plan.id === loaded.plans[0]?.id;
  const title = loaded.status === 'ready' && loaded.plan && !current ? t('plan.page.earlierTitle') : t('plan.page.title');
  usePageHead({ title, description: t('plan.page.description') });
  const stepPath = pathFor(locale, { name: 'planStep' });

  return (
    <div class="page plan-page">
      <h1>{title}</h1>
      {/* A live region from the first render, so the message is announced when it appears. */}
      <div class="plan-page__notice" role="status">
        {notice && loaded.status === 'ready' && loaded.plan && <p class="notice">{t(notice === 'ready' ? 'plan.page.ready' : 'plan.page.entrySaved')}</p>}
      </div>
      {loaded.status === 'loading' && <p class="muted">{t('plan.loading')}</p>}
      {loaded.status === 'ready' && <StorageWarnings storageKind={loaded.storageKind} outdated={false} />}

      {loaded.status === 'ready' && !loaded.plan && (
        <>
          {id ? <p>{t('plan.page.notFound')}</p> : <Intro />}
          <p>
            <a class="button button--primary" href={`${stepPath}?n=1`}>
              {t('plan.page.begin')}
            </a>
          </p>
          {!id && <InstallGuide place="plan" />}
        </>
      )}

      {loaded.status === 'ready' && loaded.plan && (
        <>
          <p class="plan-page__meta">
            {t('plan.page.made', { date: formatTimestampDay(loaded.plan.createdAt, locale) })} · {t('plan.page.changed', { date: formatTimestampDay(loaded.plan.updatedAt, locale) })}
          </p>

          {current && isReviewDue(loaded.plan.reviewOn || null, localDateKey(new Date())) && (
            <section class="notice review-due" aria-labelledby="review-due-title">
              <h2 id="review-due-title">{t('plan.page.reviewTitle')}</h2>
              <p>{t('plan.page.reviewText')}</p>
              <p class="notice__actions">
                <a class="button" href={`${stepPath}?n=${stepNumber('review')}`}>
                  {t('plan.page.reviewNewDate')}
                </a>
                <a class="button" href="#new-plan-title">
                  {t('plan.page.reviewNewPlan')}
                </a>
              </p>
            </section>
          )}

          {current && !loaded.plan.completedAt && (
            <p class="notice">
              {t('plan.page.unfinished')}{' '}
              <a href={`${stepPath}?n=${stepNumber(loaded.plan.step)}`}>{t('plan.page.continueAt', { number: stepNumber(loaded.plan.step), title: t(`plan.steps.${loaded.plan.step}.title`) })}</a>
            </p>
          )}

          {!current && (
            <p class="notice">
              {t('plan.page.earlierNote')} <a href={pathFor(locale, { name: 'plan' })}>{t('plan.page.toCurrent')}</a>
            </p>
          )}

          {/* Printing is what a finished plan is for (to take along); writing how it went comes next. */}
          <div class="plan-actions">
            <button type="button" class="button button--primary" onClick={() => window.print()}>
              {t('plan.page.print')}
            </button>
            {current && <WriteHowItWent plan={loaded.plan} />}
            {current && (
              <a class="button" href={`${stepPath}?n=1`}>
                {t('plan.page.edit')}
              </a>
            )}
          </div>

          <PlanSummary plan={loaded.plan} entries={loaded.entries} editable={current} />

          {current && <NewPlan current={loaded.plan} full={loaded.plans.length >= PLAN_LIMITS.plans} />}
          <EarlierPlans plans={loaded.plans} shown={loaded.plan.id} />
        </>
      )}
    </div>
  );
}

/** A new diary entry about the first start item, which returns to this page after saving. */
function WriteHowItWent({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  const first = startItems(plan)[0];
  if (!first) return null;
  return (
    <a class="button" href={`${pathFor(locale, { name: 'diaryEntry' })}?item=${first.id}&${RETURN_PARAMETER}=${encodeURIComponent(planReturnValue(locale))}`}>
      {t('plan.page.writeHow')}
    </a>
  );
}

function Intro() {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p class="lead">{t('plan.page.intro')}</p>
      <p>{t('plan.page.introSteps')}</p>
      <p>
        <a href={pathFor(locale, { name: 'module', id: 'wat-accepteer-ik' })}>{t('plan.page.readFirst', { title: findModule(locale, 'wat-accepteer-ik')?.title ?? '' })}</a>
      </p>
    </>
  );
}
