import { useT } from '../../../app/i18n';
import type { DiaryEntry } from '../../../storage/diary/diary-entry';
import type { Plan } from '../../../storage/plans/plan';
import { PlanSummary } from '../../plan/PlanSummary';

const NO_ENTRIES = new Map<string, DiaryEntry[]>();

/**
 * The current plan on the summary, read-only, through the plan's own summary. Its diary
 * entries are not repeated here (they are all under "Alle notities"); insights.css hides that
 * part of the plan summary on this page.
 */
export function SummaryPlan({ plan }: { plan: Plan }) {
  const t = useT();
  return (
    <section class="summary-plan" aria-labelledby="summary-plan-title">
      <h3 id="summary-plan-title">{t('insights.summary.planTitle')}</h3>
      <PlanSummary plan={plan} entries={NO_ENTRIES} editable={false} />
    </section>
  );
}
