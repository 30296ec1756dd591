import { useState } from 'preact/hooks';
import { useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import { DECISIONS, type Decision, type PlanItem } from '../../../storage/plans/plan';
import { answerViolence, confirmAccept, decide } from '../plan-edits';
import { itemLabel } from '../plan-labels';
import { isSafetyItem, needsAcceptCheck, needsSafetyAnswer } from '../safety';
import { AcceptCheck } from './AcceptCheck';
import { SafetyAnswer } from './SafetyAnswer';
import { SafetyLines } from './SafetyLines';
import type { StepProps } from './step-props';

/**
 * Step 2: each situation goes to "accept for now", "no longer accept" or "later". Violence,
 * threats, destruction and fear can never be accepted: choosing "accept" there is stopped,
 * and the screen says why and where help is. An own item the parent was not yet asked about
 * (a plan from before step 1 asked) gets the question here; putting an own item under "accept"
 * asks once more, gently, right below it.
 */
export function SortStep({ plan, update, stepHref }: StepProps) {
  const t = useT();
  // Which item was refused, and how many times: each try is a new alert, so it is said again.
  const [stopped, setStopped] = useState<{ itemId: string; count: number } | null>(null);
  // The own item whose "accept" waits for the gentle question.
  const [checking, setChecking] = useState<string | null>(null);

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
      if (result.reason === 'check') {
        setStopped(null);
        setChecking(item.id);
        return;
      }
      setChecking(null);
      setStopped((previous) => ({ itemId: item.id, count: (previous?.count ?? 0) + 1 }));
      return;
    }
    setStopped(null);
    setChecking(null);
    update((current) => {
      const next = decide(current, item.id, decision);
      return next.ok ? next.plan : current;
    });
  };

  const confirm = (item: PlanItem) => {
    setChecking(null);
    update((current) => {
      const next = confirmAccept(current, item.id);
      return next.ok ? next.plan : current;
    });
  };

  const answer = (item: PlanItem, aboutViolence: boolean) => {
    setChecking(null);
    update((current) => answerViolence(current, item.id, aboutViolence));
  };

  return (
    <ul class="sort-list">
      {plan.items.map((item) => (
        <SortItem
          key={item.id}
          item={item}
          label={itemLabel(t, item)}
          stopped={stopped?.itemId === item.id ? stopped.count : 0}
          checking={checking === item.id}
          onChoose={(decision) => choose(item, decision)}
          onConfirm={() => confirm(item)}
          onAnswer={(aboutViolence) => answer(item, aboutViolence)}
        />
      ))}
    </ul>
  );
}

interface SortItemProps {
  item: PlanItem;
  label: string;
  /** How many times "accept" was refused for this item just now (0: not). */
  stopped: number;
  /** "Accept" was chosen and waits for the gentle question. */
  checking: boolean;
  onChoose: (decision: Decision) => void;
  onConfirm: () => void;
  onAnswer: (aboutViolence: boolean) => void;
}

function SortItem({ item, label, stopped, checking, onChoose, onConfirm, onAnswer }: SortItemProps) {
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
          // "Accept" on an own item first asks once more; the check waits for the answer.
          const held = refused || (decision === 'accept' && item.decision !== 'accept' && needsAcceptCheck(item));
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
                  if (!held) return;
                  // The platform would check it; the plan decides (never for a safety item).
                  event.preventDefault();
                  onChoose(decision);
                }}
                onChange={(event) => {
                  if (held) {
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
      {needsSafetyAnswer(item) && !checking && <SafetyAnswer item={item} onAnswer={onAnswer} />}
      {checking && <AcceptCheck itemId={item.id} onConfirm={onConfirm} onViolence={() => onAnswer(true)} />}
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
