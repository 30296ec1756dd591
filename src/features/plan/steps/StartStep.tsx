import { useState } from 'preact/hooks';
import { useT } from '../../../app/i18n';
import { MAX_START_ITEMS } from '../../../storage/plans/plan';
import { toggleStart } from '../plan-edits';
import { itemLabel } from '../plan-labels';
import { CheckChip } from './CheckChip';
import type { StepProps } from './step-props';

/** Step 3: one item to start with, at most two, from "no longer accept". */
export function StartStep({ plan, update, stepHref }: StepProps) {
  const t = useT();
  const [tooMany, setTooMany] = useState(false);
  const candidates = plan.items.filter((item) => item.decision === 'stop');

  if (candidates.length === 0) {
    return (
      <p class="plan-empty">
        {t('plan.start.empty')} <a href={stepHref('sort')}>{t('plan.start.toSort')}</a>
      </p>
    );
  }

  const chosen = plan.startItemIds.filter((id) => candidates.some((item) => item.id === id)).length;

  return (
    <>
      <fieldset class="chip-group">
        <legend>{t('plan.start.legend')}</legend>
        <div class="chip-group__choices chip-group__choices--stacked">
          {candidates.map((item) => (
            <CheckChip
              key={item.id}
              label={itemLabel(t, item)}
              checked={plan.startItemIds.includes(item.id)}
              onChange={() => {
                const result = toggleStart(plan, item.id);
                if (!result.ok) {
                  setTooMany(result.reason === 'tooMany');
                  return false;
                }
                setTooMany(false);
                update((current) => {
                  const next = toggleStart(current, item.id);
                  return next.ok ? next.plan : current;
                });
                return true;
              }}
            />
          ))}
        </div>
      </fieldset>
      <div class="start-feedback" aria-live="polite">
        {tooMany && <p class="notice notice--gentle">{t('plan.startTooMany')}</p>}
        {!tooMany && chosen === MAX_START_ITEMS && <p class="hint">{t('plan.startTwoNote')}</p>}
      </div>
    </>
  );
}
