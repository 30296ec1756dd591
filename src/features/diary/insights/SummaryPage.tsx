import { useEffect, useMemo, useState } from 'preact/hooks';
import { usePageHead } from '../../../app/head';
import { useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import { useDiaryEntries } from '../use-diary-entries';
import { completeEntries, InsightsStatus } from './InsightsStatus';
import { isDateKey, localDateKey } from '../../shared/local-date';
import { recentRange, type DateRange } from './periods';
import { SummaryPeriodForm, type PeriodInput, type PeriodProblem } from './SummaryPeriodForm';
import { SummarySheet } from './SummarySheet';

function checkPeriod(input: PeriodInput | null): { range: DateRange | null; problem: PeriodProblem } {
  if (!input) return { range: null, problem: null };
  if (!isDateKey(input.from) || !isDateKey(input.to)) return { range: null, problem: 'invalid' };
  if (input.from > input.to) return { range: null, problem: 'reversed' };
  return { range: { start: input.from, end: input.to }, problem: null };
}

/** A summary of a chosen period to take to an appointment, on screen and on paper. */
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

  return (
    <div class="page insights-page summary-page">
      <h1 class="screen-only">{t('insights.summary.title')}</h1>
      <p class="screen-only">{t('insights.summary.intro')}</p>
      <SummaryPeriodForm value={input ?? { from: '', to: '' }} problem={problem} onChange={setInput} />
      <div class="summary-print screen-only">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('insights.summary.print')}
        </button>
        <p class="fine-print">{t('insights.summary.privacy')}</p>
      </div>
      <InsightsStatus state={state} />
      {entries && range && <SummarySheet entries={entries} range={range} />}
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
