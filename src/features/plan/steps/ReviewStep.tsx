import { useLocale, useT } from '../../../app/i18n';
import { addDays, formatDay, localDay } from '../plan-dates';
import type { StepProps } from './step-props';

const WEEKS = [2, 4, 6] as const;

/** Step 8: when do I look back? From that day, home shows a calm reminder. */
export function ReviewStep({ plan, update }: StepProps) {
  const t = useT();
  const locale = useLocale();
  const today = localDay(new Date());
  const set = (reviewOn: string) => update((current) => ({ ...current, reviewOn }));
  return (
    <>
      <p>{t('plan.reviewWhy')}</p>
      <div class="field">
        <label for="review-on">{t('plan.review.dateLabel')}</label>
        <input id="review-on" type="date" min={today} value={plan.reviewOn} onInput={(event) => set(event.currentTarget.value)} />
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
