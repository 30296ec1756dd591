import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../../app/i18n';

/**
 * The gentle second question when an own item is put under "accept for now", right below it
 * (not a dialog): are you sure, because violence never has to be accepted. The parent confirms
 * ("yes, for now") or corrects it ("it is about violence after all"), once per item.
 */
export function AcceptCheck({ itemId, onConfirm, onViolence }: { itemId: string; onConfirm: () => void; onViolence: () => void }) {
  const t = useT();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const id = `accept-check-${itemId}`;
  // The question goes away after a tap: focus goes back to "accept" in the item's choices.
  const answer = (then: () => void) => () => {
    then();
    setTimeout(() => document.querySelector<HTMLInputElement>(`input[name="decision-${itemId}"][value="accept"]`)?.focus());
  };
  return (
    <div class="add-line__question sort-item__question" role="group" aria-labelledby={id}>
      <p id={id} class="add-line__question-text">
        {t('plan.sort.check')}
      </p>
      <p class="add-line__answers">
        <button type="button" class="button" ref={first} onClick={answer(onConfirm)}>
          {t('plan.sort.checkYes')}
        </button>
        <button type="button" class="button" onClick={answer(onViolence)}>
          {t('plan.sort.checkViolence')}
        </button>
      </p>
    </div>
  );
}
