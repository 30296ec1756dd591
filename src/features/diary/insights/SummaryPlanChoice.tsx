import { useT } from '../../../app/i18n';
import type { Plan } from '../../../storage/plans/plan';

/**
 * Step 3: "Plan meenemen?" A tick when there is a current plan; without one, a calm line.
 * `plan` is undefined while the plans are still being read.
 */
export function SummaryPlanChoice({ plan, checked, onChange }: { plan: Plan | null | undefined; checked: boolean; onChange: (next: boolean) => void }) {
  const t = useT();
  if (plan === undefined) return null;
  if (plan === null) return <p>{t('insights.summary.noPlan')}</p>;
  return (
    <>
      <label class="choice">
        <input type="checkbox" checked={checked} aria-describedby="summary-plan-hint" onChange={(event) => onChange(event.currentTarget.checked)} />
        <span>{t('insights.summary.planLabel')}</span>
      </label>
      <p class="hint" id="summary-plan-hint">
        {t('insights.summary.planHint')}
      </p>
    </>
  );
}
