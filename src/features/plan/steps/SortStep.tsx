import { useState } from 'preact/hooks';
import { useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import { DECISIONS, type Decision, type PlanItem } from '../../../storage/plans/plan';
import { decide } from '../plan-edits';
import { itemLabel } from '../plan-labels';
import { isSafetyItem } from '../safety';
import { SafetyLines } from './SafetyLines';
import type { StepProps } from './step-props';

/**
 * Step 2: each situation goes to "accept for now", "no longer accept" or "later". Violence,
 * threats, destruction and fear can never be accepted: choosing "accept" there is stopped,
 * and the screen says why and where help is.
 */
export function SortStep({ plan, update, stepHref }: StepProps) {
  const t = useT();
  // Which item was refused, and how many times: each try is a new alert, so it is said again.
  const [stopped, setStopped] = useState<{ itemId: string; count: number } | null>(null);

  if (plan.items.length === 0) {
    return (
      <p class="plan-empty">
        {t('plan.sort.empty')} <a href={stepHref('now')}>{t('plan.sort.toNow')}</a>
      </p>
    );
  }

  const choose = (item: PlanItem, decision: Decision) => {
    const result = decide(plan, item.id, decision);
    if (!result.ok) {
      setStopped((previous) => ({ itemId: item.id, count: (previous?.count ?? 0) + 1 }));
      return;
    }
    setStopped(null);
    update((current) => {
      const next = decide(current, item.id, decision);
      return next.ok ? next.plan : current;
    });
  };

  return (
    <ul class="sort-list">
      {plan.items.map((item) => (
        <SortItem key={item.id} item={item} label={itemLabel(t, item)} stopped={stopped?.itemId === item.id ? stopped.count : 0} onChoose={(decision) => choose(item, decision)} />
      ))}
    </ul>
  );
}

/** `stopped`: how many times "accept" was refused for this item just now (0: not). */
function SortItem({ item, label, stopped, onChoose }: { item: PlanItem; label: string; stopped: number; onChoose: (decision: Decision) => void }) {
  const t = useT();
  const locale = useLocale();
  const safety = isSafetyItem(item);
  const name = `decision-${item.id}`;
  const noteId = `safety-${item.id}`;
  return (
    <li class={`sort-item${safety ? ' sort-item--safety' : ''}`}>
      <fieldset class="segmented segmented--small sort-item__choices">
        <legend>{label}</legend>
        {DECISIONS.map((decision) => {
          const refused = safety && decision === 'accept';
          return (
            <label key={decision} class={`segmented__option${refused ? ' segmented__option--refused' : ''}`}>
              <input
                type="radio"
                name={name}
                value={decision}
                checked={item.decision === decision}
                aria-disabled={refused ? 'true' : undefined}
                aria-describedby={refused ? noteId : undefined}
                onClick={(event) => {
                  if (!refused) return;
                  // The platform would check it; a safety item is never "accept".
                  event.preventDefault();
                  onChoose(decision);
                }}
                onChange={(event) => {
                  if (refused) {
                    // Reached with the arrow keys: put the check back where the plan has it.
                    const group = event.currentTarget.closest('fieldset');
                    group?.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((radio) => {
                      radio.checked = radio.value === item.decision;
                    });
                  }
                  onChoose(decision);
                }}
              />
              <span>{t(`plan.decisions.${decision}`)}</span>
            </label>
          );
        })}
      </fieldset>
      {safety && (
        <div class="safety-note">
          <p id={noteId}>{t('plan.safetyWhy')}</p>
          <SafetyLines compact />
          <p>
            <a href={pathFor(locale, { name: 'help' })}>{t('plan.sort.helpLink')}</a>
          </p>
        </div>
      )}
      {stopped > 0 && (
        <p key={stopped} class="safety-stopped" role="alert">
          {t('plan.sort.stopped')}
        </p>
      )}
    </li>
  );
}
