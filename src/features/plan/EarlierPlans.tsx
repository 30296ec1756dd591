import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import type { Plan } from '../../storage/plans/plan';
import { formatTimestampDay } from './plan-dates';

/** Every plan but the one on screen, newest first: the current one and earlier ones, to read. */
export function EarlierPlans({ plans, shown }: { plans: Plan[]; shown: string }) {
  const t = useT();
  const locale = useLocale();
  const others = plans.filter((plan) => plan.id !== shown);
  if (others.length === 0) return null;
  const path = pathFor(locale, { name: 'plan' });
  return (
    <section class="earlier-plans" aria-labelledby="earlier-plans-title">
      <h2 id="earlier-plans-title">{t('plan.page.otherPlans')}</h2>
      <ul class="link-list">
        {others.map((plan) => (
          <li key={plan.id}>
            <a href={plan.id === plans[0]?.id ? path : `${path}?id=${plan.id}`}>
              {plan.id === plans[0]?.id ? t('plan.page.currentPlanOf', { date: formatTimestampDay(plan.createdAt, locale) }) : t('plan.page.planOf', { date: formatTimestampDay(plan.createdAt, locale) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
