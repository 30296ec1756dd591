import { useT } from '../../../app/i18n';
import { localDateKey } from '../../shared/local-date';
import { recentRange } from './periods';

export interface PeriodInput {
  from: string;
  to: string;
}

export type PeriodProblem = 'invalid' | 'reversed' | null;

/**
 * From and to (both included) as date fields, with quick choices for the last 4 weeks and
 * 3 months. Kept in the page's state only: nothing about the period goes into the URL.
 */
export function SummaryPeriodForm({ value, problem, onChange }: { value: PeriodInput; problem: PeriodProblem; onChange: (next: PeriodInput) => void }) {
  const t = useT();
  const quick = (period: 'weeks4' | 'months3') => {
    const range = recentRange(period, localDateKey(new Date()));
    onChange({ from: range.start, to: range.end });
  };
  const problemId = 'summary-period-problem';
  const describedBy = problem ? problemId : undefined;

  return (
    <form class="summary-controls insights-controls" onSubmit={(event) => event.preventDefault()}>
      <fieldset class="choice-group">
        <legend>{t('insights.summary.periodLegend')}</legend>
        <div class="summary-controls__dates">
          <div class="field">
            <label for="summary-from">{t('insights.summary.from')}</label>
            <input id="summary-from" type="date" value={value.from} aria-invalid={problem ? 'true' : undefined} aria-describedby={describedBy} onInput={(event) => onChange({ ...value, from: event.currentTarget.value })} />
          </div>
          <div class="field">
            <label for="summary-to">{t('insights.summary.to')}</label>
            <input id="summary-to" type="date" value={value.to} aria-invalid={problem ? 'true' : undefined} aria-describedby={describedBy} onInput={(event) => onChange({ ...value, to: event.currentTarget.value })} />
          </div>
        </div>
        {problem && (
          <p class="field__error" id={problemId} role="alert">
            {t(`insights.summary.${problem}`)}
          </p>
        )}
        <div class="button-row">
          <button type="button" class="button" onClick={() => quick('weeks4')}>
            {t('insights.summary.quickWeeks4')}
          </button>
          <button type="button" class="button" onClick={() => quick('months3')}>
            {t('insights.summary.quickMonths3')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
