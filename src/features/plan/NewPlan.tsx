import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { PLAN_LIMITS, type Plan } from '../../storage/plans/plan';
import { copyPlan, newPlan } from './plan-edits';
import { plansSaved, savePlan } from './plan-store';

/** Start a new plan, as a copy of this one or empty. This plan stays, to read. A quiet choice: the plan page's main action is printing. */
export function NewPlan({ current, full }: { current: Plan; full: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);

  const start = async (copy: boolean) => {
    setBusy(true);
    const now = new Date();
    const id = crypto.randomUUID();
    savePlan(copy ? copyPlan(current, id, now, () => crypto.randomUUID()) : newPlan(id, now));
    await plansSaved();
    route(`${pathFor(locale, { name: 'planStep' })}?n=1`);
  };

  return (
    <section class="panel new-plan" aria-labelledby="new-plan-title">
      <h2 id="new-plan-title" tabIndex={-1}>
        {t('plan.page.newTitle')}
      </h2>
      <p>{t('plan.page.newText')}</p>
      {full && <p class="hint">{t('plan.page.tooManyPlans', { count: PLAN_LIMITS.plans })}</p>}
      <p class="form-actions">
        <button type="button" class="button" disabled={busy || full} onClick={() => void start(true)}>
          {t('plan.page.newCopy')}
        </button>
        <button type="button" class="button" disabled={busy || full} onClick={() => void start(false)}>
          {t('plan.page.newEmpty')}
        </button>
      </p>
    </section>
  );
}
