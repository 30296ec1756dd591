import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { usePageHead } from '../../../app/head';
import { loadStrings, useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import type { Plan } from '../../../storage/plans/plan';
import { loadPlans } from '../../plan/plan-store';
import { useDiaryEntries } from '../use-diary-entries';
import { completeEntries, InsightsStatus } from './InsightsStatus';
import { isDateKey, localDateKey } from '../../shared/local-date';
import { recentRange, type DateRange } from './periods';
import { SummaryPeriodForm, type PeriodInput, type PeriodProblem } from './SummaryPeriodForm';
import { SummaryPlanChoice } from './SummaryPlanChoice';
import { SummaryQuestions } from './SummaryQuestions';
import { SummarySheet } from './SummarySheet';

function checkPeriod(input: PeriodInput | null): { range: DateRange | null; problem: PeriodProblem } {
  if (!input) return { range: null, problem: null };
  if (!isDateKey(input.from) || !isDateKey(input.to)) return { range: null, problem: 'invalid' };
  if (input.from > input.to) return { range: null, problem: 'reversed' };
  return { range: { start: input.from, end: input.to }, problem: null };
}

/** One step of the task list: a numbered heading (the list gives the number to screen readers). */
function Step({ number, id, title, children }: { number: number; id: string; title: string; children: ComponentChildren }) {
  return (
    <li class="task-list__step">
      <h2 id={id} class="task-list__title">
        <span aria-hidden="true">{number}. </span>
        {title}
      </h2>
      {children}
    </li>
  );
}

/** The current plan (the newest), or null without one; undefined while reading. */
function useCurrentPlan(): Plan | null | undefined {
  const [plan, setPlan] = useState<Plan | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadPlans().then(
      (plans) => live && setPlan(plans[0] ?? null),
      () => live && setPlan(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return plan;
}

/**
 * Preparing for an appointment, as a short task list (GOV.UK style): 1. the period, 2. what she
 * wants to say or ask (kept in memory only), 3. whether to take her plan along, 4. print. Below
 * it the sheet that prints, which starts with her own words and the hardest moments.
 */
export default function SummaryPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('insights.summary.title') });
  const state = useDiaryEntries();
  const entries = completeEntries(state);
  // The default period depends on today, which a prerendered page cannot know: set it once
  // mounted (hydration does not update an input's value).
  const [input, setInput] = useState<PeriodInput | null>(null);
  useEffect(() => {
    const range = recentRange('weeks4', localDateKey(new Date()));
    setInput((current) => current ?? { from: range.start, to: range.end });
  }, []);
  const { range, problem } = useMemo(() => checkPeriod(input), [input]);
  const [questions, setQuestions] = useState('');
  const plan = useCurrentPlan();
  const [withPlan, setWithPlan] = useState(false);
  // The plan's own strings come with the plan, only when she takes it along.
  const [planStrings, setPlanStrings] = useState(false);
  useEffect(() => {
    if (!withPlan || planStrings) return;
    let live = true;
    void loadStrings(locale, ['plan']).then(() => live && setPlanStrings(true));
    return () => {
      live = false;
    };
  }, [withPlan, planStrings, locale]);

  return (
    <div class="page insights-page summary-page">
      <h1 class="screen-only">{t('insights.summary.title')}</h1>
      <p class="screen-only">{t('insights.summary.intro')}</p>
      <ol class="task-list screen-only">
        <Step number={1} id="summary-step-period" title={t('insights.summary.stepPeriod')}>
          <SummaryPeriodForm value={input ?? { from: '', to: '' }} problem={problem} onChange={setInput} />
        </Step>
        <Step number={2} id="summary-step-say" title={t('insights.summary.stepSay')}>
          <SummaryQuestions value={questions} onChange={setQuestions} labelledBy="summary-step-say" />
        </Step>
        <Step number={3} id="summary-step-plan" title={t('insights.summary.stepPlan')}>
          <SummaryPlanChoice plan={plan} checked={withPlan} onChange={setWithPlan} />
        </Step>
        <Step number={4} id="summary-step-print" title={t('insights.summary.stepPrint')}>
          <div class="summary-print">
            <p class="hint">{t('insights.summary.printHint')}</p>
            <button type="button" class="button button--primary" onClick={() => window.print()}>
              {t('insights.summary.print')}
            </button>
            <p class="fine-print">{t('insights.summary.privacy')}</p>
          </div>
        </Step>
      </ol>
      <InsightsStatus state={state} />
      {entries && range && <SummarySheet entries={entries} range={range} questions={questions} plan={withPlan && planStrings && plan ? plan : null} />}
      <ul class="link-list insights-links screen-only">
        <li>
          <a href={pathFor(locale, { name: 'diaryTension' })}>{t('insights.tension.title')}</a>
        </li>
        <li>
          <a href={pathFor(locale, { name: 'diary' })}>{t('insights.backToDiary')}</a>
        </li>
      </ul>
    </div>
  );
}
