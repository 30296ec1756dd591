import { useState } from 'preact/hooks';
import { useLocale, useT } from '../../../app/i18n';
import { addDays, isDateKey, localDateKey } from '../../shared/local-date';
import { formatDay } from '../plan-dates';
import type { StepProps } from './step-props';

const WEEKS = [2, 4, 6] as const;

type Problem = 'past' | 'invalid' | null;

/** Step 8: when do I look back? From that day, home shows a calm reminder. */
export function ReviewStep({ plan, update }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const today = localDateKey(new Date());
  const [problem, setProblem] = useState<Problem>(null);
  const set = (reviewOn: string) => {
    setProblem(null);
    update((current) => ({ ...current, reviewOn }));
  };

  // A typed day is stored only when it is a real day, today or later; else the field says why.
  const typed = (input: HTMLInputElement) => {
    const value = input.value;
    if (value === '') {
      // An emptied field clears the day; half a date (the browser gives no value yet) keeps it.
      if (!input.validity.badInput) set('');
      return;
    }
    // While the year is being typed ("2", "20", "202") the browser already gives a day in
    // year 2, 20, 202: say nothing until the year has four digits.
    if (/^0\d{3}-/.test(value)) return;
    if (!isDateKey(value)) setProblem('invalid');
    else if (value < today) setProblem('past');
    else set(value);
  };

  return (
    <>
      <p>{t('plan.reviewWhy')}</p>
      <div class="field">
        <label for="review-on">{t('plan.review.dateLabel')}</label>
        <input id="review-on" type="date" min={today} value={plan.reviewOn} aria-describedby="review-on-problem" aria-invalid={problem ? 'true' : undefined} onInput={(event) => typed(event.currentTarget)} />
        <p id="review-on-problem" class="field__error" aria-live="polite">
          {problem && t(`plan.review.${problem}`)}
        </p>
      </div>
      <p class="quick-dates">
        {WEEKS.map((weeks) => (
          <button key={weeks} type="button" class="button button--small" onClick={() => set(addDays(today, weeks * 7))}>
            {t('plan.review.inWeeks', { count: weeks })}
          </button>
        ))}
      </p>
      <p role="status" class="review-chosen">
        {plan.reviewOn ? t('plan.review.chosen', { date: formatDay(plan.reviewOn, locale) }) : t('plan.review.none')}
      </p>
    </>
  );
}
