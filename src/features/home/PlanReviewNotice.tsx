import { useEffect, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { lockOnMirror } from '../../storage/lock/lock-mirror';
import { isReviewDue, readPlanReviewDate } from '../../storage/plans/plan-review-reminder';

// Today as "YYYY-MM-DD", written out here rather than imported from features/shared/local-date:
// that module would come onto the home route, whose JavaScript budget is full.
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * "Time to look back at your plan", from the review day the parent chose. Read after the page
 * is live (prerendered pages know nothing of this device), from a date mirrored in
 * localStorage, so home does not load the database code. Not shown while the diary lock is on:
 * home then says nothing about a plan (the plan page still shows its review day after unlocking).
 */
export function PlanReviewNotice() {
  const t = useT();
  const locale = useLocale();
  const [due, setDue] = useState(false);

  useEffect(() => {
    const now = new Date();
    if (lockOnMirror()) return;
    setDue(isReviewDue(readPlanReviewDate(), `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`));
  }, []);

  if (!due) return null;
  return (
    <section aria-labelledby="plan-review" class="panel panel--review">
      <h2 id="plan-review">{t('home.planReviewTitle')}</h2>
      <p>{t('home.planReviewText')}</p>
      <p>
        <a href={pathFor(locale, { name: 'plan' })}>{t('home.planReviewLink')}</a>
      </p>
    </section>
  );
}
